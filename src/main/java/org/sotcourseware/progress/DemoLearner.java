package org.sotcourseware.progress;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.sotcourseware.casestudy.CaseRunId;
import org.sotcourseware.casestudy.CaseService;
import org.sotcourseware.casestudy.CaseReadModel;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.Quiz;
import org.sotcourseware.quiz.Answer;
import org.sotcourseware.quiz.AttemptId;
import org.sotcourseware.quiz.QuizService;
import org.sotcourseware.quiz.QuizReadModel;
import org.sotcourseware.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Does a student's work through the real services, as the signed-in student: reads lessons, takes a quiz
 * (all correct, or a chosen share), works a case along the expert's path. Used for demo data and by tests;
 * it goes through every check a real student goes through.
 */
@Component
public class DemoLearner {

    private final CatalogueService catalogue;
    private final ProgressService progress;
    private final QuizService quizzes;
    private final CaseService cases;
    private final ProgressStore store;
    private final CurrentUser currentUser;

    DemoLearner(CatalogueService catalogue, ProgressService progress, QuizService quizzes, CaseService cases, ProgressStore store,
                CurrentUser currentUser) {
        this.catalogue = catalogue;
        this.progress = progress;
        this.quizzes = quizzes;
        this.cases = cases;
        this.store = store;
        this.currentUser = currentUser;
    }

    /**
     * Whether the signed-in student has done anything yet. Demo seeders give a student learning only while they have
     * none, so a start stopped halfway is finished by the next one without doing anyone's work twice.
     */
    public boolean hasLearning() {
        return !store.recent(currentUser.require().id().value(), 1).isEmpty();
    }

    public CourseModule module(String id) {
        return catalogue.module(id).orElseThrow();
    }

    public void read(String moduleId, int lessons) {
        module(moduleId).publishedLessons().stream().limit(lessons).forEach(l -> progress.markRead(moduleId, l.id()));
    }

    public void readAll(String moduleId) {
        read(moduleId, Integer.MAX_VALUE);
    }

    /** Submits one attempt answering the first {@code share} (0 to 1) of the questions correctly. */
    public QuizReadModel.Result takeQuiz(String moduleId, double share) {
        Quiz quiz = module(moduleId).publishedQuiz().orElseThrow();
        AttemptId attempt = quizzes.startOrResume(moduleId);
        var questions = quizzes.session(attempt).questions();
        int answer = (int) Math.round(questions.size() * share);
        for (QuizReadModel.PresentedQuestion pq : questions.subList(0, answer)) {
            quizzes.saveAnswer(attempt, pq.id(), key(quiz.question(pq.id()).orElseThrow()));
        }
        return quizzes.submit(attempt);
    }

    /** The answer that scores full points. */
    public static Answer key(Question q) {
        return switch (q.type()) {
            case SINGLE, TRUEFALSE, MULTIPLE -> new Answer.Choice(new HashSet<>(q.correctOptions().stream().map(Question.Option::id).toList()));
            case NUMERIC -> new Answer.Typed(String.valueOf(q.correctOptions().getFirst().value()));
            case TEXT -> new Answer.Typed(q.correctOptions().getFirst().text());
            case ORDER -> new Answer.Order(q.items().stream().map(Question.Item::id).toList());
            case MATCH -> {
                Map<String, String> m = new LinkedHashMap<>();
                q.pairs().forEach(p -> m.put(p.leftId(), p.rightId()));
                yield new Answer.Match(m);
            }
        };
    }

    /** Works a case along the expert's path to the end. */
    public CaseReadModel.Run workCase(String moduleId, String caseId) {
        CaseStudy cs = module(moduleId).caseStudy(caseId).orElseThrow();
        CaseRunId run = cases.startOrResume(moduleId, caseId);
        CaseReadModel.Run r = cases.run(run);
        for (int i = 0; i < 40 && r.current() != null; i++) {
            CaseReadModel.Current c = r.current();
            if (c.decisionId() == null) {
                r = cases.proceed(run, c.stageId());
            } else {
                Set<String> ideal = Set.copyOf(cs.stage(c.stageId()).orElseThrow().decision().options().stream()
                        .filter(CaseStudy.Option::ideal).map(CaseStudy.Option::id).toList());
                r = cases.decide(run, c.stageId(), ideal);
            }
        }
        return r;
    }

    public void completeModule(String moduleId) {
        readAll(moduleId);
        takeQuiz(moduleId, 1.0);
        module(moduleId).publishedCases().forEach(c -> workCase(moduleId, c.id()));
    }
}

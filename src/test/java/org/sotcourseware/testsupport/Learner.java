package org.sotcourseware.testsupport;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.sotcourseware.casestudy.CaseService;
import org.sotcourseware.casestudy.CaseViews;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.Quiz;
import org.sotcourseware.progress.ProgressService;
import org.sotcourseware.quiz.Answer;
import org.sotcourseware.quiz.QuizService;
import org.sotcourseware.quiz.QuizViews;
import org.springframework.stereotype.Component;

/** Does a student's work through the real services, for tests: reads, takes quizzes, works cases. */
@Component
public class Learner {

    private final CatalogueService catalogue;
    private final ProgressService progress;
    private final QuizService quizzes;
    private final CaseService cases;

    public Learner(CatalogueService catalogue, ProgressService progress, QuizService quizzes, CaseService cases) {
        this.catalogue = catalogue;
        this.progress = progress;
        this.quizzes = quizzes;
        this.cases = cases;
    }

    public CourseModule module(String id) {
        return catalogue.module(id).orElseThrow();
    }

    public void readAll(String moduleId) {
        module(moduleId).publishedLessons().forEach(l -> progress.markRead(moduleId, l.id()));
    }

    /** Submits one attempt; {@code correct} decides whether every answer is right or everything is left empty. */
    public QuizViews.Result takeQuiz(String moduleId, boolean correct) {
        Quiz quiz = module(moduleId).publishedQuiz().orElseThrow();
        long attempt = quizzes.startOrResume(moduleId);
        if (correct) {
            for (QuizViews.PresentedQuestion pq : quizzes.session(attempt).questions()) {
                quizzes.saveAnswer(attempt, pq.id(), key(quiz.question(pq.id()).orElseThrow()));
            }
        }
        return quizzes.submit(attempt);
    }

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
    public CaseViews.Run workCase(String moduleId, String caseId) {
        CaseStudy cs = module(moduleId).caseStudy(caseId).orElseThrow();
        long run = cases.startOrResume(moduleId, caseId);
        CaseViews.Run r = cases.run(run);
        for (int i = 0; i < 40 && r.current() != null; i++) {
            CaseViews.Current c = r.current();
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
        takeQuiz(moduleId, true);
        module(moduleId).publishedCases().forEach(c -> workCase(moduleId, c.id()));
    }
}

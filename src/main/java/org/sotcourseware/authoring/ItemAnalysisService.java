package org.sotcourseware.authoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sotcourseware.base.Message;
import org.sotcourseware.authoring.internal.ItemStatistics;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.Quiz;
import org.sotcourseware.quiz.QuizService;
import org.sotcourseware.quiz.QuizReadModel;
import org.sotcourseware.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How students answer a module's quiz (Moodle's quiz statistics report is the model): score distribution,
 * and per question facility, discrimination and option counts with flags. Instructors and administrators
 * only; figures are aggregates and name no student.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ADMIN + "')")
public class ItemAnalysisService {

    private final CatalogueService catalogue;
    private final QuizService quizzes;

    ItemAnalysisService(CatalogueService catalogue, QuizService quizzes) {
        this.catalogue = catalogue;
        this.quizzes = quizzes;
    }

    /** The analysis of a module's quiz; {@code allAttempts} false counts each student's first attempt only. */
    @Transactional(readOnly = true)
    public Analysis analyse(String moduleId, boolean allAttempts) {
        CourseModule module = catalogue.module(moduleId).orElseThrow(() -> new AuthoringException(Message.of("authoring.error.no-module", moduleId)));
        Quiz quiz = module.quiz();
        if (quiz == null) {
            throw new AuthoringException(Message.of("authoring.error.no-quiz", module.title()));
        }
        List<ItemStatistics.QuestionInfo> questions = quiz.questions().stream().map(ItemAnalysisService::info).toList();
        List<ItemStatistics.AttemptData> attempts = quizzes.submittedAttempts(moduleId).stream().map(ItemAnalysisService::data).toList();
        ItemStatistics.QuizStats stats = ItemStatistics.compute(questions, attempts,
                allAttempts ? ItemStatistics.Basis.ALL_ATTEMPTS : ItemStatistics.Basis.FIRST_ATTEMPTS);
        Map<String, String> prompts = new HashMap<>();
        quiz.questions().forEach(q -> prompts.put(q.id(), catalogue.renderFragment(moduleId, quiz.sourceFile(), q.prompt()).html()));
        return new Analysis(moduleId, module.title(), quiz.title(), quiz.settings().passMark(), stats, prompts);
    }

    /**
     * A quiz's analysis with what the screen needs to title it, and each question's prompt rendered from its Markdown
     * (sanitised HTML, as students see it) by question id.
     */
    public record Analysis(String moduleId, String moduleTitle, String quizTitle, int passMark, ItemStatistics.QuizStats stats,
                           Map<String, String> promptHtml) {
        public Analysis {
            promptHtml = Map.copyOf(promptHtml);
        }
    }

    private static ItemStatistics.QuestionInfo info(Question q) {
        return new ItemStatistics.QuestionInfo(q.id(), q.prompt(), q.type(),
                q.options().stream().map(o -> new ItemStatistics.OptionInfo(o.id(), o.text(), o.correct())).toList());
    }

    private static ItemStatistics.AttemptData data(QuizReadModel.AnalysisAttempt a) {
        return new ItemStatistics.AttemptData(a.userId(), a.attemptNo(), a.score(), a.maxScore(), a.percent(), a.passed(),
                a.answers().stream().map(x -> new ItemStatistics.AnswerData(x.questionId(), x.points(), x.maxPoints(), x.answered(),
                        x.chosen())).toList());
    }
}

package org.sotcourseware.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.content.QuestionType;
import org.sotcourseware.content.QuizSettings;

/** The read models the quiz screens (and other features) get from {@link QuizService}. None carries an answer key. */
public final class QuizReadModel {

    private QuizReadModel() {
    }

    /**
     * The quiz intro: settings, the student's attempts and quiz grade.
     *
     * @param lockedReason why the student may not start the quiz yet (the module is locked), or null when it is open or an attempt is
     *                     already under way (an attempt started before a lock may be finished)
     */
    public record Overview(String moduleId, String moduleTitle, String quizTitle, String introHtml, int questionsPerAttempt,
                           int passMark, @Nullable Integer attemptsAllowed, int attemptsUsed, @Nullable AttemptId inProgressAttemptId,
                           @Nullable Double grade, boolean passed, @Nullable Integer timeLimitMinutes,
                           QuizSettings.FeedbackMode feedback, QuizSettings.GradingMethod grading, List<AttemptSummary> history,
                           @Nullable Message lockedReason) {

        public Overview {
            history = List.copyOf(history);
        }

        public @Nullable Integer attemptsLeft() {
            return attemptsAllowed == null ? null : Math.max(0, attemptsAllowed - attemptsUsed);
        }

        public boolean canStart() {
            return inProgressAttemptId != null || lockedReason == null && (attemptsAllowed == null || attemptsUsed < attemptsAllowed);
        }

        public @Nullable Double bestPercent() {
            return history.stream().filter(a -> a.percent() != null).map(AttemptSummary::percent).max(Double::compare).orElse(null);
        }
    }

    public record AttemptSummary(AttemptId id, int number, String status, Instant startedAt, @Nullable Instant submittedAt,
                                 @Nullable Double percent, @Nullable Boolean passed) {

        public boolean submitted() {
            return "SUBMITTED".equals(status);
        }
    }

    /** A piece of content with its id and rendered, sanitised HTML. */
    public record Choice(String id, String html) {
    }

    /** A question as the student sees it while answering: no key, no feedback. */
    public record PresentedQuestion(String id, int number, QuestionType type, String promptHtml, double points,
                                    List<Choice> options, List<Choice> items, List<Choice> lefts, List<Choice> rights,
                                    boolean hasHint, @Nullable String unit) {
    }

    /** Feedback for one checked or submitted question. */
    public record Feedback(String questionId, double points, double maxPoints, QuestionResult.Correctness correctness,
                           List<String> feedbackHtml, String correctAnswerHtml, @Nullable String explanationHtml) {
    }

    /** An attempt in progress. */
    public record Session(AttemptId attemptId, String moduleId, String moduleTitle, String quizTitle, int number,
                          List<PresentedQuestion> questions, Map<String, Answer> answers, Map<String, Feedback> checked,
                          @Nullable Instant deadline, QuizSettings.FeedbackMode feedbackMode, boolean submitted) {
    }

    /** One question of a submitted attempt, for the review. {@code feedback} is null when the setting hides it. */
    public record ReviewItem(PresentedQuestion question, @Nullable Answer answer, String answerHtml, double points,
                             double maxPoints, @Nullable Feedback feedback) {
    }

    /**
     * A submitted attempt.
     *
     * @param feedbackVisible false while the quiz shows feedback only after the student has passed
     */
    public record Result(AttemptSummary attempt, String moduleId, String moduleTitle, String quizTitle, double score,
                         double maxScore, int passMark, boolean feedbackVisible, List<ReviewItem> items) {
    }

    /** What other features need to know about a student's quiz: for progress and certification. */
    public record Standing(String moduleId, String quizId, int attemptsUsed, @Nullable Double grade, @Nullable Double bestPercent,
                           boolean passed, @Nullable Instant passedAt) {
    }

    /** A submitted attempt as item analysis reads it: scores and the answers' ids only, no names. */
    public record AnalysisAttempt(long userId, int attemptNo, double score, double maxScore, double percent, boolean passed,
                                  List<AnalysisAnswer> answers) {
        public AnalysisAttempt {
            answers = List.copyOf(answers);
        }
    }

    /** One graded answer: points, whether anything was given, and the option ids picked (choice questions). */
    public record AnalysisAnswer(String questionId, double points, double maxPoints, boolean answered, Set<String> chosen) {
        public AnalysisAnswer {
            chosen = Set.copyOf(chosen);
        }
    }
}

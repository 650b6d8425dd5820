package org.sotcourseware.review;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.quiz.QuizReadModel;

/** What the review screens show. */
public final class ReviewReadModel {

    private ReviewReadModel() {
    }

    /**
     * The student's review at a glance.
     *
     * @param dueToday         cards due today or earlier, in modules open to the student
     * @param streakDays       days in a row with at least one review, up to today (or yesterday, when today has none yet)
     * @param activeCards      cards in review (not retired), including those in locked modules
     * @param retiredCards     cards whose question was removed from the content
     * @param reviews30        ratings in the last 30 days
     * @param retention30      of those ratings of cards seen before, the percentage not rated Again; null without any
     * @param predictedRecall  FSRS's predicted probability of recall today, averaged over reviewed cards, in percent; null without any
     * @param nextDue          the next day a card falls due after today, or null
     */
    public record Summary(int dueToday, int streakDays, boolean reviewedToday, int activeCards, int retiredCards, int reviews30,
                          @Nullable Double retention30, @Nullable Double predictedRecall, @Nullable LocalDate nextDue) {
    }

    /** A due card to answer: the question as currently published, without its key. */
    public record Card(ReviewCardId id, String moduleId, String moduleTitle, String quizTitle, QuizReadModel.PresentedQuestion question,
                       int reviews, boolean missedInQuiz, int dueLeft) {
    }

    /** The graded answer: the quiz's feedback, the suggested rating and the interval each rating would give. */
    public record Checked(QuizReadModel.Feedback feedback, Rating suggested, Map<Rating, Integer> intervals) {
    }

    /** A rating recorded: when the card comes back. */
    public record Rated(Rating rating, LocalDate dueOn, int intervalDays) {
    }
}

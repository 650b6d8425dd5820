package org.sotcourseware.review;

import org.jspecify.annotations.Nullable;

/**
 * A spaced-repetition scheduler over whole days: from a card's memory state, the days since its last review
 * and a rating, its next memory state and interval. Implemented by {@link Fsrs}; an interface so the
 * maintained library ({@code io.github.open-spaced-repetition:fsrs}) can replace it (decision 019).
 */
public interface Scheduler {

    /** What FSRS knows of a card: stability in days (the interval at which recall falls to 90%) and difficulty (1 to 10). */
    record Memory(double stability, double difficulty) {
    }

    /** The state after a review and the interval until the next one, in days (at least one). */
    record Next(Memory memory, int intervalDays) {
    }

    /**
     * Schedules a review.
     *
     * @param before      the memory before this review; null for a card never reviewed
     * @param elapsedDays whole days since the last review (ignored for a new card)
     */
    Next review(@Nullable Memory before, int elapsedDays, Rating rating);

    /** The predicted probability of recall {@code elapsedDays} after the last review. */
    double retrievability(Memory memory, int elapsedDays);
}

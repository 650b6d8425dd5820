package org.sotcourseware.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sotcourseware.quiz.QuestionResult;

/**
 * FSRS-6 with its default parameters against values worked out by hand from the published formulas (each
 * figure below was computed separately from the formulas in {@link Fsrs}'s Javadoc, not by this class).
 */
class FsrsTest {

    final Fsrs fsrs = new Fsrs();

    @Test
    void a_new_card_starts_from_the_first_four_parameters_and_the_initial_difficulty() {
        // S0 = w[G-1]; D0(G) = w4 - e^(w5 (G-1)) + 1, clamped to [1, 10]
        Scheduler.Next again = fsrs.review(null, 0, Rating.AGAIN);
        Scheduler.Next hard = fsrs.review(null, 0, Rating.HARD);
        Scheduler.Next good = fsrs.review(null, 0, Rating.GOOD);
        Scheduler.Next easy = fsrs.review(null, 0, Rating.EASY);
        assertThat(again.memory().stability()).isEqualTo(0.212);
        assertThat(hard.memory().stability()).isEqualTo(1.2931);
        assertThat(good.memory().stability()).isEqualTo(2.3065);
        assertThat(easy.memory().stability()).isEqualTo(8.2956);
        assertThat(again.memory().difficulty()).isCloseTo(6.4133, within(1e-9)); // e^0 = 1
        assertThat(good.memory().difficulty()).isCloseTo(2.118104, within(1e-6)); // 7.4133 - e^1.6668
        assertThat(easy.memory().difficulty()).isEqualTo(1.0); // 7.4133 - e^2.5002 < 1, clamped
        // at 90% retention the interval is the stability, rounded, at least a day
        assertThat(List.of(again.intervalDays(), hard.intervalDays(), good.intervalDays(), easy.intervalDays())).containsExactly(1, 1, 2, 8);
    }

    @Test
    void recall_is_ninety_percent_after_as_many_days_as_the_stability() {
        Scheduler.Memory m = new Scheduler.Memory(5, 5);
        assertThat(fsrs.retrievability(m, 5)).isCloseTo(0.9, within(1e-12));
        assertThat(fsrs.retrievability(m, 0)).isEqualTo(1.0);
        assertThat(fsrs.retrievability(m, 2)).isGreaterThan(0.9);
        assertThat(fsrs.retrievability(m, 20)).isLessThan(0.9);
    }

    @Test
    void answering_good_on_every_due_day_gives_the_growing_intervals_of_the_default_parameters() {
        List<Integer> intervals = new ArrayList<>();
        Scheduler.Next n = fsrs.review(null, 0, Rating.GOOD);
        intervals.add(n.intervalDays());
        for (int i = 0; i < 4; i++) {
            n = fsrs.review(n.memory(), n.intervalDays(), Rating.GOOD);
            intervals.add(n.intervalDays());
        }
        // S: 2.3065 -> 10.9643 -> 46.2802 -> 162.8622 -> 497.4472
        assertThat(intervals).containsExactly(2, 11, 46, 163, 497);
        assertThat(n.memory().stability()).isCloseTo(497.4472, within(1e-3));
    }

    @Test
    void a_lapse_two_days_after_a_good_start_shrinks_stability_and_raises_difficulty() {
        Scheduler.Next first = fsrs.review(null, 0, Rating.GOOD);
        // R(2, 2.3065) = 0.909493; long-term lapse 0.6076 < short-term 2.3065 / e^(0.5425 * 0.0912)
        Scheduler.Next again = fsrs.review(first.memory(), 2, Rating.AGAIN);
        assertThat(fsrs.retrievability(first.memory(), 2)).isCloseTo(0.909493, within(1e-6));
        assertThat(again.memory().stability()).isCloseTo(0.607580, within(1e-6));
        assertThat(again.memory().difficulty()).isCloseTo(7.394503, within(1e-6));
        assertThat(again.intervalDays()).isEqualTo(1);
        Scheduler.Next hard = fsrs.review(first.memory(), 2, Rating.HARD);
        Scheduler.Next easy = fsrs.review(first.memory(), 2, Rating.EASY);
        assertThat(hard.memory().stability()).isCloseTo(7.513320, within(1e-6));
        assertThat(easy.memory().stability()).isCloseTo(18.521754, within(1e-6));
        assertThat(List.of(hard.intervalDays(), easy.intervalDays())).containsExactly(8, 19);
    }

    @Test
    void a_second_review_the_same_day_uses_the_short_term_formula_and_good_never_lowers_stability() {
        Scheduler.Memory m = new Scheduler.Memory(10, 5);
        // e^(0.5425 (0 + 0.0912)) * 10^-0.0658 = 0.9030 < 1: Good keeps S
        assertThat(fsrs.review(m, 0, Rating.GOOD).memory().stability()).isEqualTo(10.0);
        // Again: 10 * e^(0.5425 (-2 + 0.0912)) * 10^-0.0658 = 0.3068 ...
        assertThat(fsrs.review(m, 0, Rating.AGAIN).memory().stability()).isCloseTo(10 * Math.exp(0.5425 * (-2 + 0.0912)) * Math.pow(10, -0.0658),
                within(1e-9));
    }

    @Test
    void intervals_stop_at_a_hundred_years() {
        assertThat(fsrs.interval(1e9)).isEqualTo(36500);
        assertThat(fsrs.interval(0.001)).isEqualTo(1);
    }

    @Test
    void wrong_parameters_are_refused_with_a_clear_message() {
        assertThatThrownBy(() -> new Fsrs(List.of(1.0, 2.0), 0.9)).hasMessageContaining("21 parameters, got 2");
        assertThatThrownBy(() -> new Fsrs(Fsrs.DEFAULT_PARAMETERS, 1.5)).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> fsrs.review(null, -1, Rating.GOOD)).hasMessageContaining("negative");
    }

    @Test
    void the_suggested_rating_follows_the_grade() {
        assertThat(Rating.suggested(QuestionResult.Correctness.CORRECT)).isEqualTo(Rating.GOOD);
        assertThat(Rating.suggested(QuestionResult.Correctness.PARTIAL)).isEqualTo(Rating.HARD);
        assertThat(Rating.suggested(QuestionResult.Correctness.WRONG)).isEqualTo(Rating.AGAIN);
        assertThat(Rating.ofGrade(4)).isEqualTo(Rating.EASY);
    }
}

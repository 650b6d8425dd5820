package org.sotcourseware.authoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.sotcourseware.authoring.internal.ItemStatistics.Basis.ALL_ATTEMPTS;
import static org.sotcourseware.authoring.internal.ItemStatistics.Basis.FIRST_ATTEMPTS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sotcourseware.authoring.internal.ItemStatistics.AnswerData;
import org.sotcourseware.authoring.internal.ItemStatistics.AttemptData;
import org.sotcourseware.authoring.internal.ItemStatistics.Flag;
import org.sotcourseware.authoring.internal.ItemStatistics.OptionCount;
import org.sotcourseware.authoring.internal.ItemStatistics.OptionInfo;
import org.sotcourseware.authoring.internal.ItemStatistics.QuestionInfo;
import org.sotcourseware.authoring.internal.ItemStatistics.QuestionStats;
import org.sotcourseware.authoring.internal.ItemStatistics.QuizStats;
import org.sotcourseware.content.QuestionType;

class ItemStatisticsTest {

    static final Offset<Double> EXACT = within(1e-9);
    static final double PASS_MARK = 60;

    // ---- builders -------------------------------------------------------------------------------------

    /** A question of the current content with the prompt "Prompt of ID". */
    static QuestionInfo question(String id, QuestionType type, OptionInfo... options) {
        return new QuestionInfo(id, "Prompt of " + id, type, List.of(options));
    }

    static OptionInfo right(String id) {
        return new OptionInfo(id, "Option " + id, true);
    }

    static OptionInfo wrong(String id) {
        return new OptionInfo(id, "Option " + id, false);
    }

    static AnswerData answer(String questionId, double points, double maxPoints, String... chosen) {
        return new AnswerData(questionId, points, maxPoints, true, Set.of(chosen));
    }

    static AnswerData unanswered(String questionId, double maxPoints) {
        return new AnswerData(questionId, 0, maxPoints, false, Set.of());
    }

    /** An attempt whose score, maximum and percent add up from its answers; passed at 60 %. */
    static AttemptData attempt(long userId, int attemptNo, AnswerData... answers) {
        double score = Arrays.stream(answers).mapToDouble(AnswerData::points).sum();
        double max = Arrays.stream(answers).mapToDouble(AnswerData::maxPoints).sum();
        double percent = score / max * 100;
        return new AttemptData(userId, attemptNo, score, max, percent, percent >= PASS_MARK, List.of(answers));
    }

    /** A first attempt at a one-question quiz worth 100 points, scoring {@code percent} points. */
    static AttemptData scoring(long userId, int attemptNo, double percent) {
        return attempt(userId, attemptNo, answer("q", percent, 100));
    }

    static QuestionStats stats(QuizStats quiz, String questionId) {
        return quiz.questions().stream().filter(q -> q.questionId().equals(questionId)).findFirst().orElseThrow();
    }

    /** Attempts at two 1-point questions x and y; the rest of each attempt for x is its fraction of y. */
    static List<AttemptData> xy(double[] x, double[] y) {
        List<AttemptData> attempts = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            attempts.add(attempt(i + 1, 1, answer("x", x[i], 1), answer("y", y[i], 1)));
        }
        return attempts;
    }

    static final List<QuestionInfo> XY = List.of(question("x", QuestionType.NUMERIC), question("y", QuestionType.NUMERIC));

    // ---- the worked example ---------------------------------------------------------------------------

    /**
     * Four students, three questions (q1 single 1 pt, q2 multiple 2 pts, q3 numeric 1 pt), maxScore 4.
     * <pre>
     *        q1        q2            q3          score  percent  passed (60 %)
     * u1     1 {a}     2 {b,c}       1           4      100      yes
     * u2     1 {a}     1 {b}         0           2       50      no
     * u3     0 {b}     2 {b,c}       1           3       75      yes
     * u4     1 {a}     unanswered    unanswered  1       25      no
     * </pre>
     */
    static final List<QuestionInfo> EXAMPLE_QUESTIONS = List.of(
            question("q1", QuestionType.SINGLE, right("a"), wrong("b"), wrong("c")),
            question("q2", QuestionType.MULTIPLE, wrong("a"), right("b"), right("c")),
            question("q3", QuestionType.NUMERIC));

    static final List<AttemptData> EXAMPLE_ATTEMPTS = List.of(
            attempt(1, 1, answer("q1", 1, 1, "a"), answer("q2", 2, 2, "b", "c"), answer("q3", 1, 1)),
            attempt(2, 1, answer("q1", 1, 1, "a"), answer("q2", 1, 2, "b"), answer("q3", 0, 1)),
            attempt(3, 1, answer("q1", 0, 1, "b"), answer("q2", 2, 2, "b", "c"), answer("q3", 1, 1)),
            attempt(4, 1, answer("q1", 1, 1, "a"), unanswered("q2", 2), unanswered("q3", 1)));

    @Nested
    class The_worked_example {

        final QuizStats quiz = ItemStatistics.compute(EXAMPLE_QUESTIONS, EXAMPLE_ATTEMPTS, ALL_ATTEMPTS);

        @Test
        void the_quiz_figures_match_the_hand_computed_ones() {
            assertThat(quiz.basis()).isEqualTo(ALL_ATTEMPTS);
            assertThat(quiz.attempts()).isEqualTo(4);
            assertThat(quiz.students()).isEqualTo(4);
            // mean = (100 + 50 + 75 + 25) / 4 = 250 / 4 = 62.5
            assertThat(quiz.meanPercent()).isCloseTo(62.5, EXACT);
            // sorted 25, 50, 75, 100: median = (50 + 75) / 2 = 62.5
            assertThat(quiz.medianPercent()).isCloseTo(62.5, EXACT);
            // deviations 37.5, -12.5, 12.5, -37.5; squares 1406.25 + 156.25 + 156.25 + 1406.25 = 3125;
            // population SD = sqrt(3125 / 4) = sqrt(781.25) = 27.9508...
            assertThat(quiz.standardDeviation()).isCloseTo(Math.sqrt(781.25), EXACT).isCloseTo(27.9508, within(1e-4));
            // u1 and u3 passed: 2 / 4
            assertThat(quiz.passRate()).isCloseTo(0.5, EXACT);
            // 25 -> [20,30), 50 -> [50,60), 75 -> [70,80), 100 -> [90,100]
            assertThat(quiz.histogram()).containsExactly(0, 0, 1, 0, 0, 1, 0, 1, 0, 1);
        }

        @Test
        void facility_is_the_mean_fraction_of_the_points_with_unanswered_counting_zero() {
            assertThat(quiz.questions()).extracting(QuestionStats::questionId).containsExactly("q1", "q2", "q3");
            // q1: (1 + 1 + 0 + 1) / 4 = 0.75
            assertThat(stats(quiz, "q1").facility()).isCloseTo(0.75, EXACT);
            // q2: (2/2 + 1/2 + 2/2 + 0/2) / 4 = 2.5 / 4 = 0.625
            assertThat(stats(quiz, "q2").facility()).isCloseTo(0.625, EXACT);
            // q3: (1 + 0 + 1 + 0) / 4 = 0.5
            assertThat(stats(quiz, "q3").facility()).isCloseTo(0.5, EXACT);
            assertThat(quiz.questions()).extracting(QuestionStats::n, QuestionStats::answered)
                    .containsExactly(tuple(4, 4), tuple(4, 3), tuple(4, 3));
            assertThat(quiz.questions()).extracting(QuestionStats::prompt, QuestionStats::type).containsExactly(
                    tuple("Prompt of q1", QuestionType.SINGLE), tuple("Prompt of q2", QuestionType.MULTIPLE),
                    tuple("Prompt of q3", QuestionType.NUMERIC));
        }

        @Test
        void discrimination_correlates_each_question_with_the_rest_of_the_attempt() {
            // q1: x = 1, 1, 0, 1 (mean 3/4); rest = (score - points) / (4 - 1)
            //     = 3/3, 1/3, 3/3, 0/3 = 1, 1/3, 1, 0 (mean 7/12)
            //     dx = 1/4, 1/4, -3/4, 1/4;  dy = 5/12, -3/12, 5/12, -7/12
            //     Sxy = (1/4)(5 - 3 - 15 - 7)/12 = -20/48 = -5/12
            //     Sxx = 3/16 + 9/16 = 3/4;   Syy = (25 + 9 + 25 + 49)/144 = 108/144 = 3/4
            //     r = (-5/12) / sqrt(3/4 * 3/4) = (-5/12) / (3/4) = -5/9 = -0.5556
            assertThat(stats(quiz, "q1").discrimination()).isCloseTo(-5.0 / 9, EXACT);
            // q2: x = 1, 1/2, 1, 0 (mean 5/8); rest = (score - points) / (4 - 2)
            //     = 2/2, 1/2, 1/2, 1/2 (mean 5/8)
            //     dx = 3/8, -1/8, 3/8, -5/8;  dy = 3/8, -1/8, -1/8, -1/8
            //     Sxy = (9 + 1 - 3 + 5)/64 = 12/64 = 3/16
            //     Sxx = (9 + 1 + 9 + 25)/64 = 44/64 = 11/16;  Syy = (9 + 1 + 1 + 1)/64 = 12/64 = 3/16
            //     r = (3/16) / sqrt(11/16 * 3/16) = 3 / sqrt(33) = sqrt(3/11) = 0.5222
            assertThat(stats(quiz, "q2").discrimination()).isCloseTo(Math.sqrt(3.0 / 11), EXACT);
            // q3: x = 1, 0, 1, 0 (mean 1/2); rest = (score - points) / (4 - 1)
            //     = 3/3, 2/3, 2/3, 1/3 (mean 2/3)
            //     dx = 1/2, -1/2, 1/2, -1/2;  dy = 1/3, 0, 0, -1/3
            //     Sxy = 1/6 + 0 + 0 + 1/6 = 1/3;  Sxx = 1;  Syy = 2/9
            //     r = (1/3) / sqrt(2/9) = (1/3) / (sqrt(2)/3) = 1/sqrt(2) = 0.7071
            assertThat(stats(quiz, "q3").discrimination()).isCloseTo(1 / Math.sqrt(2), EXACT);
        }

        @Test
        void option_counts_are_given_for_choice_questions_only() {
            // q1 picks: a by u1, u2, u4; b by u3; c by nobody
            assertThat(stats(quiz, "q1").options()).containsExactly(
                    new OptionCount("a", "Option a", true, 3), new OptionCount("b", "Option b", false, 1),
                    new OptionCount("c", "Option c", false, 0));
            // q2 picks: a by nobody; b by u1, u2, u3; c by u1, u3 (u4 left it unanswered)
            assertThat(stats(quiz, "q2").options()).containsExactly(
                    new OptionCount("a", "Option a", false, 0), new OptionCount("b", "Option b", true, 3),
                    new OptionCount("c", "Option c", true, 2));
            assertThat(stats(quiz, "q3").options()).isEmpty();
        }

        @Test
        void four_attempts_are_too_few_for_any_flag() {
            // q1 has negative discrimination and q1's c is an unused distractor, but n = 4 < 5 (and < 10)
            assertThat(quiz.questions()).allSatisfy(q -> assertThat(q.flags()).isEmpty());
        }
    }

    // ---- quiz figures ---------------------------------------------------------------------------------

    @Test
    void the_median_of_an_odd_count_is_the_middle_percent() {
        // sorted 10, 30, 90: the middle one is 30 (the mean, 130/3 = 43.33, differs)
        QuizStats quiz = ItemStatistics.compute(List.of(),
                List.of(scoring(1, 1, 30), scoring(2, 1, 90), scoring(3, 1, 10)), ALL_ATTEMPTS);

        assertThat(quiz.medianPercent()).isCloseTo(30, EXACT);
        assertThat(quiz.meanPercent()).isCloseTo(130.0 / 3, EXACT);
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_two_middle_percents() {
        // sorted 10, 30, 40, 90: (30 + 40) / 2 = 35 (the mean is 170/4 = 42.5)
        QuizStats quiz = ItemStatistics.compute(List.of(),
                List.of(scoring(1, 1, 30), scoring(2, 1, 90), scoring(3, 1, 10), scoring(4, 1, 40)), ALL_ATTEMPTS);

        assertThat(quiz.medianPercent()).isCloseTo(35, EXACT);
        assertThat(quiz.meanPercent()).isCloseTo(42.5, EXACT);
        // deviations -12.5, 47.5, -32.5, -2.5: squares 156.25 + 2256.25 + 1056.25 + 6.25 = 3475;
        // population SD = sqrt(3475 / 4) = sqrt(868.75)
        assertThat(quiz.standardDeviation()).isCloseTo(Math.sqrt(868.75), EXACT);
    }

    @Test
    void histogram_bins_include_their_lower_edge_and_the_last_bin_includes_100() {
        QuizStats quiz = ItemStatistics.compute(List.of(), List.of(
                scoring(1, 1, 0), scoring(2, 1, 9.99), scoring(3, 1, 10), scoring(4, 1, 89.99),
                scoring(5, 1, 90), scoring(6, 1, 100)), ALL_ATTEMPTS);

        // 0 and 9.99 -> [0,10); 10 -> [10,20); 89.99 -> [80,90); 90 and 100 -> [90,100]
        assertThat(quiz.histogram()).containsExactly(2, 1, 0, 0, 0, 0, 0, 0, 1, 2);
    }

    @Test
    void a_percent_a_hair_below_a_bin_edge_from_rounding_counts_on_the_edge() {
        // the double just below 70 is 70 spoiled by rounding: it belongs in [70,80), not [60,70);
        // 56.99999999999999 (what 0.57 * 100 gives) is a real 57 spoiled the other way and stays in [50,60)
        QuizStats quiz = ItemStatistics.compute(List.of(),
                List.of(scoring(1, 1, Math.nextDown(70.0)), scoring(2, 1, 0.57 * 100)), ALL_ATTEMPTS);

        assertThat(quiz.histogram()).containsExactly(0, 0, 0, 0, 0, 1, 0, 1, 0, 0);
    }

    @Test
    void first_attempts_keep_each_users_lowest_attempt_number_and_all_attempts_keep_everything() {
        // given out of order: user 7 attempt 2 (70 %) before attempt 1 (40 %); user 8 attempts 1 (80 %) and 3 (20 %)
        List<AttemptData> attempts = List.of(scoring(7, 2, 70), scoring(7, 1, 40), scoring(8, 1, 80), scoring(8, 3, 20));
        List<QuestionInfo> questions = List.of(question("q", QuestionType.NUMERIC));

        QuizStats first = ItemStatistics.compute(questions, attempts, FIRST_ATTEMPTS);
        QuizStats all = ItemStatistics.compute(questions, attempts, ALL_ATTEMPTS);

        // first: 40 and 80 -> mean 60, one pass (80 >= 60) of 2
        assertThat(first.basis()).isEqualTo(FIRST_ATTEMPTS);
        assertThat(first.attempts()).isEqualTo(2);
        assertThat(first.students()).isEqualTo(2);
        assertThat(first.meanPercent()).isCloseTo(60, EXACT);
        assertThat(first.passRate()).isCloseTo(0.5, EXACT);
        assertThat(stats(first, "q").n()).isEqualTo(2);
        assertThat(stats(first, "q").facility()).isCloseTo((0.4 + 0.8) / 2, EXACT);
        // all: 70, 40, 80, 20 -> mean 210 / 4 = 52.5, passes 70 and 80: 2 of 4
        assertThat(all.attempts()).isEqualTo(4);
        assertThat(all.students()).isEqualTo(2);
        assertThat(all.meanPercent()).isCloseTo(52.5, EXACT);
        assertThat(all.passRate()).isCloseTo(0.5, EXACT);
        assertThat(stats(all, "q").n()).isEqualTo(4);
        assertThat(stats(all, "q").facility()).isCloseTo(0.525, EXACT);
    }

    // ---- questions ------------------------------------------------------------------------------------

    @Test
    void with_drawn_pools_a_question_counts_only_the_attempts_that_drew_it() {
        // Each attempt draws two of qa, qb, qc (1 point each, maxScore 2); nobody drew qd.
        //        qa   qb   qc   score
        // A1     1    0    -    1      (50 %)
        // A2     0    -    1    1      (50 %)
        // A3     -    1    1    2      (100 %)
        // A4     1    -    0    1      (50 %)
        List<QuestionInfo> questions = List.of(question("qa", QuestionType.NUMERIC), question("qb", QuestionType.NUMERIC),
                question("qc", QuestionType.NUMERIC), question("qd", QuestionType.SINGLE, right("a"), wrong("b")));
        List<AttemptData> attempts = List.of(
                attempt(1, 1, answer("qa", 1, 1), answer("qb", 0, 1)),
                attempt(2, 1, answer("qa", 0, 1), answer("qc", 1, 1)),
                attempt(3, 1, answer("qb", 1, 1), answer("qc", 1, 1)),
                attempt(4, 1, answer("qa", 1, 1), answer("qc", 0, 1)));

        QuizStats quiz = ItemStatistics.compute(questions, attempts, ALL_ATTEMPTS);

        assertThat(quiz.questions()).extracting(QuestionStats::questionId, QuestionStats::n)
                .containsExactly(tuple("qa", 3), tuple("qb", 2), tuple("qc", 3), tuple("qd", 0));
        // qa over A1, A2, A4: x = 1, 0, 1 -> facility 2/3; rest = the other question: 0, 1, 0 = 1 - x -> r = -1
        assertThat(stats(quiz, "qa").facility()).isCloseTo(2.0 / 3, EXACT);
        assertThat(stats(quiz, "qa").discrimination()).isCloseTo(-1, EXACT);
        // qb over A1, A3: x = 0, 1 -> facility 1/2; rest = (1 - 0)/1, (2 - 1)/1 = 1, 1: zero variance -> null
        assertThat(stats(quiz, "qb").facility()).isCloseTo(0.5, EXACT);
        assertThat(stats(quiz, "qb").discrimination()).isNull();
        // qc over A2, A3, A4: x = 1, 1, 0 (mean 2/3); rest = 0, 1, 1 (mean 2/3)
        //   dx = 1/3, 1/3, -2/3; dy = -2/3, 1/3, 1/3; Sxy = (-2 + 1 - 2)/9 = -1/3; Sxx = Syy = 6/9
        //   r = (-1/3) / (6/9) = -1/2
        assertThat(stats(quiz, "qc").facility()).isCloseTo(2.0 / 3, EXACT);
        assertThat(stats(quiz, "qc").discrimination()).isCloseTo(-0.5, EXACT);
        // qd was drawn by nobody: zeros, no correlation, its options counted zero times
        QuestionStats qd = stats(quiz, "qd");
        assertThat(qd.answered()).isZero();
        assertThat(qd.facility()).isZero();
        assertThat(qd.discrimination()).isNull();
        assertThat(qd.options()).extracting(OptionCount::count).containsExactly(0, 0);
        assertThat(qd.flags()).isEmpty();
        // (50 + 50 + 100 + 50) / 4 = 62.5
        assertThat(quiz.meanPercent()).isCloseTo(62.5, EXACT);
    }

    @Test
    void options_and_questions_no_longer_in_the_quiz_are_listed_after_the_current_ones() {
        List<QuestionInfo> questions = List.of(
                question("q1", QuestionType.SINGLE, right("a"), wrong("b")),
                question("q-new", QuestionType.TRUEFALSE, right("true"), wrong("false")));
        List<AttemptData> attempts = List.of(
                attempt(1, 1, answer("q1", 1, 1, "a"), answer("q-old2", 0, 1, "x"), answer("q-old1", 1, 1)),
                attempt(2, 1, answer("q1", 0, 1, "z"), answer("q-old1", 0, 1)),
                attempt(3, 1, answer("q1", 0, 1, "y")));

        QuizStats quiz = ItemStatistics.compute(questions, attempts, ALL_ATTEMPTS);

        // current questions in content order, then removed ones in order of first appearance
        assertThat(quiz.questions()).extracting(QuestionStats::questionId)
                .containsExactly("q1", "q-new", "q-old2", "q-old1");
        // current options in content order, then removed option ids sorted (y before z, though z came first)
        assertThat(stats(quiz, "q1").options()).containsExactly(
                new OptionCount("a", "Option a", true, 1),
                new OptionCount("b", "Option b", false, 0),
                new OptionCount("y", ItemStatistics.REMOVED_OPTION_TEXT, false, 1),
                new OptionCount("z", ItemStatistics.REMOVED_OPTION_TEXT, false, 1));
        QuestionStats old2 = stats(quiz, "q-old2");
        assertThat(old2.prompt()).isEqualTo("(question no longer in the quiz)");
        assertThat(old2.type()).isNull();
        assertThat(old2.n()).isEqualTo(1);
        assertThat(old2.options()).containsExactly(new OptionCount("x", "(option no longer in the quiz)", false, 1));
        QuestionStats old1 = stats(quiz, "q-old1");
        assertThat(old1.prompt()).isEqualTo(ItemStatistics.REMOVED_QUESTION_PROMPT);
        assertThat(old1.n()).isEqualTo(2);
        assertThat(old1.facility()).isCloseTo(0.5, EXACT);
        assertThat(old1.options()).isEmpty();
        assertThat(stats(quiz, "q-new").n()).isZero();
    }

    @Test
    void discrimination_is_null_when_either_side_has_zero_variance() {
        // everyone scores q1 fully: q1's fraction has zero variance; q2's rest is q1, so q2's rest has zero variance
        List<AttemptData> attempts = List.of(
                attempt(1, 1, answer("q1", 1, 1), answer("q2", 1, 1)),
                attempt(2, 1, answer("q1", 1, 1), answer("q2", 0, 1)),
                attempt(3, 1, answer("q1", 1, 1), answer("q2", 0.5, 1)));

        QuizStats quiz = ItemStatistics.compute(List.of(), attempts, ALL_ATTEMPTS);

        assertThat(stats(quiz, "q1").discrimination()).isNull();
        assertThat(stats(quiz, "q2").discrimination()).isNull();
    }

    @Test
    void discrimination_is_null_with_a_single_attempt_or_when_no_attempt_has_a_rest() {
        List<QuestionInfo> questions = List.of(question("q", QuestionType.NUMERIC));
        QuizStats single = ItemStatistics.compute(XY, xy(new double[] {1}, new double[] {0}), ALL_ATTEMPTS);
        // a one-question quiz: maxScore - maxPoints = 0, so there is no rest to correlate with
        QuizStats noRest = ItemStatistics.compute(questions,
                List.of(scoring(1, 1, 100), scoring(2, 1, 0), scoring(3, 1, 50)), ALL_ATTEMPTS);

        assertThat(stats(single, "x").discrimination()).isNull();
        assertThat(stats(noRest, "q").discrimination()).isNull();
        assertThat(stats(noRest, "q").facility()).isCloseTo(0.5, EXACT);
    }

    @Test
    void no_attempts_give_zeros_empty_bins_and_no_nan() {
        List<QuestionInfo> questions = List.of(question("q1", QuestionType.MULTIPLE, right("a"), wrong("b")),
                question("q2", QuestionType.TEXT));

        for (ItemStatistics.Basis basis : ItemStatistics.Basis.values()) {
            QuizStats quiz = ItemStatistics.compute(questions, List.of(), basis);

            assertThat(quiz.attempts()).isZero();
            assertThat(quiz.students()).isZero();
            assertThat(List.of(quiz.meanPercent(), quiz.medianPercent(), quiz.standardDeviation(), quiz.passRate()))
                    .containsOnly(0.0);
            assertThat(quiz.histogram()).hasSize(10).containsOnly(0);
            assertThat(quiz.questions()).extracting(QuestionStats::questionId).containsExactly("q1", "q2");
            assertThat(quiz.questions()).allSatisfy(q -> {
                assertThat(q.n()).isZero();
                assertThat(q.answered()).isZero();
                assertThat(q.facility()).isZero();
                assertThat(q.discrimination()).isNull();
                assertThat(q.flags()).isEmpty();
            });
            assertThat(stats(quiz, "q1").options()).extracting(OptionCount::count).containsExactly(0, 0);
        }
    }

    @Test
    void a_question_worth_no_points_counts_as_zero_rather_than_nan() {
        List<AttemptData> attempts = List.of(
                attempt(1, 1, answer("free", 0, 0), answer("q", 1, 1)),
                attempt(2, 1, answer("free", 0, 0), answer("q", 0, 1)));

        QuizStats quiz = ItemStatistics.compute(List.of(), attempts, ALL_ATTEMPTS);

        assertThat(stats(quiz, "free").facility()).isZero();
        assertThat(stats(quiz, "free").discrimination()).isNull();
    }

    @Test
    void the_histogram_handed_out_is_a_copy() {
        QuizStats quiz = ItemStatistics.compute(List.of(), List.of(scoring(1, 1, 50)), ALL_ATTEMPTS);

        quiz.histogram()[5] = 99;

        assertThat(quiz.histogram()[5]).isEqualTo(1);
    }

    // ---- flags ----------------------------------------------------------------------------------------

    @Nested
    class Mostly_missed {

        static List<AttemptData> oneQuestion(double... points) {
            List<AttemptData> attempts = new ArrayList<>();
            for (int i = 0; i < points.length; i++) {
                attempts.add(attempt(i + 1, 1, answer("q", points[i], 1)));
            }
            return attempts;
        }

        static Set<Flag> flagsOf(double... points) {
            return stats(ItemStatistics.compute(List.of(question("q", QuestionType.NUMERIC)), oneQuestion(points),
                    ALL_ATTEMPTS), "q").flags();
        }

        @Test
        void a_facility_just_below_thirty_percent_is_flagged() {
            // (1 + 1 + 0.9 + 0 x 7) / 10 = 0.29 < 0.30
            assertThat(flagsOf(1, 1, 0.9, 0, 0, 0, 0, 0, 0, 0)).containsExactly(Flag.MOSTLY_MISSED);
        }

        @Test
        void a_facility_of_exactly_thirty_percent_is_not_flagged() {
            // (1 + 1 + 1 + 0 x 7) / 10 = 0.30, not below 0.30
            assertThat(flagsOf(1, 1, 1, 0, 0, 0, 0, 0, 0, 0)).doesNotContain(Flag.MOSTLY_MISSED);
        }

        @Test
        void rounding_noise_does_not_push_a_facility_of_thirty_percent_below_the_threshold() {
            // ten attempts each scoring 0.3 of the question: adding 0.3 ten times gives 2.9999999999999996 in
            // binary, so the facility computes as 0.29999999999999993; it is 0.3 and must not be flagged
            assertThat(flagsOf(0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3)).doesNotContain(Flag.MOSTLY_MISSED);
        }

        @Test
        void five_attempts_are_enough_to_flag_and_four_are_not() {
            assertThat(flagsOf(0, 0, 0, 0, 0)).contains(Flag.MOSTLY_MISSED);
            assertThat(flagsOf(0, 0, 0, 0)).isEmpty();
        }
    }

    @Nested
    class Discrimination_flags {

        static QuestionStats x(double[] x, double[] y) {
            return stats(ItemStatistics.compute(XY, xy(x, y), ALL_ATTEMPTS), "x");
        }

        @Test
        void a_negative_discrimination_over_five_attempts_is_flagged() {
            // x = 1, 1, 0, 0, 0 (mean 2/5); y = 0, 1, 1, 1, 1 (mean 4/5)
            // dx = .6, .6, -.4, -.4, -.4; dy = -.8, .2, .2, .2, .2
            // Sxy = -.48 + .12 - .08 - .08 - .08 = -.6; Sxx = .72 + .48 = 1.2; Syy = .64 + .16 = .8
            // r = -.6 / sqrt(.96) = -0.6124
            QuestionStats q = x(new double[] {1, 1, 0, 0, 0}, new double[] {0, 1, 1, 1, 1});

            assertThat(q.discrimination()).isCloseTo(-0.6 / Math.sqrt(0.96), EXACT);
            assertThat(q.flags()).contains(Flag.NEGATIVE_DISCRIMINATION).doesNotContain(Flag.LOW_DISCRIMINATION);
        }

        @Test
        void a_negative_discrimination_over_four_attempts_is_not_flagged() {
            // x = 1, 1, 0, 0 (mean 1/2); y = 0, 1, 1, 1 (mean 3/4)
            // dx = .5, .5, -.5, -.5; dy = -.75, .25, .25, .25
            // Sxy = -.375 + .125 - .125 - .125 = -.5; Sxx = 1; Syy = .5625 + .1875 = .75
            // r = -.5 / sqrt(.75) = -0.5774, but n = 4 < 5
            QuestionStats q = x(new double[] {1, 1, 0, 0}, new double[] {0, 1, 1, 1});

            assertThat(q.discrimination()).isCloseTo(-0.5 / Math.sqrt(0.75), EXACT);
            assertThat(q.flags()).isEmpty();
        }

        @Test
        void a_discrimination_of_exactly_zero_is_low_not_negative() {
            // x = 1, 1, 0, 0, .5; y = 1, 0, 1, 0, .5 (both mean .5)
            // dx = .5, .5, -.5, -.5, 0; dy = .5, -.5, .5, -.5, 0
            // Sxy = .25 - .25 - .25 + .25 + 0 = 0; Sxx = Syy = 1 -> r = 0
            QuestionStats q = x(new double[] {1, 1, 0, 0, 0.5}, new double[] {1, 0, 1, 0, 0.5});

            assertThat(q.discrimination()).isCloseTo(0, EXACT);
            assertThat(q.flags()).contains(Flag.LOW_DISCRIMINATION).doesNotContain(Flag.NEGATIVE_DISCRIMINATION);
        }

        @Test
        void a_discrimination_just_below_the_threshold_is_low() {
            // x = 0, 0, 0, .5, .5 (mean .2); y = 0, 0, .5, 0, .5 (mean .2)
            // dx = -.2, -.2, -.2, .3, .3; dy = -.2, -.2, .3, -.2, .3
            // Sxy = .04 + .04 - .06 - .06 + .09 = .05; Sxx = Syy = .12 + .18 = .3
            // r = .05 / .3 = 1/6 = 0.1667 < 0.2
            QuestionStats q = x(new double[] {0, 0, 0, 0.5, 0.5}, new double[] {0, 0, 0.5, 0, 0.5});

            assertThat(q.discrimination()).isCloseTo(1.0 / 6, EXACT);
            assertThat(q.flags()).contains(Flag.LOW_DISCRIMINATION);
        }

        @Test
        void a_discrimination_just_above_the_threshold_is_not_low() {
            // x = 0, 0, 0, .5, 1 (mean .3); y = 0, 0, 1, .5, .5 (mean .4)
            // dx = -.3, -.3, -.3, .2, .7; dy = -.4, -.4, .6, .1, .1
            // Sxy = .12 + .12 - .18 + .02 + .07 = .15; Sxx = .27 + .04 + .49 = .8; Syy = .32 + .36 + .02 = .7
            // r = .15 / sqrt(.56) = 0.2004 >= 0.2
            QuestionStats q = x(new double[] {0, 0, 0, 0.5, 1}, new double[] {0, 0, 1, 0.5, 0.5});

            assertThat(q.discrimination()).isCloseTo(0.15 / Math.sqrt(0.56), EXACT).isGreaterThan(0.2);
            assertThat(q.flags()).doesNotContain(Flag.LOW_DISCRIMINATION, Flag.NEGATIVE_DISCRIMINATION);
        }
    }

    @Nested
    class Unused_distractor {

        static final QuestionInfo Q = question("q", QuestionType.SINGLE, right("a"), wrong("b"), wrong("c"));

        static Set<Flag> flagsOf(QuestionInfo question, String... picks) {
            List<AttemptData> attempts = new ArrayList<>();
            for (int i = 0; i < picks.length; i++) {
                boolean correct = picks[i].equals("a");
                attempts.add(attempt(i + 1, 1, answer(question.id(), correct ? 1 : 0, 1, picks[i])));
            }
            return stats(ItemStatistics.compute(List.of(question), attempts, ALL_ATTEMPTS), question.id()).flags();
        }

        @Test
        void a_wrong_option_nobody_picked_in_ten_attempts_is_flagged() {
            // 7 x a, 3 x b: c (wrong) picked by nobody, n = 10
            assertThat(flagsOf(Q, "a", "a", "a", "a", "a", "a", "a", "b", "b", "b")).contains(Flag.UNUSED_DISTRACTOR);
        }

        @Test
        void nine_attempts_are_too_few_to_flag_it() {
            assertThat(flagsOf(Q, "a", "a", "a", "a", "a", "a", "b", "b", "b")).doesNotContain(Flag.UNUSED_DISTRACTOR);
        }

        @Test
        void a_wrong_option_picked_once_is_not_unused() {
            assertThat(flagsOf(Q, "a", "a", "a", "a", "a", "a", "b", "b", "b", "c")).doesNotContain(Flag.UNUSED_DISTRACTOR);
        }

        @Test
        void a_correct_option_nobody_picked_is_not_a_distractor() {
            // 5 x b, 5 x c: a is unpicked but correct; facility 0 also makes it mostly missed
            assertThat(flagsOf(Q, "b", "b", "b", "b", "b", "c", "c", "c", "c", "c"))
                    .doesNotContain(Flag.UNUSED_DISTRACTOR).contains(Flag.MOSTLY_MISSED);
        }

        @Test
        void known_wrong_answers_of_a_numeric_question_are_not_distractors() {
            QuestionInfo numeric = question("n", QuestionType.NUMERIC, right("15"), wrong("40"));
            List<AttemptData> attempts = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                attempts.add(attempt(i + 1, 1, answer("n", 1, 1)));
            }

            QuestionStats q = stats(ItemStatistics.compute(List.of(numeric), attempts, ALL_ATTEMPTS), "n");

            assertThat(q.options()).isEmpty();
            assertThat(q.flags()).doesNotContain(Flag.UNUSED_DISTRACTOR);
        }
    }
}

package org.sotcourseware.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.QuestionType;
import org.sotcourseware.quiz.QuestionResult.Correctness;

class GraderTest {

    static Question.Option opt(String id, boolean correct, String feedback) {
        return Question.Option.choice(id, "Option " + id, correct, feedback);
    }

    static Question choice(QuestionType type, double points, Question.Option... options) {
        return new Question("q", type, "Prompt", points, List.of(), List.of(options), List.of(), List.of(), null, "Because.", 1);
    }

    static Question numeric(double value, double tol, String unit, Question.Option... extra) {
        List<Question.Option> options = new java.util.ArrayList<>();
        options.add(new Question.Option("n1", value + " ± " + tol + " " + unit, true, "Right.", value, tol, unit));
        options.addAll(List.of(extra));
        return new Question("n", QuestionType.NUMERIC, "How many?", 1, List.of(), options, List.of(), List.of(), null, null, 1);
    }

    static Question text(String... accepted) {
        List<Question.Option> options = new java.util.ArrayList<>();
        for (int i = 0; i < accepted.length; i++) {
            options.add(Question.Option.choice("t" + i, accepted[i], true, null));
        }
        options.add(Question.Option.choice("w", "atlas", false, "The atlas is a vertebra."));
        return new Question("t", QuestionType.TEXT, "Name it", 1, List.of(), options, List.of(), List.of(), null, null, 1);
    }

    // ---- single / true-false ----

    @Test
    void single_choice_scores_full_points_only_for_the_correct_option() {
        Question q = choice(QuestionType.SINGLE, 2, opt("a", true, "Yes"), opt("b", false, "No: b"), opt("c", false, "No: c"));
        assertThat(Grader.grade(q, new Answer.Choice(Set.of("a")))).satisfies(r -> {
            assertThat(r.points()).isEqualTo(2);
            assertThat(r.correctness()).isEqualTo(Correctness.CORRECT);
            assertThat(r.feedback()).containsExactly("Yes");
        });
        assertThat(Grader.grade(q, new Answer.Choice(Set.of("b")))).satisfies(r -> {
            assertThat(r.points()).isZero();
            assertThat(r.correctness()).isEqualTo(Correctness.WRONG);
            assertThat(r.feedback()).containsExactly("No: b");
        });
    }

    @Test
    void ticking_every_option_of_a_single_choice_scores_nothing() {
        Question q = choice(QuestionType.SINGLE, 1, opt("a", true, null), opt("b", false, null));
        assertThat(Grader.grade(q, new Answer.Choice(Set.of("a", "b"))).points()).isZero();
    }

    @Test
    void an_empty_answer_is_unanswered_and_scores_zero() {
        Question q = choice(QuestionType.TRUEFALSE, 1, opt("t", true, null), opt("f", false, null));
        assertThat(Grader.grade(q, null).correctness()).isEqualTo(Correctness.UNANSWERED);
        assertThat(Grader.grade(q, new Answer.Choice(Set.of())).correctness()).isEqualTo(Correctness.UNANSWERED);
        assertThat(Grader.grade(q, new Answer.Choice(Set.of())).points()).isZero();
    }

    // ---- multiple response: points × max(0, c/C − w/W) ----

    @Test
    void multiple_response_gives_partial_credit_and_wrong_picks_cost() {
        Question q = choice(QuestionType.MULTIPLE, 2, opt("a", true, null), opt("b", true, null), opt("c", false, "Not c"), opt("d", false, null));
        assertThat(Grader.grade(q, new Answer.Choice(Set.of("a", "b"))).points()).isEqualTo(2);
        assertThat(Grader.grade(q, new Answer.Choice(Set.of("a"))).points()).isEqualTo(1);            // 2 × (1/2 − 0)
        assertThat(Grader.grade(q, new Answer.Choice(Set.of("a", "b", "c"))).points()).isEqualTo(1);  // 2 × (1 − 1/2)
        assertThat(Grader.grade(q, new Answer.Choice(Set.of("a", "c"))).points()).isZero();           // 2 × (1/2 − 1/2)
        assertThat(Grader.grade(q, new Answer.Choice(Set.of("a", "c"))).feedback()).containsExactly("Not c");
        assertThat(Grader.grade(q, new Answer.Choice(Set.of("a"))).correctness()).isEqualTo(Correctness.PARTIAL);
    }

    @Test
    void ticking_every_option_of_a_multiple_response_scores_nothing() {
        Question q = choice(QuestionType.MULTIPLE, 3, opt("a", true, null), opt("b", true, null), opt("c", false, null));
        assertThat(Grader.grade(q, new Answer.Choice(Set.of("a", "b", "c"))).points()).isZero();
    }

    @Test
    void multiple_response_without_wrong_options_does_not_divide_by_zero() {
        Question q = choice(QuestionType.MULTIPLE, 1, opt("a", true, null), opt("b", true, null));
        assertThat(Grader.grade(q, new Answer.Choice(Set.of("a"))).points()).isEqualTo(0.5);
    }

    // ---- numeric ----

    @Test
    void numeric_accepts_values_inside_the_tolerance_including_both_bounds() {
        Question q = numeric(15, 2, "mm");
        assertThat(Grader.grade(q, new Answer.Typed("13")).points()).isEqualTo(1);
        assertThat(Grader.grade(q, new Answer.Typed("17")).points()).isEqualTo(1);
        assertThat(Grader.grade(q, new Answer.Typed("15.5 mm")).points()).isEqualTo(1);
        assertThat(Grader.grade(q, new Answer.Typed("16,9")).points()).isEqualTo(1);
        assertThat(Grader.grade(q, new Answer.Typed("12.99")).points()).isZero();
        assertThat(Grader.grade(q, new Answer.Typed("17.01")).points()).isZero();
    }

    @Test
    void numeric_with_a_different_unit_is_wrong_and_non_numbers_are_explained() {
        Question q = numeric(15, 2, "mm");
        assertThat(Grader.grade(q, new Answer.Typed("15 cm")).points()).isZero();
        assertThat(Grader.grade(q, new Answer.Typed("fifteen")).feedback()).singleElement().asString().contains("is not a number");
    }

    @Test
    void numeric_exact_answers_and_anticipated_wrong_answers_get_their_feedback() {
        Question q = numeric(6, 0, "", new Question.Option("w", "60", false, "Check the unit.", 60.0, 0.0, null));
        assertThat(Grader.grade(q, new Answer.Typed("6")).points()).isEqualTo(1);
        assertThat(Grader.grade(q, new Answer.Typed("6.0001")).points()).isZero();
        assertThat(Grader.grade(q, new Answer.Typed("60")).feedback()).containsExactly("Check the unit.");
    }

    // ---- short text ----

    @Test
    void text_is_case_and_whitespace_insensitive() {
        Question q = text("occipital bone", "occiput");
        assertThat(Grader.grade(q, new Answer.Typed("  Occipital   BONE ")).points()).isEqualTo(1);
        assertThat(Grader.grade(q, new Answer.Typed("OCCIPUT")).points()).isEqualTo(1);
        assertThat(Grader.grade(q, new Answer.Typed("occipital")).points()).isZero();
    }

    @Test
    void text_compares_unicode_after_normalisation_but_keeps_accents() {
        Question q = text("ﬁbre", "Müller");
        assertThat(Grader.grade(q, new Answer.Typed("fibre")).points()).as("ligature folds").isEqualTo(1);
        assertThat(Grader.grade(q, new Answer.Typed("ＦＩＢＲＥ")).points()).as("full width folds").isEqualTo(1);
        assertThat(Grader.grade(q, new Answer.Typed("müller")).points()).isEqualTo(1);
        assertThat(Grader.grade(q, new Answer.Typed("muller")).points()).as("accents matter").isZero();
    }

    @Test
    void an_anticipated_wrong_text_answer_gets_its_feedback() {
        assertThat(Grader.grade(text("occiput"), new Answer.Typed("Atlas")).feedback()).containsExactly("The atlas is a vertebra.");
    }

    // ---- order and match ----

    @Test
    void ordering_scores_the_share_of_items_in_their_correct_position() {
        Question q = new Question("o", QuestionType.ORDER, "Order", 4, List.of(), List.of(),
                List.of(new Question.Item("1", "a"), new Question.Item("2", "b"), new Question.Item("3", "c"), new Question.Item("4", "d")),
                List.of(), null, null, 1);
        assertThat(Grader.grade(q, new Answer.Order(List.of("1", "2", "3", "4"))).points()).isEqualTo(4);
        assertThat(Grader.grade(q, new Answer.Order(List.of("1", "2", "4", "3"))).points()).isEqualTo(2);
        assertThat(Grader.grade(q, new Answer.Order(List.of("4", "3", "2", "1"))).points()).isZero();
    }

    @Test
    void matching_scores_the_share_of_correct_pairs() {
        Question q = new Question("m", QuestionType.MATCH, "Match", 3, List.of(), List.of(), List.of(),
                List.of(new Question.Pair("l1", "A", "r1", "1"), new Question.Pair("l2", "B", "r2", "2"), new Question.Pair("l3", "C", "r3", "3")),
                null, null, 1);
        assertThat(Grader.grade(q, new Answer.Match(Map.of("l1", "r1", "l2", "r2", "l3", "r3"))).points()).isEqualTo(3);
        assertThat(Grader.grade(q, new Answer.Match(Map.of("l1", "r1", "l2", "r3", "l3", "r2"))).points()).isEqualTo(1);
        assertThat(Grader.grade(q, new Answer.Match(Map.of("l1", "r1"))).points()).isEqualTo(1);
    }

    @Test
    void an_answer_of_the_wrong_kind_scores_zero() {
        Question q = choice(QuestionType.SINGLE, 1, opt("a", true, null), opt("b", false, null));
        assertThat(Grader.grade(q, new Answer.Typed("a")).points()).isZero();
    }
}

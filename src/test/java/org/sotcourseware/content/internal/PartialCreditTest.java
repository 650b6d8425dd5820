package org.sotcourseware.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.Quiz;
import org.sotcourseware.quiz.Answer;
import org.sotcourseware.quiz.Grader;
import org.sotcourseware.quiz.QuestionResult;

/**
 * Partly right answers in the quiz format ({@code - [ ] answer {credit=50%}}): read by the parser, graded by the grader,
 * and refused with a plain problem where they make no sense.
 */
class PartialCreditTest {

    private final QuizParser parser = new QuizParser(new MarkdownRenderer());

    private static final String HEAD = """
            ---
            id: m-quiz
            title: Test quiz
            ---

            # Test quiz

            """;

    private Quiz parse(String questions) {
        return parser.parse("m", "m/quiz.md", HEAD + questions, MarkdownRenderer.ImageResolver.NONE);
    }

    private static Question.Option option(Question q, String text) {
        return q.options().stream().filter(o -> o.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void a_partly_right_single_choice_option_earns_its_share_and_its_feedback() {
        Quiz quiz = parse("## Which block position? {#q-1 points=2}\n\n- [x] Under the acetabulum\n- [ ] Under the ilium {credit=50%}\n"
                + "  > Close: the position is lower.\n- [ ] Under the sacrum\n");
        assertThat(quiz.problems()).isEmpty();
        Question q = quiz.questions().getFirst();
        Question.Option half = option(q, "Under the ilium");
        assertThat(half.partial()).isTrue();
        assertThat(half.correct()).isFalse();
        assertThat(half.credit()).isEqualTo(0.5);
        assertThat(q.correctOptions()).extracting(Question.Option::text).containsExactly("Under the acetabulum");

        QuestionResult partly = Grader.grade(q, new Answer.Choice(Set.of(half.id())));
        assertThat(partly.points()).isEqualTo(1.0);
        assertThat(partly.correctness()).isEqualTo(QuestionResult.Correctness.PARTIAL);
        assertThat(partly.feedback()).containsExactly("Close: the position is lower.");
        assertThat(Grader.grade(q, new Answer.Choice(Set.of(option(q, "Under the acetabulum").id()))).points()).isEqualTo(2.0);
        assertThat(Grader.grade(q, new Answer.Choice(Set.of(option(q, "Under the sacrum").id()))).points()).isZero();
    }

    @Test
    void the_credit_marker_is_not_part_of_the_option_text_or_its_id() {
        Question with = parse("## Q {#q-1}\n\n- [x] Alpha\n- [ ] Beta {credit=25%}\n").questions().getFirst();
        Question without = parse("## Q {#q-1}\n\n- [x] Alpha\n- [ ] Beta\n").questions().getFirst();
        assertThat(option(with, "Beta").id()).isEqualTo(option(without, "Beta").id());
        assertThat(option(with, "Beta").credit()).isEqualTo(0.25);
        assertThat(option(without, "Beta").credit()).isZero();
    }

    @Test
    void a_partly_right_typed_answer_and_a_numeric_range_earn_their_share() {
        Quiz quiz = parse("## Name the bone {#q-t type=text}\n\n- [x] occiput\n- [ ] occipital {credit=50%}\n- [ ] sphenoid\n\n"
                + "## Wedge incline in degrees {#q-n type=numeric}\n\n- [x] 45 ± 1\n- [ ] 45 ± 10 {credit=40}\n- [ ] 90\n  > Vertical.\n");
        assertThat(quiz.problems()).isEmpty();
        Question text = quiz.questions().get(0);
        Question numeric = quiz.questions().get(1);
        assertThat(Grader.grade(text, new Answer.Typed("  Occipital ")).points()).isEqualTo(0.5);
        assertThat(Grader.grade(text, new Answer.Typed("occiput")).points()).isEqualTo(1.0);
        assertThat(Grader.grade(text, new Answer.Typed("sphenoid")).points()).isZero();
        assertThat(Grader.grade(numeric, new Answer.Typed("45.5")).points()).isEqualTo(1.0);
        assertThat(Grader.grade(numeric, new Answer.Typed("53")).points()).isEqualTo(0.4);
        assertThat(Grader.grade(numeric, new Answer.Typed("90")).points()).isZero();
        assertThat(Grader.grade(numeric, new Answer.Typed("90")).feedback()).containsExactly("Vertical.");
    }

    @Test
    void credit_where_it_cannot_apply_is_a_problem_on_the_options_line() {
        Quiz quiz = parse("## Pick all {#q-m type=multiple}\n\n- [x] a\n- [x] b\n- [ ] c {credit=50%}\n\n"
                + "## Pick one {#q-s}\n\n- [x] a {credit=50%}\n- [ ] b\n\n"
                + "## Pick again {#q-r}\n\n- [x] a\n- [ ] b {credit=150%}\n- [ ] c {credit=half}\n");
        assertThat(quiz.problems()).extracting(ContentProblem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith("m/quiz.md:12:").contains("multiple question 'q-m'").contains("only single-choice, numeric and text"),
                p -> assertThat(p).startsWith("m/quiz.md:16:").contains("correct option in 'q-s'"),
                p -> assertThat(p).startsWith("m/quiz.md:22:").contains("credit '150%'").contains("between 1 and 99"),
                p -> assertThat(p).startsWith("m/quiz.md:23:").contains("credit 'half'"));
    }

    @Test
    void an_option_without_credit_keeps_all_or_nothing() {
        Question q = parse("## Q {#q-1}\n\n- [x] Alpha\n- [ ] Beta\n").questions().getFirst();
        assertThat(option(q, "Alpha").credit()).isEqualTo(1.0);
        assertThat(option(q, "Beta").partial()).isFalse();
    }
}

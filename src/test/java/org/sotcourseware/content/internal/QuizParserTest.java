package org.sotcourseware.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.QuestionType;
import org.sotcourseware.content.Quiz;
import org.sotcourseware.content.QuizSettings;

class QuizParserTest {

    private final QuizParser parser = new QuizParser(new MarkdownRenderer());

    private Quiz parse(String text) {
        return parser.parse("m", "m/quiz.md", text, MarkdownRenderer.ImageResolver.NONE);
    }

    private static final String HEAD = """
            ---
            id: m-quiz
            title: Test quiz
            ---

            # Test quiz

            """;

    @Test
    void the_full_example_in_the_authoring_guide_parses_into_all_seven_types() throws Exception {
        String guide = Files.readString(Path.of("docs/authoring.md"));
        Matcher m = Pattern.compile("### Full example\\s+```markdown\\n(.*?)\\n```\\n", Pattern.DOTALL).matcher(guide);
        assertThat(m.find()).as("the guide has its full example").isTrue();
        Quiz quiz = parse(m.group(1));
        assertThat(quiz.problems()).isEmpty();
        assertThat(quiz.questions()).extracting(Question::type).containsExactly(QuestionType.SINGLE, QuestionType.MULTIPLE,
                QuestionType.TRUEFALSE, QuestionType.NUMERIC, QuestionType.TEXT, QuestionType.ORDER, QuestionType.MATCH);
        Question single = quiz.questions().getFirst();
        assertThat(single.id()).isEqualTo("q-ex-01");
        assertThat(single.correctOptions()).extracting(Question.Option::text).containsExactly("The sacrum");
        assertThat(single.options().get(1).feedback()).contains("coccyx is below the sacrum");
        assertThat(single.hint()).contains("named after it");
        assertThat(single.explanation()).contains("two ends of the spine");
        assertThat(quiz.questions().get(1).points()).isEqualTo(2);
        Question numeric = quiz.questions().get(3);
        assertThat(numeric.correctOptions().getFirst()).satisfies(o -> {
            assertThat(o.value()).isEqualTo(6.0);
            assertThat(o.tolerance()).isEqualTo(1.0);
            assertThat(o.unit()).isEqualTo("mm");
        });
        assertThat(quiz.questions().get(5).items()).extracting(Question.Item::text)
                .containsExactly("Assess the indicators", "Place the blocks", "Reassess");
        assertThat(quiz.questions().get(6).pairs()).extracting(Question.Pair::left)
                .containsExactly("Category One", "Category Two", "Category Three");
        assertThat(quiz.settings().attempts()).isNull();
        assertThat(quiz.settings().feedback()).isEqualTo(QuizSettings.FeedbackMode.AFTER_SUBMISSION);
    }

    @Test
    void option_ids_are_stable_when_options_are_reordered() {
        Quiz a = parse(HEAD + "## Q {#q-1}\n\n- [x] Alpha\n- [ ] Beta\n  > no\n");
        Quiz b = parse(HEAD + "## Q {#q-1}\n\n- [ ] Beta\n  > no\n- [x] Alpha\n");
        assertThat(a.questions().getFirst().correctOptions().getFirst().id()).isEqualTo(b.questions().getFirst().correctOptions().getFirst().id());
    }

    @Test
    void a_choice_question_with_no_correct_option_is_reported_at_its_heading() {
        assertThat(parse(HEAD + "## Pick {#q-1}\n\n- [ ] a\n- [ ] b\n").problems()).extracting(ContentProblem::toString)
                .containsExactly("m/quiz.md:8: question 'q-1' has no correct option: mark it - [x]");
    }

    @Test
    void a_single_choice_with_two_correct_options_is_reported() {
        assertThat(parse(HEAD + "\n\n## Pick {#q-1 type=single}\n\n- [x] a\n- [x] b\n").problems()).extracting(ContentProblem::toString)
                .containsExactly("m/quiz.md:10: single-choice question 'q-1' has 2 correct options: mark one, or add type=multiple");
    }

    @Test
    void duplicate_question_ids_are_reported_at_the_second() {
        assertThat(parse(HEAD + "## A {#q-1}\n\n- [x] a\n- [ ] b\n\n## B {#q-1}\n\n- [x] a\n- [ ] b\n").problems())
                .extracting(ContentProblem::toString).containsExactly("m/quiz.md:13: question id 'q-1' is used twice in this quiz");
    }

    @Test
    void bad_numeric_answers_and_negative_tolerances_are_reported_at_the_answer_line() {
        assertThat(parse(HEAD + "## N {#q-1 type=numeric}\n\n- [x] fifteen\n- [ ] 15 ± -2 mm\n").problems())
                .extracting(ContentProblem::toString).containsExactly(
                        "m/quiz.md:10: numeric answer 'fifteen' in 'q-1' is not a number: write it as 15, 15 mm or 15 ± 2 mm",
                        "m/quiz.md:11: numeric answer '15 ± -2 mm' in 'q-1' has a negative tolerance");
    }

    @Test
    void an_unknown_type_is_reported() {
        assertThat(parse(HEAD + "## Q {#q-1 type=essay}\n\n- [x] a\n").problems()).extracting(ContentProblem::toString)
                .containsExactly("m/quiz.md:8: unknown question type 'essay': use single, multiple, truefalse, numeric, text, order or match");
    }

    @Test
    void drawing_more_questions_than_the_pool_holds_is_reported_at_the_setting() {
        String text = "---\nid: m-quiz\ndraw: 3\ndraw-tags: [pelvis]\n---\n\n## A {#q-1 tags=pelvis}\n\n- [x] a\n- [ ] b\n\n"
                + "## B {#q-2 tags=cranial}\n\n- [x] a\n- [ ] b\n";
        assertThat(parse(text).problems()).extracting(ContentProblem::toString)
                .containsExactly("m/quiz.md:3: draw 3 is larger than the pool of 1 questions tagged pelvis");
    }

    @Test
    void a_heading_without_an_id_and_bad_settings_are_reported() {
        String text = "---\nid: m-quiz\npass-mark: 120\ngrading: best\nfeedback: sometimes\n---\n\n## No id here\n\n- [x] a\n- [ ] b\n";
        assertThat(parse(text).problems()).extracting(ContentProblem::toString).containsExactly(
                "m/quiz.md:3: 'pass-mark' must be a percentage from 0 to 100",
                "m/quiz.md:4: 'grading' must be one of highest, last, average, first, not 'best'",
                "m/quiz.md:5: 'feedback' must be one of after-each, after-submission, after-pass, not 'sometimes'",
                "m/quiz.md:8: question 'No id here' has no id: end the heading with {#q-...}");
    }

    @Test
    void malformed_match_and_short_order_lists_are_reported() {
        assertThat(parse(HEAD + "## M {#q-1 type=match}\n\n- A -> 1\n- B without arrow\n").problems()).extracting(ContentProblem::toString)
                .containsExactly("m/quiz.md:11: match item 'B without arrow' must be written 'left -> right'",
                        "m/quiz.md:8: match question 'q-1' needs at least two pairs");
        assertThat(parse(HEAD + "## O {#q-1 type=order}\n\n1. Only one\n").problems()).extracting(ContentProblem::message)
                .containsExactly("order question 'q-1' needs at least two items");
    }

    @Test
    void true_false_is_recognised_and_settings_are_read() {
        Quiz q = parse("---\nid: m-quiz\npass-mark: 80\nattempts: 2\ngrading: average\nshuffle-questions: true\ntime-limit: 15\n"
                + "feedback: after-each\n---\n\n## The sky is green. {#q-1}\n\n- [ ] True\n  > It is not.\n- [x] False\n");
        assertThat(q.problems()).isEmpty();
        assertThat(q.questions().getFirst().type()).isEqualTo(QuestionType.TRUEFALSE);
        assertThat(q.settings()).isEqualTo(new QuizSettings(80, 2, QuizSettings.GradingMethod.AVERAGE, true, false, null,
                java.util.List.of(), 15, QuizSettings.FeedbackMode.AFTER_EACH));
    }
}

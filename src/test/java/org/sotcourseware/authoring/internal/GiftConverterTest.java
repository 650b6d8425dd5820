package org.sotcourseware.authoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sotcourseware.authoring.internal.GiftConverter.Converted;
import org.sotcourseware.authoring.internal.GiftConverter.Note;
import org.sotcourseware.authoring.internal.GiftConverter.Result;
import org.sotcourseware.authoring.internal.GiftConverter.Skipped;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.QuestionType;
import org.sotcourseware.content.Quiz;
import org.sotcourseware.content.internal.ContentFixture;
import org.sotcourseware.content.internal.ContentLoader;
import org.sotcourseware.content.internal.MarkdownRenderer;
import org.sotcourseware.quiz.Answer;
import org.sotcourseware.quiz.Grader;

class GiftConverterTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/gift/category-one.gift");

    @TempDir
    Path dir;

    private static Result convert(String gift) {
        return GiftConverter.convert(gift, "q-gift-", Set.of(), "o-blocking");
    }

    /** Converts GIFT that must give exactly one question, and parses it as part of a quiz file. */
    private Question single(String gift) {
        Result r = convert(gift);
        assertThat(r.skipped()).as("skipped").isEmpty();
        assertThat(r.converted()).hasSize(1);
        return quiz(r.markdown()).questions().getFirst();
    }

    /**
     * The converted sections placed after a valid front matter, title and introduction, loaded by the
     * content loader (and so parsed by the real QuizParser), which must find no problem at all.
     */
    private Quiz quiz(String questions) {
        return quiz(questions, false);
    }

    /**
     * As {@link #quiz(String)}; with {@code repeatsAllowed}, questions that share a stem are not a problem (tests of
     * ids and of arbitrary input convert the same text many times, which a real quiz must not).
     */
    private Quiz quiz(String questions, boolean repeatsAllowed) {
        ContentFixture.standard(dir).file("a/module.md", """
                ---
                id: a
                title: A
                summary: A summary.
                hours: 4
                outcomes:
                  - id: o-blocking
                    text: Describe something.
                ---

                # A

                Overview.
                """).file("a/quiz.md", """
                ---
                id: a-quiz
                title: Imported questions
                ---

                # Imported questions

                Questions imported from a Moodle GIFT file.

                """ + questions);
        Curriculum c = new ContentLoader(new MarkdownRenderer()).load(dir);
        assertThat(c.problems()).extracting(ContentProblem::toString).as("problems in\n" + questions)
                .filteredOn(p -> !(repeatsAllowed && p.contains("has the same stem as"))).isEmpty();
        return Objects.requireNonNull(c.module("a").orElseThrow().quiz());
    }

    private static List<String> texts(List<Question.Option> options) {
        return options.stream().map(Question.Option::text).toList();
    }

    private static List<String> correct(Question q) {
        return texts(q.correctOptions());
    }

    private static Question.Option option(Question q, String text) {
        return q.options().stream().filter(o -> o.text().equals(text)).findFirst().orElseThrow();
    }

    // --- the fixture as a whole

    @Test
    void every_construct_in_the_fixture_is_converted_or_skipped_at_the_line_it_starts_on() throws Exception {
        Result r = GiftConverter.convert(Files.readString(FIXTURE), "q-c1-gift-", Set.of("q-c1-gift-02"), "o-blocking");

        assertThat(r.converted()).extracting(Converted::line, Converted::id, Converted::type).containsExactly(
                tuple(7, "q-c1-gift-01", QuestionType.SINGLE),
                tuple(15, "q-c1-gift-03", QuestionType.MULTIPLE),
                tuple(23, "q-c1-gift-04", QuestionType.TRUEFALSE),
                tuple(26, "q-c1-gift-05", QuestionType.TRUEFALSE),
                tuple(28, "q-c1-gift-06", QuestionType.TRUEFALSE),
                tuple(30, "q-c1-gift-07", QuestionType.TRUEFALSE),
                tuple(33, "q-c1-gift-08", QuestionType.TEXT),
                tuple(36, "q-c1-gift-09", QuestionType.NUMERIC),
                tuple(39, "q-c1-gift-10", QuestionType.NUMERIC),
                tuple(42, "q-c1-gift-11", QuestionType.NUMERIC),
                tuple(48, "q-c1-gift-12", QuestionType.MATCH),
                tuple(55, "q-c1-gift-13", QuestionType.SINGLE),
                tuple(58, "q-c1-gift-14", QuestionType.SINGLE),
                tuple(63, "q-c1-gift-15", QuestionType.SINGLE),
                tuple(69, "q-c1-gift-16", QuestionType.SINGLE),
                tuple(74, "q-c1-gift-17", QuestionType.SINGLE),
                tuple(77, "q-c1-gift-18", QuestionType.TRUEFALSE));
        assertThat(r.converted().getFirst().title()).isEqualTo("Short-leg block");
        assertThat(r.converted().get(2).title()).startsWith("Radiostereometric studies found");

        assertThat(r.skipped()).extracting(Skipped::line).containsExactly(80, 83, 86, 89, 92, 95);
        assertThat(r.skipped()).extracting(Skipped::reason).satisfiesExactly(
                s -> assertThat(s).startsWith("essay"),
                s -> assertThat(s).startsWith("description"),
                s -> assertThat(s).isEqualTo("numeric question with no 100% answer"),
                s -> assertThat(s).startsWith("multiple choice with no correct answer"),
                s -> assertThat(s).isEqualTo("matching with fewer than 2 pairs (it has 1)"),
                s -> assertThat(s).isEqualTo("syntax error: '{' is never closed with '}'"));
        assertThat(r.skipped().getFirst().excerpt()).isEqualTo("Describe how you would explain blocking to an anxious patie…");
        assertThat(r.skipped().get(3).excerpt()).isEqualTo("Which one? {~a ~b ~c}");

        assertThat(r.notes()).extracting(Note::line).containsExactly(15, 77); // 42's partial answer is kept as credit now
    }

    @Test
    void the_converted_fixture_parses_with_no_problems_and_keeps_types_answers_feedback_and_tolerances() throws Exception {
        Result r = GiftConverter.convert(Files.readString(FIXTURE), "q-c1-gift-", Set.of(), "o-blocking");
        Quiz quiz = quiz(r.markdown());
        List<Question> qs = quiz.questions();

        assertThat(qs).extracting(Question::id).containsExactlyElementsOf(r.converted().stream().map(Converted::id).toList());
        assertThat(qs).extracting(Question::type).containsExactlyElementsOf(r.converted().stream().map(Converted::type).toList());

        Question blocks = qs.getFirst();
        assertThat(blocks.prompt()).isEqualTo("**In the typical prone arrangement, where does the block on the short-leg side go?**");
        assertThat(correct(blocks)).containsExactly("Under the acetabulum and greater trochanter");
        assertThat(option(blocks, "Under the ASIS").feedback()).isEqualTo("That block belongs on the long-leg side.");
        assertThat(blocks.explanation()).startsWith("Lesson 4 describes");
        assertThat(blocks.tags()).containsExactly("blocking");

        Question findings = qs.get(1);
        assertThat(correct(findings)).containsExactly("A locked pelvis without side-sway", "A first rib that moves freely");
        assertThat(option(findings, "An antalgic posture").feedback()).as("no feedback is invented").isNull();

        Question radiostereometry = qs.get(2);
        assertThat(correct(radiostereometry)).containsExactly("False");
        assertThat(option(radiostereometry, "True").feedback()).isEqualTo("Only very small movements were measured.");
        assertThat(option(radiostereometry, "False").feedback()).isEqualTo("Correct: the movements were small.");

        assertThat(correct(qs.get(6))).containsExactly("occipital fibres", "occipital fibers");

        assertThat(qs.get(7).correctOptions()).singleElement().satisfies(o -> {
            assertThat(o.value()).isEqualTo(45.0);
            assertThat(o.tolerance()).isEqualTo(1.0);
        });
        assertThat(qs.get(8).correctOptions()).singleElement().satisfies(o -> {
            assertThat(o.value()).isEqualTo(3.0);
            assertThat(o.tolerance()).isEqualTo(2.0);
        });
        assertThat(qs.get(9).correctOptions()).singleElement().satisfies(o -> {
            assertThat(o.value()).isEqualTo(45.0);
            assertThat(o.tolerance()).isEqualTo(0.0);
            assertThat(o.feedback()).isEqualTo("Exactly right.");
        });
        assertThat(qs.get(9).options()).extracting(Question.Option::text, Question.Option::credit)
                .containsExactly(tuple("45", 1.0), tuple("45 ± 5", 0.5));

        assertThat(qs.get(10).pairs()).extracting(Question.Pair::left, Question.Pair::right).containsExactly(
                tuple("Occipital fibres", "Reflex indicators used in CMRT"),
                tuple("Arm-fossa test", "Identifying Category Two"),
                tuple("Functional short leg", "Deciding Category One block placement"));

        assertThat(qs.get(11).prompt()).contains("sacroiliac joint's _____ part is restricted.");
        assertThat(correct(qs.get(11))).containsExactly("motion-related");

        assertThat(texts(qs.get(12).options())).containsExactly("\\{a, b\\}", "a \\~ b", "a = b", "a: b");

        Question html = qs.get(13);
        assertThat(html.prompt()).isEqualTo("**Which finding means you should not block today & refer instead?**");
        assertThat(html.tags()).containsExactly("safety-red-flags");
        assertThat(correct(html)).containsExactly("*New* saddle numbness");
        assertThat(option(html, "*New* saddle numbness").feedback()).isEqualTo("**Correct.** Possible cauda equina syndrome.");

        assertThat(qs.get(16).prompt()).isEqualTo("**Blocking is low force, so it is safe for every patient.**");
        assertThat(correct(qs.get(16))).containsExactly("False");
    }

    @Test
    void the_example_import_in_the_authoring_guide_gives_exactly_the_markdown_it_shows() throws Exception {
        String guide = Files.readString(Path.of("docs/authoring.md"));
        Matcher m = Pattern.compile("### Example import\\s+```text\\n(.*?)```\\n.*?```markdown\\n(.*?)```\\n", Pattern.DOTALL).matcher(guide);
        assertThat(m.find()).as("the guide has its GIFT example").isTrue();
        Result r = GiftConverter.convert(m.group(1), "q-c1-gift-", Set.of(), "o-blocking");
        assertThat(r.markdown()).isEqualTo(m.group(2));
        assertThat(r.skipped()).singleElement().satisfies(s -> {
            assertThat(s.line()).isEqualTo(14);
            assertThat(s.reason()).startsWith("essay");
        });
        quiz(r.markdown());
    }

    // --- question types

    @Test
    void one_equals_answer_makes_a_single_choice_question_with_the_feedback_of_each_option() {
        Question q = single("Which bone is at the base of the spine? {=The sacrum#Yes. ~The coccyx#It is below the sacrum. ~The atlas}");
        assertThat(q.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(texts(q.options())).containsExactly("The sacrum", "The coccyx", "The atlas");
        assertThat(correct(q)).containsExactly("The sacrum");
        assertThat(q.options()).extracting(Question.Option::feedback).containsExactly("Yes.", "It is below the sacrum.", null);
    }

    @Test
    void weighted_answers_make_a_multiple_response_question_and_a_note_says_our_partial_credit_rule_replaces_the_weights() {
        String gift = "Select the Category Two findings. {~%50%Inguinal tenderness ~%50%Arm-fossa test positive ~%-50%Locked pelvis ~Heel tension}";
        Result r = convert(gift);
        Question q = quiz(r.markdown()).questions().getFirst();
        assertThat(q.type()).isEqualTo(QuestionType.MULTIPLE);
        assertThat(correct(q)).containsExactly("Inguinal tenderness", "Arm-fossa test positive");
        assertThat(r.notes()).singleElement().satisfies(n -> {
            assertThat(n.line()).isEqualTo(1);
            assertThat(n.message()).contains("50%, 50%, -50%").contains("partial-credit rule");
        });
    }

    @Test
    void a_partial_weight_in_a_single_choice_question_becomes_the_options_credit_and_grades_as_moodle_does() {
        Result r = convert("Pick one. {=Right ~%50%Half right ~%33.33333%A third right ~Wrong ~%-25%Costly}");
        assertThat(r.markdown()).contains("- [ ] Half right {credit=50%}").contains("- [ ] A third right {credit=33.33333%}");
        Question q = quiz(r.markdown()).questions().getFirst();
        assertThat(q.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(correct(q)).containsExactly("Right");
        assertThat(option(q, "Half right").credit()).isEqualTo(0.5);
        assertThat(Grader.grade(q, new Answer.Choice(Set.of(option(q, "Half right").id()))).points()).isEqualTo(0.5);
        assertThat(Grader.grade(q, new Answer.Choice(Set.of(option(q, "A third right").id()))).points()).isEqualTo(0.33);
        assertThat(Grader.grade(q, new Answer.Choice(Set.of(option(q, "Wrong").id()))).points()).isZero();
        // a negative weight has no equivalent (a wrong option scores 0): noted
        assertThat(r.notes()).extracting(Note::message).singleElement().asString().contains("-25%").contains("Costly");
    }

    @ParameterizedTest
    @CsvSource({"T, True", "TRUE, True", "F, False", "FALSE, False"})
    void every_spelling_of_true_and_false_makes_a_true_false_question(String word, String answer) {
        Question q = single("Category One is a pelvic torsion. {" + word + "}");
        assertThat(q.type()).isEqualTo(QuestionType.TRUEFALSE);
        assertThat(texts(q.options())).containsExactly("True", "False");
        assertThat(correct(q)).containsExactly(answer);
        assertThat(q.options()).extracting(Question.Option::feedback).containsOnlyNulls();
    }

    @Test
    void true_false_feedback_for_the_wrong_answer_goes_on_the_wrong_option_and_for_the_right_answer_on_the_right_one() {
        Question q = single("Blocks are placed while the patient breathes. {T#No: breathing is part of it.#Yes: slow breathing.}");
        assertThat(option(q, "True").correct()).isTrue();
        assertThat(option(q, "True").feedback()).isEqualTo("Yes: slow breathing.");
        assertThat(option(q, "False").feedback()).isEqualTo("No: breathing is part of it.");
    }

    @Test
    void short_answer_keeps_every_accepted_answer_and_zero_weight_answers_as_anticipated_wrong_ones() {
        Result r = convert("Name the bone at the base of the skull. {=occiput =occipital bone#Also right. =%0%sphenoid#That is in front. =%50%occipital}");
        Question q = quiz(r.markdown()).questions().getFirst();
        assertThat(q.type()).isEqualTo(QuestionType.TEXT);
        assertThat(correct(q)).containsExactly("occiput", "occipital bone");
        assertThat(option(q, "occipital bone").feedback()).isEqualTo("Also right.");
        assertThat(option(q, "sphenoid").correct()).isFalse();
        assertThat(option(q, "sphenoid").feedback()).isEqualTo("That is in front.");
        assertThat(option(q, "occipital").credit()).isEqualTo(0.5);
        assertThat(Grader.grade(q, new Answer.Typed("Occipital")).points()).isEqualTo(0.5);
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void typed_answers_are_written_exactly_as_students_must_type_them() {
        Question q = single("Which function name? {=snake_case_name =a*b}");
        assertThat(correct(q)).containsExactly("snake_case_name", "a*b");
    }

    @Test
    void a_numeric_tolerance_becomes_plus_or_minus() {
        Question q = single("Leg-length difference in mm? {#6.5:0.25}");
        assertThat(q.type()).isEqualTo(QuestionType.NUMERIC);
        assertThat(q.correctOptions()).singleElement().satisfies(o -> {
            assertThat(o.text()).isEqualTo("6.5 ± 0.25");
            assertThat(o.value()).isEqualTo(6.5);
            assertThat(o.tolerance()).isEqualTo(0.25);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"1..5; 3 ± 2", "0.1..0.3; 0.2 ± 0.1", "-5..-1; -3 ± 2", "2..2; 2", "1e1..20; 15 ± 5"})
    void a_numeric_range_becomes_its_midpoint_with_half_the_range_as_tolerance(String range, String expected) {
        Question q = single("A number? {#" + range + "}");
        assertThat(texts(q.correctOptions())).containsExactly(expected);
    }

    @Test
    void numeric_keeps_full_and_partial_credit_answers_and_zero_weight_ones_for_feedback_and_notes_what_was_dropped() {
        Result r = convert("""
                Incline of the wedges in degrees? {#
                  =45:1 # Right.
                  =%50%45:10 # Close.
                  =%0%90 # That would be a vertical block.
                  ~ # Look at Lesson 4 again.
                }""");
        Question q = quiz(r.markdown()).questions().getFirst();
        assertThat(texts(q.options())).containsExactly("45 ± 1", "45 ± 10", "90");
        assertThat(option(q, "45 ± 1").feedback()).isEqualTo("Right.");
        assertThat(option(q, "45 ± 10").credit()).isEqualTo(0.5);
        assertThat(option(q, "90").correct()).isFalse();
        assertThat(option(q, "90").feedback()).isEqualTo("That would be a vertical block.");
        assertThat(Grader.grade(q, new Answer.Typed("45.5")).points()).isEqualTo(1);
        assertThat(Grader.grade(q, new Answer.Typed("52")).points()).isEqualTo(0.5);
        assertThat(Grader.grade(q, new Answer.Typed("52")).feedback()).containsExactly("Close.");
        assertThat(Grader.grade(q, new Answer.Typed("90")).points()).isZero();
        assertThat(r.notes()).extracting(Note::message).singleElement().asString().contains("Look at Lesson 4 again.");
    }

    @Test
    void matching_pairs_become_a_match_list_and_a_distractor_is_dropped_with_a_note() {
        Result r = convert("""
                Match each category with its description. {
                  =Category One -> Pelvic torsion
                  =Category Two -> Weight-bearing sacroiliac joint
                  =Category Three -> Lumbar disc and nerve root
                  = -> A cranial fault
                }""");
        Question q = quiz(r.markdown()).questions().getFirst();
        assertThat(q.type()).isEqualTo(QuestionType.MATCH);
        assertThat(q.pairs()).extracting(Question.Pair::left).containsExactly("Category One", "Category Two", "Category Three");
        assertThat(q.pairs()).extracting(Question.Pair::right).containsExactly("Pelvic torsion", "Weight-bearing sacroiliac joint",
                "Lumbar disc and nerve root");
        assertThat(r.notes()).extracting(Note::message).singleElement().asString().contains("distractor");
    }

    @Test
    void matching_with_two_pairs_is_converted() {
        Question q = single("Match. {=Sacrum -> Base of the spine =Occiput -> Base of the skull}");
        assertThat(q.pairs()).hasSize(2);
    }

    @Test
    void a_missing_word_question_puts_a_blank_where_the_answer_block_was() {
        Question q = single("Grant is {~buried =entombed ~living} in Grant's tomb.");
        assertThat(q.prompt()).isEqualTo("**Grant is _____ in Grant's tomb.**");
        Question text = single("Two plus {=two =2} equals four.");
        assertThat(text.type()).isEqualTo(QuestionType.TEXT);
        assertThat(text.prompt()).contains("Two plus _____ equals four.");
        Question spread = single("""
                The sacrum sits at the {
                  =base
                  ~top
                } of the spine.""");
        assertThat(spread.prompt()).isEqualTo("**The sacrum sits at the _____ of the spine.**");
    }

    @Test
    void general_feedback_becomes_the_explanation_and_an_explicit_newline_a_new_paragraph() {
        Question q = single("Pick. {=a ~b ####First paragraph.\\nSecond paragraph.}");
        assertThat(q.explanation()).isEqualTo("First paragraph.\n\nSecond paragraph.");
        assertThat(q.options()).extracting(Question.Option::feedback).containsOnlyNulls();
    }

    @Test
    void an_explicit_newline_in_the_question_text_starts_the_body_below_the_heading() {
        Question q = single("A 52-year-old has a sudden headache.\\nWhat do you do? {=Refer ~Block}");
        assertThat(q.prompt()).isEqualTo("**A 52-year-old has a sudden headache.**\n\nWhat do you do?");
    }

    @Test
    void the_title_is_not_written_unless_the_question_has_no_text_of_its_own() {
        Result titled = convert("::Sacrum::Which bone? {=sacrum ~coccyx}");
        assertThat(titled.markdown()).doesNotContain("Sacrum");
        assertThat(titled.converted().getFirst().title()).isEqualTo("Sacrum");
        assertThat(titled.notes()).isEmpty();

        Result untitledText = convert("::Blocks are low force::{T}");
        Question q = quiz(untitledText.markdown()).questions().getFirst();
        assertThat(q.prompt()).isEqualTo("**Blocks are low force**");
        assertThat(untitledText.notes()).extracting(Note::message).singleElement().asString().contains("is used as the prompt");
    }

    @Test
    void a_category_tags_the_questions_that_follow_with_the_slug_of_its_last_segment() {
        Result r = convert("""
                Before any category. {T}

                $CATEGORY: $course$/top/Cranial/Sutures & Fontanelles

                First. {T}

                Second. {F}

                $CATEGORY: Paediatrics/Évaluation du nourrisson
                // a comment inside the category's block
                Third, in the same block as the category. {T}

                $CATEGORY: $course$/top

                Fourth, under Moodle's root category. {T}
                """);
        Quiz quiz = quiz(r.markdown());
        assertThat(quiz.questions()).extracting(Question::tags).containsExactly(List.of(), List.of("sutures-fontanelles"),
                List.of("sutures-fontanelles"), List.of("evaluation-du-nourrisson"), List.of());
        assertThat(r.converted()).extracting(Converted::line).containsExactly(1, 5, 7, 11, 15);
    }

    @Test
    void comment_lines_are_ignored_and_line_numbers_count_every_line() {
        Result r = convert("""
                // a comment before the question
                // and another
                Which bone? {
                  // a comment between answers
                  =sacrum
                  ~coccyx
                }

                // a comment block on its own

                Second? {T}
                """);
        assertThat(r.converted()).extracting(Converted::line).containsExactly(3, 11);
        Question q = quiz(r.markdown()).questions().getFirst();
        assertThat(texts(q.options())).containsExactly("sacrum", "coccyx");
        assertThat(r.markdown()).doesNotContain("comment");
    }

    @Test
    void escaped_special_characters_are_literal_text_and_are_not_read_as_syntax() {
        Result r = convert("::Title\\: with colon::Is 1 \\= 1 \\{always\\} \\# \\~? {=yes\\=indeed#feedback with \\# and \\~ ~no \\\\ way}");
        assertThat(r.converted()).extracting(Converted::title).containsExactly("Title: with colon");
        Question q = quiz(r.markdown()).questions().getFirst();
        assertThat(q.prompt()).isEqualTo("**Is 1 = 1 \\{always\\} # \\~?**");
        assertThat(texts(q.options())).containsExactly("yes=indeed", "no \\\\ way");
        assertThat(q.options().getFirst().feedback()).isEqualTo("feedback with # and \\~");
        assertThat(new MarkdownRenderer().render(q.prompt(), MarkdownRenderer.ImageResolver.NONE).document().html())
                .contains("Is 1 = 1 {always} # ~?");
    }

    @Test
    void html_becomes_markdown_with_bold_and_italic_kept_entities_decoded_and_other_tags_dropped() {
        Result r = convert("""
                [html]<p>Which sign calls for <strong>same-day</strong> referral &amp; <span class="x">no</span> blocking?</p><p>Choose <em>one</em>.</p>{
                  =<a href\\="http\\://example.org">Saddle</a> numbness&nbsp;and <b>urinary</b> retention#<b>Right:</b> cauda equina.
                  ~Neck tension <script>alert(1)</script>
                  ####<ul><li>Lesson 6</li><li>Red flags</li></ul>
                }""");
        Question q = quiz(r.markdown()).questions().getFirst();
        assertThat(q.prompt()).isEqualTo("**Which sign calls for same-day referral & no blocking?**\n\nChoose *one*.");
        // a web link is kept as a Markdown link (it was dropped before, without a note)
        assertThat(texts(q.options())).containsExactly("[Saddle](http://example.org) numbness and **urinary** retention", "Neck tension");
        assertThat(q.options().getFirst().feedback()).isEqualTo("**Right:** cauda equina.");
        assertThat(q.explanation()).isEqualTo("Lesson 6\n\nRed flags");
        assertThat(r.markdown()).doesNotContain("<", "script", "alert", "&amp;");
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void an_image_in_html_is_left_out_with_a_note() {
        Result r = convert("[html]Which view is shown? <img src=\"x.png\" alt=\"pelvis\"> {=AP ~Lateral}");
        assertThat(quiz(r.markdown()).questions().getFirst().prompt()).isEqualTo("**Which view is shown?**");
        assertThat(r.notes()).singleElement().satisfies(n -> {
            assertThat(n.line()).isEqualTo(1);
            assertThat(n.message()).contains("<img>");
        });
    }

    @Test
    void markdown_text_is_kept_as_markdown_and_plain_and_moodle_text_is_escaped() {
        Question md = single("[markdown]Which is a *red flag*?\\n- a list\\n- kept {=**Double** vision ~Stiffness}");
        assertThat(md.prompt()).as("the list is written with * so it cannot join the options")
                .isEqualTo("**Which is a *red flag*?**\n\n* a list\n* kept");
        assertThat(correct(md)).containsExactly("**Double** vision");

        Question plain = single("[plain]Is 2*3*4 = 24 <b>really</b>? {=[moodle]Yes, *always* ~No}");
        assertThat(plain.prompt()).isEqualTo("**Is 2\\*3\\*4 = 24 \\<b>really\\</b>?**");
        assertThat(correct(plain)).containsExactly("Yes, \\*always\\*");
    }

    @Test
    void markdown_structure_in_gift_text_cannot_break_the_quiz_file() {
        Result r = convert("""
                First line\\n## Not a question \\{#q-evil\\}\\n- [x] not an option\\n---\\n> **Explanation:** not mine\\n1. not a list {
                  =- [x] looks like a task # ## not a heading
                  ~> quoted # ---
                }""");
        Quiz quiz = quiz(r.markdown());
        assertThat(quiz.questions()).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo("q-gift-01");
            assertThat(q.options()).hasSize(2);
            assertThat(q.correctOptions()).hasSize(1);
            assertThat(q.explanation()).isNull();
            assertThat(q.prompt()).contains("Not a question").contains("not an option").contains("not a list");
        });
    }

    // --- what is skipped, and where

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Describe blocking to a patient. {}| essay",
            "Describe blocking to a patient. {####Model answer: ...}| essay",
            "Section two: safety.| description",
            "How many? {#=%50%3:1 =%0%4}| numeric question with no 100% answer",
            "How many? {#~#Wrong}| numeric question with no 100% answer",
            "Which? {~a ~b ~%-50%c}| multiple choice with no correct answer",
            "Which? {=a =b ~c}| several answers are marked =",
            "Match. {=a -> b}| matching with fewer than 2 pairs",
            "Match. {=a -> b =a -> c}| matching pairs repeat an item",
            "Which block { =hip ~ribs| syntax error: '{' is never closed",
            "Which block } =hip ~ribs| syntax error: '}' without an opening '{'",
            "Which? {=a {b} ~c}| syntax error: a second '{' inside the answer block",
            "::Unclosed name Which? {T}| syntax error: the question name",
            "A {=a} and a {=b}.| more than one answer block",
            "How many? {#three}| syntax error: the numeric answer 'three' is not a number",
            "How many? {#5..1}| syntax error: the numeric range '5..1' starts above its end",
            "Which? {x ~a =b}| syntax error: 'x' comes before the first answer",
            "Which? {~only}| multiple choice needs at least two answers",
            "Type it. {=%50%half}| short answer with no fully correct answer",
            "Type it. {=- item}| the answer '- item' starts with a Markdown list"})
    void a_question_our_format_cannot_hold_is_skipped_with_a_plain_reason_and_its_line(String gift, String reason) {
        Result r = convert("// a comment on line 1\n\n" + gift + "\n");
        assertThat(r.converted()).isEmpty();
        assertThat(r.markdown()).isEmpty();
        assertThat(r.skipped()).singleElement().satisfies(s -> {
            assertThat(s.line()).isEqualTo(3);
            assertThat(s.reason()).startsWith(reason);
            assertThat(s.excerpt()).isEqualTo(GiftParser.abbreviate(gift));
        });
    }

    @Test
    void a_skipped_question_does_not_stop_the_ones_after_it_or_use_up_an_id() {
        Result r = convert("Essay? {}\n\nFirst? {T}\n\nBroken {\n\nSecond? {F}");
        assertThat(r.skipped()).extracting(Skipped::line).containsExactly(1, 5);
        assertThat(r.converted()).extracting(Converted::line, Converted::id)
                .containsExactly(tuple(3, "q-gift-01"), tuple(7, "q-gift-02"));
    }

    // --- ids

    @Test
    void ids_use_the_prefix_and_a_running_number_that_skips_taken_ids() {
        String gift = String.join("\n\n", java.util.Collections.nCopies(4, "Question? {T}"));
        Result r = GiftConverter.convert(gift, "q-c1-gift-", Set.of("q-c1-gift-01", "q-c1-gift-03", "q-c1-05"), "o-blocking");
        assertThat(r.converted()).extracting(Converted::id).containsExactly("q-c1-gift-02", "q-c1-gift-04", "q-c1-gift-05", "q-c1-gift-06");
        assertThat(quiz(r.markdown(), true).questions()).extracting(Question::id)
                .containsExactly("q-c1-gift-02", "q-c1-gift-04", "q-c1-gift-05", "q-c1-gift-06");
    }

    @Test
    void ids_go_past_two_digits_and_an_unusable_prefix_is_made_valid() {
        String gift = String.join("\n\n", java.util.Collections.nCopies(101, "Question? {T}"));
        Result r = GiftConverter.convert(gift, "Q C1 Gift_", Set.of(), "o-blocking");
        assertThat(r.converted()).extracting(Converted::id).startsWith("q-c1-gift-01").endsWith("q-c1-gift-100", "q-c1-gift-101");
        assertThat(quiz(r.markdown(), true).questions()).hasSize(101);
    }

    // --- robustness

    @Test
    void input_with_windows_line_endings_and_a_byte_order_mark_converts_the_same() {
        Result unix = convert("First? {T}\n\nSecond? {=a ~b}\n");
        Result windows = convert("\uFEFFFirst? {T}\r\n\r\nSecond? {=a ~b}\r\n");
        assertThat(windows).isEqualTo(unix);
    }

    @Test
    void arbitrary_gift_like_input_never_throws_and_whatever_converts_parses_without_problems() {
        String[] text = {"Which", " ", "text", "T", "\\n", "\n", "//", "\\", "\\{", "\\=", "\\:", "[html]", "[markdown]", "[plain]",
                "<b>", "</b>", "<p>", "<pre>", "&amp;", "*", "_", "-", "# ", "## ", "> ", "- [x] ", "1. ", "---", "```", "`", "[", "]",
                "é", "\t", "::", "::name::", "$CATEGORY: a/b", "->", "→", "|", "}", "{"};
        String[] answers = {" ", "=", "~", "#", "####", "->", "%50%", "%-100%", "%0%", "T", "FALSE", "\n", "1..5", "3:1", "..", ":",
                "-2.5", "0", "x", "a b", "[html]<i>", "</i>", "- ", "> ", "*", "\\~", "\\#", "{", "}", "[x]"};
        // -Dgift.runs=... -Dgift.seed=... search further when the converter changes
        Random random = new Random(Long.getLong("gift.seed", 20240611L));
        StringBuilder all = new StringBuilder();
        int converted = 0;
        for (int run = 0; run < Integer.getInteger("gift.runs", 400); run++) {
            StringBuilder gift = new StringBuilder();
            for (int block = 0; block < 1 + random.nextInt(3); block++) {
                pick(random, text, 1 + random.nextInt(6), gift);
                if (random.nextInt(10) > 0) {
                    gift.append('{');
                    if (random.nextBoolean()) {
                        gift.append(random.nextBoolean() ? "=" : "#");
                    }
                    pick(random, answers, random.nextInt(9), gift);
                    if (random.nextInt(10) > 0) {
                        gift.append('}');
                    }
                }
                if (random.nextInt(4) == 0) {
                    pick(random, text, 1 + random.nextInt(3), gift);
                }
                gift.append("\n\n");
            }
            Result r = GiftConverter.convert(gift.toString(), "q-r" + run + "-", Set.of(), "o-blocking");
            assertThat(r.skipped()).extracting(Skipped::reason).as(gift.toString()).noneMatch(s -> s.startsWith("could not be read"));
            if (!r.markdown().isEmpty()) {
                all.append(r.markdown()).append('\n');
                converted += r.converted().size();
            }
        }
        assertThat(converted).as("the random input converts some questions").isGreaterThan(50);
        assertThat(quiz(all.toString(), true).questions()).hasSize(converted);
    }

    private static void pick(Random random, String[] tokens, int count, StringBuilder out) {
        for (int i = 0; i < count; i++) {
            out.append(tokens[random.nextInt(tokens.length)]);
        }
    }

    @Test
    void empty_input_gives_an_empty_result() {
        assertThat(convert("")).isEqualTo(new Result("", List.of(), List.of(), List.of()));
        assertThat(convert("// only a comment\n\n   \n")).isEqualTo(new Result("", List.of(), List.of(), List.of()));
    }

    @Test
    void moodle_tag_comments_are_kept_as_tags_beside_the_category_tag() {
        Result r = convert("""
                $CATEGORY: $course$/top/Blocking

                // [tag:Prone blocking] [tag:category-one]
                ::Q1:: Where does the block go? {=Under the short-leg side ~Under the long-leg side}

                ::Q2:: An untagged question? {T}
                """);
        Quiz quiz = quiz(r.markdown());
        assertThat(quiz.questions().get(0).tags()).containsExactly("blocking", "prone-blocking", "category-one");
        assertThat(quiz.questions().get(1).tags()).containsExactly("blocking");
    }

    @Test
    void html_in_moodle_format_text_is_markup_not_literal_tags() {
        Question q = single("[moodle]Is the <b>arm-fossa</b> test done<br>on both sides? {=Yes ~No}");
        assertThat(q.prompt()).doesNotContain("<b>").doesNotContain("\\<").contains("Is the arm-fossa test done").contains("on both sides?");
    }

    @Test
    void a_web_link_in_html_text_is_kept_and_any_other_link_is_noted() {
        Result r = convert("[html]See <a href=\"https://example.org/sot\">the handout</a> first. {=Yes ~No}");
        assertThat(quiz(r.markdown()).questions().getFirst().prompt()).contains("[the handout](https://example.org/sot)");
        Result js = convert("[html]See <a href=\"javascript:alert(1)\">this</a>. {=Yes ~No}");
        assertThat(quiz(js.markdown()).questions().getFirst().prompt()).doesNotContain("javascript").contains("this");
        assertThat(js.notes()).extracting(GiftConverter.Note::message).anySatisfy(m -> assertThat(m).contains("javascript:alert(1)")
                .contains("only http and https links are kept"));
    }

    @Test
    void skip_reasons_and_notes_are_messages_that_read_in_german() {
        Result r = convert("::E:: Describe the sacrum. {}\n\n::M:: Match. { =a -> 1 =b -> 2 = -> 3 }\n");
        assertThat(r.skipped()).singleElement().satisfies(s -> {
            assertThat(s.why().key()).isEqualTo("authoring.gift.skip.essay");
            assertThat(s.why().in(java.util.Locale.GERMAN)).startsWith("Freitextaufgabe (leerer Antwortblock {})");
        });
        assertThat(r.notes()).singleElement().satisfies(n -> {
            assertThat(n.text()).isEqualTo(org.sotcourseware.base.Message.of("authoring.gift.note.distractors", 1));
            assertThat(n.message()).startsWith("1 extra right-hand answer without a left item (a distractor) was left out");
            assertThat(n.text().in(java.util.Locale.GERMAN)).startsWith("1 zusätzliche rechte Antwort ohne linkes Element (ein Distraktor) wurde weggelassen");
        });
    }
}

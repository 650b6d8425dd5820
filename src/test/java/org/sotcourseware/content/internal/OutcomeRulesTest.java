package org.sotcourseware.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sotcourseware.content.ContentProblem;

/** Outcomes with ids, questions that name them, and stems that are not repeated (docs/authoring.md). */
class OutcomeRulesTest {

    @TempDir
    Path dir;

    private final ContentLoader loader = new ContentLoader(new MarkdownRenderer());

    private static final String MODULE = """
            ---
            id: a
            title: Module A
            summary: A summary.
            outcomes:
              - id: o-one
                text: Explain one thing.
              - id: o-two
                text: Explain another.
            ---

            # Module A
            """;

    private static String quiz(String... questions) {
        return "---\nid: a-quiz\ntitle: Quiz\n---\n\n# Quiz\n\n" + String.join("\n", questions);
    }

    private static String question(String id, String attrs, String stem) {
        return "## " + stem + " {#" + id + " " + attrs + "}\n\n- [x] Yes\n- [ ] No\n  > No.\n";
    }

    private ContentFixture fixture(String module, String quiz) {
        return ContentFixture.standard(dir).file("a/module.md", module).file("a/quiz.md", quiz);
    }

    @Test
    void a_quiz_whose_questions_cover_every_outcome_has_no_problems() {
        fixture(MODULE, quiz(question("q-1", "outcome=o-one", "First?"), question("q-2", "outcome=o-two", "Second?")));
        assertThat(loader.load(dir).problems()).isEmpty();
    }

    @Test
    void an_outcome_without_an_id_is_an_error_in_a_module_with_a_quiz() {
        fixture(MODULE.replace("  - id: o-two\n    text: Explain another.", "  - Explain another."),
                quiz(question("q-1", "outcome=o-one", "First?")));
        assertThat(loader.load(dir).problems()).extracting(ContentProblem::toString).containsExactly(
                "a/module.md:8: outcome 'Explain another.' has no id: write it '- id: o-...' with 'text: ...' below, so quiz questions can name it");
    }

    @Test
    void plain_outcomes_are_fine_in_a_module_without_a_quiz() {
        ContentFixture.standard(dir);
        assertThat(loader.load(dir).problems()).isEmpty();
    }

    @Test
    void a_duplicate_outcome_id_is_reported_at_the_second() {
        fixture(MODULE.replace("id: o-two", "id: o-one"), quiz(question("q-1", "outcome=o-one", "First?")));
        assertThat(loader.load(dir).problems()).extracting(ContentProblem::toString).containsExactly(
                "a/module.md:8: outcome id 'o-one' is used twice (also line 6)");
    }

    @Test
    void a_question_without_an_outcome_or_with_an_unknown_one_and_an_untested_outcome_are_errors() {
        fixture(MODULE, quiz(question("q-1", "points=1", "First?"), question("q-2", "outcome=o-three", "Second?")));
        assertThat(loader.load(dir).problems()).extracting(ContentProblem::toString).containsExactlyInAnyOrder(
                "a/module.md:6: outcome 'o-one' has no quiz question: add a question with outcome=o-one",
                "a/module.md:8: outcome 'o-two' has no quiz question: add a question with outcome=o-two",
                "a/quiz.md:8: question 'q-1' names no outcome: add outcome=<an outcome id from module.md> to its heading",
                "a/quiz.md:14: question 'q-2' names outcome 'o-three', which module.md does not define (outcomes: o-one, o-two)");
    }

    @Test
    void two_questions_with_the_same_stem_in_different_modules_are_an_error_naming_both_places() {
        fixture(MODULE, quiz(question("q-1", "outcome=o-one", "Which wedge angle is used?"), question("q-2", "outcome=o-two", "Second?")))
                .file("b/module.md", MODULE.replace("id: a", "id: b"))
                .file("b/quiz.md", quiz(question("q-b1", "outcome=o-one", "Which  WEDGE angle is used"),
                        question("q-b2", "outcome=o-two", "Something else?")).replace("a-quiz", "b-quiz"));
        assertThat(loader.load(dir).problems()).extracting(ContentProblem::toString).containsExactly(
                "b/quiz.md:8: question 'q-b1' has the same stem as the question at a/quiz.md:8 ('q-1'): "
                        + "every question in the curriculum asks something of its own");
    }

    @Test
    void questions_with_the_same_heading_but_different_text_below_it_are_different_stems() {
        fixture(MODULE, quiz("## Put the steps in order. {#q-1 type=order outcome=o-one}\n\nBefore blocking:\n\n1. a\n2. b\n",
                "## Put the steps in order. {#q-2 type=order outcome=o-two}\n\nAfter blocking:\n\n1. a\n2. b\n"));
        assertThat(loader.load(dir).problems()).isEmpty();
    }
}

package org.sotcourseware.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sotcourseware.content.ContentCheck;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.ContentTree;
import org.sotcourseware.content.Glossary;

/** The glossary format: the real file reads clean, and every kind of bad input is reported with its line. */
class GlossaryParserTest {

    private static final String GOOD = """
            # Glossary

            Some words about the glossary.

            ## Sacrum

            Also: sacral bone, sacra

            The triangular bone at the base of the spine,
            made of five fused vertebrae.

            Sources:
            - Standring S, ed. Gray's Anatomy. 42nd ed. Elsevier; 2020.

            Lessons:
            - a/first
            """;

    @Test
    void a_well_formed_term_is_read_with_its_spellings_definition_sources_and_lessons() {
        GlossaryParser.Result r = GlossaryParser.parse(GOOD);

        assertThat(r.problems()).isEmpty();
        Glossary.Term t = r.glossary().terms().getFirst();
        assertThat(t.id()).isEqualTo("sacrum");
        assertThat(t.term()).isEqualTo("Sacrum");
        assertThat(t.aliases()).containsExactly("sacral bone", "sacra");
        assertThat(t.definition()).isEqualTo("The triangular bone at the base of the spine, made of five fused vertebrae.");
        assertThat(t.sources()).containsExactly("Standring S, ed. Gray's Anatomy. 42nd ed. Elsevier; 2020.");
        assertThat(t.lessons()).containsExactly(new Glossary.LessonRef("a", "first", 16));
        assertThat(t.line()).isEqualTo(5);
    }

    @Test
    void the_curriculum_glossary_has_between_30_and_60_terms_and_no_problems() {
        ContentTree tree = ContentTree.read(Path.of("content"));
        GlossaryParser.Result r = GlossaryParser.parse(tree);
        var curriculum = new ContentLoader(new MarkdownRenderer()).load(tree);

        assertThat(r.problems()).isEmpty();
        assertThat(GlossaryParser.check(tree, curriculum)).isEmpty();
        assertThat(r.glossary().terms()).hasSizeBetween(30, 60);
        assertThat(r.glossary().terms()).allSatisfy(t -> {
            assertThat(t.sources()).isNotEmpty();
            assertThat(t.lessons()).isNotEmpty();
        });
    }

    @Test
    void each_kind_of_mistake_is_reported_with_its_line_and_the_term_is_left_out() {
        String text = """
                # Glossary

                ## No definition

                Sources:
                - A source.

                Lessons:
                - a/first

                ## Sacrum

                The sacrum is a bone at the base of the spine.

                A second paragraph.

                Sources:
                - A source.
                Not a list item

                Lessons:
                - Lesson one

                ## Occiput

                The bone at the back and base of the skull, <b>bold</b>.

                ## sacrum

                A term with the same name as an earlier one, in another case.

                Sources:
                - A source.

                Lessons:
                - a/first

                ### Too deep

                ## Short

                Tiny.

                Sources:
                - A source.

                Lessons:
                - a/first
                """;
        List<ContentProblem> problems = GlossaryParser.parse(text).problems();

        assertThat(problems).extracting(ContentProblem::toString).containsExactly(
                "glossary.md:3: 'No definition': has no definition (one paragraph of plain text under the heading)",
                "glossary.md:11: 'Sacrum': names no lesson: add a 'Lessons:' list with at least one lesson that uses the term",
                "glossary.md:15: 'Sacrum': the definition is one paragraph; put sources under 'Sources:' and lessons under 'Lessons:'",
                "glossary.md:19: 'Sacrum': under 'Sources:' each line is a list item ('- Author. Title. Year.')",
                "glossary.md:22: 'Sacrum': 'Lesson one' is not a lesson: write module-id/lesson-id, as in foundations/category-system",
                "glossary.md:24: 'Occiput': has no definition (one paragraph of plain text under the heading)",
                "glossary.md:24: 'Occiput': names no source: add a 'Sources:' list with at least one published source",
                "glossary.md:24: 'Occiput': names no lesson: add a 'Lessons:' list with at least one lesson that uses the term",
                "glossary.md:26: 'Occiput': the definition is plain text: no HTML",
                "glossary.md:28: 'sacrum': 'sacrum' is already defined (line 11)",
                "glossary.md:38: a term is a level-two heading ('## Term'); level 3 headings do not belong in the glossary",
                "glossary.md:40: 'Short': the definition is too short to explain the term (5 characters)");
        assertThat(GlossaryParser.parse(text).glossary().terms()).isEmpty();
    }

    @Test
    void a_spelling_used_by_two_terms_and_a_very_long_definition_are_refused() {
        String text = GOOD + """

                ## Sacral bone

                %s

                Sources:
                - A source.

                Lessons:
                - a/first
                """.formatted("word ".repeat(130));
        List<ContentProblem> problems = GlossaryParser.parse(text).problems();

        assertThat(problems).extracting(ContentProblem::toString).containsExactly(
                "glossary.md:18: 'Sacral bone': the definition is 649 characters; keep it to 600 (it opens in a popover) and leave the detail to the lessons",
                "glossary.md:18: 'Sacral bone': 'Sacral bone' is already defined (line 5)");
    }

    @Test
    void a_file_that_is_not_utf8_is_one_problem_for_the_whole_file() {
        ContentTree tree = ContentTree.of(Map.of("glossary.md", new byte[] {(byte) 0xC3, (byte) 0x28}), "test");
        assertThat(GlossaryParser.parse(tree).problems()).extracting(ContentProblem::toString)
                .containsExactly("glossary.md:0: file is not UTF-8 text");
    }

    @Test
    void check_content_reports_a_related_lesson_that_does_not_exist_with_file_and_line(@TempDir Path dir) {
        ContentFixture.standard(dir).file("glossary.md", GOOD.replace("- a/first", "- a/first\n- a/no-such-lesson\n- zz/first"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = ContentCheck.run(List.of(dir.toString()), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(
                "glossary.md:17: 'Sacrum' names lesson 'no-such-lesson', which module 'a' does not have",
                "glossary.md:18: 'Sacrum' names a lesson in module 'zz', which is not in the curriculum");
    }

    @Test
    void a_content_folder_without_a_glossary_has_an_empty_one() {
        assertThat(GlossaryParser.parse(ContentTree.of(Map.of(), "empty")).glossary().terms()).isEmpty();
    }
}

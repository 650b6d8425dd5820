package org.sotcourseware.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.content.Lesson;

class ContentLoaderTest {

    @TempDir
    Path dir;

    private final ContentLoader loader = new ContentLoader(new MarkdownRenderer());

    @Test
    void a_good_curriculum_loads_in_order_with_prerequisites_and_no_problems() {
        Curriculum c = loader.load(ContentFixture.standard(dir).root());
        assertThat(c.problems()).isEmpty();
        assertThat(c.title()).isEqualTo("Test curriculum");
        assertThat(c.modules()).extracting(m -> m.id()).containsExactly("a", "b");
        assertThat(c.module("b").orElseThrow().requires()).containsExactly("a");
        assertThat(c.module("a").orElseThrow().lessons()).extracting(Lesson::id).containsExactly("first", "second");
        Lesson first = c.lesson("a", "first").orElseThrow();
        assertThat(first.hasReferences()).isTrue();
        assertThat(first.sourceFile()).isEqualTo("a/lessons/01-first.md");
        assertThat(c.version()).hasSize(16);
    }

    @Test
    void a_broken_lesson_is_reported_with_file_and_line_and_the_rest_still_loads() {
        ContentFixture.standard(dir).file("a/lessons/03-broken.md", """
                ---
                id: broken
                title: [unclosed
                order: 3
                ---

                # Broken
                """);
        Curriculum c = loader.load(dir);
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("a/lessons/03-broken.md");
            assertThat(p.line()).isBetween(3, 5);
            assertThat(p.message()).contains("starts with '['", "must end with ']'", "in quotes");
        });
        var a = c.module("a").orElseThrow();
        assertThat(a.lessons()).hasSize(3);
        assertThat(a.publishedLessons()).extracting(Lesson::id).containsExactly("first", "second");
        assertThat(c.module("b").orElseThrow().publishedLessons()).hasSize(1);
    }

    @Test
    void missing_fields_and_bad_numbers_name_the_key() {
        ContentFixture.standard(dir).file("a/lessons/03-x.md", """
                ---
                id: x
                order: three
                ---
                Body
                """);
        assertThat(loader.load(dir).problems()).extracting(ContentProblem::toString).containsExactlyInAnyOrder(
                "a/lessons/03-x.md:2: front matter has no 'title'",
                "a/lessons/03-x.md:3: 'order' must be a whole number, not 'three'");
    }

    @Test
    void duplicate_lesson_ids_and_reserved_ids_are_errors() {
        ContentFixture.standard(dir)
                .lesson("a", "03-dup.md", "first", 3, "Body")
                .lesson("a", "04-quiz.md", "quiz", 4, "Body");
        assertThat(loader.load(dir).problems()).extracting(ContentProblem::message).containsExactlyInAnyOrder(
                "lesson id 'first' is used by another lesson in this module",
                "lesson id 'quiz' is reserved for a module page; choose another");
    }

    @Test
    void images_may_not_leave_the_module_folder_or_be_missing() {
        ContentFixture.standard(dir)
                .lesson("b", "02-escape.md", "escape", 2, "![Secret](../../a/module.md)\n\n![Gone](../images/gone.png)\n\n![Far](../../../../etc/passwd.png)");
        assertThat(loader.load(dir).problems()).extracting(ContentProblem::toString).containsExactlyInAnyOrder(
                "b/lessons/02-escape.md:8: image '../../a/module.md' is outside the module folder 'b/'",
                "b/lessons/02-escape.md:10: image '../images/gone.png' does not exist",
                "b/lessons/02-escape.md:12: image '../../../../etc/passwd.png' is outside the module folder 'b/'");
    }

    @Test
    void prerequisite_loops_unknown_modules_and_missing_folders_are_reported() {
        new ContentFixture(dir).file("curriculum.yml", """
                modules:
                  - id: a
                    requires: [b]
                  - id: b
                    requires: [a, ghost]
                  - id: nofolder
                """).module("a", "A").module("b", "B").module("stray", "Stray");
        assertThat(loader.load(dir).problems()).extracting(ContentProblem::toString).containsExactlyInAnyOrder(
                "curriculum.yml:4: module 'b' requires 'ghost', which is not in the curriculum",
                "curriculum.yml:2: prerequisites form a loop: a -> b -> a",
                "curriculum.yml:6: module folder 'nofolder/' does not exist",
                "stray/:0: folder is not listed in curriculum.yml and is ignored");
    }

    @Test
    void a_module_id_must_match_its_folder() {
        ContentFixture.standard(dir).file("a/module.md", "---\nid: other\ntitle: A\nsummary: s\n---\n# A\n");
        assertThat(loader.load(dir).problems()).extracting(ContentProblem::toString)
                .containsExactly("a/module.md:2: id 'other' must equal the folder name 'a'");
    }

    @Test
    void a_missing_content_folder_or_curriculum_file_is_one_clear_problem() {
        assertThat(loader.load(dir.resolve("nope")).problems()).extracting(ContentProblem::message).containsExactly("content folder does not exist");
        assertThat(loader.load(dir).problems()).extracting(ContentProblem::file).containsExactly("curriculum.yml");
    }

    @Test
    void the_version_changes_when_any_file_changes() {
        String before = loader.load(ContentFixture.standard(dir).root()).version();
        new ContentFixture(dir).lesson("a", "02-second.md", "second", 2, "# Second\n\nEdited words.");
        assertThat(loader.load(dir).version()).isNotEqualTo(before);
    }
}

package org.sotcourseware.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sotcourseware.content.internal.ContentFixture;
import org.sotcourseware.content.internal.ContentLoader;
import org.sotcourseware.content.internal.MarkdownRenderer;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** Links between lessons resolve to a file and a heading, in check-content and in the editor (docs/authoring.md, "Links"). */
class LinkRulesTest {

    @TempDir
    Path dir;

    private ContentFixture fixture(String body) {
        return ContentFixture.standard(dir)
                .lesson("b", "02-safety.md", "safety", 2, "# Safety\n\n## Red flags {#red-flags}\n\nText.\n\n## When to refer\n\nText.\n")
                .lesson("a", "03-links.md", "links", 3, "# Links\n\n" + body);
    }

    private Curriculum load() {
        return new ContentLoader(new MarkdownRenderer()).load(dir);
    }

    @Test
    void links_to_existing_lessons_and_headings_explicit_or_generated_have_no_problems() {
        fixture("See [red flags](../../b/lessons/02-safety.md#red-flags), [referral](../../b/lessons/02-safety.md#when-to-refer), "
                + "[the first](01-first.md) and [module B](../../b/module.md).");
        assertThat(load().problems()).isEmpty();
    }

    @Test
    void a_link_to_a_missing_file_is_an_error_with_file_and_line() {
        fixture("Text.\n\nSee [gone](../../b/lessons/09-gone.md#x).");
        assertThat(load().problems()).extracting(ContentProblem::toString).containsExactly(
                "a/lessons/03-links.md:12: link '../../b/lessons/09-gone.md#x' points to a file that does not exist (b/lessons/09-gone.md)");
    }

    @Test
    void a_link_to_a_missing_heading_is_an_error_naming_the_anchors_there() {
        fixture("See [flags](../../b/lessons/02-safety.md#red-flag).");
        assertThat(load().problems()).extracting(ContentProblem::toString).containsExactly(
                "a/lessons/03-links.md:10: link '../../b/lessons/02-safety.md#red-flag' names the heading '#red-flag', which "
                        + "b/lessons/02-safety.md does not have (its anchors: safety, red-flags, when-to-refer); "
                        + "give the heading an explicit id: ## Heading {#red-flag}");
    }

    @Test
    void a_link_to_a_file_the_app_does_not_show_is_an_error() {
        fixture("See [the curriculum](../../curriculum.yml.md).").file("curriculum.yml.md", "x");
        assertThat(load().problems()).extracting(ContentProblem::message).containsExactly(
                "link '../../curriculum.yml.md' points to curriculum.yml.md, which the app does not show as a page: link a lesson, "
                        + "a module overview, a quiz or a case");
    }

    @Test
    void the_editor_shows_the_same_link_problem_for_the_file_being_edited() {
        fixture("See [flags](../../b/lessons/02-safety.md#red-flag).");
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        CatalogueService catalogue = new CatalogueService(new ContentProperties(dir), beans.getBeanProvider(ContentSource.class));
        ContentTree tree = ContentTree.read(dir);
        ContentDraft draft = catalogue.draft(tree, "a/lessons/03-links.md");
        assertThat(draft.problems()).extracting(ContentProblem::toString).containsExactlyElementsOf(
                load().problems().stream().map(ContentProblem::toString).toList());
        // and a fix typed in the editor clears it
        ContentTree fixed = tree.with("a/lessons/03-links.md", ("---\nid: links\ntitle: L\norder: 3\n---\n\n# Links\n\n"
                + "See [flags](../../b/lessons/02-safety.md#red-flags).\n").getBytes(StandardCharsets.UTF_8));
        assertThat(catalogue.draft(fixed, "a/lessons/03-links.md").problems()).isEmpty();
    }

    @Test
    void a_misspelt_link_to_a_lesson_in_the_same_folder_is_an_error_inline_or_by_reference() {
        fixture("See [the first](01-frist.md).\n\nAnd [again][first].\n\n[first]: 01-firts.md\n");
        assertThat(load().problems()).extracting(ContentProblem::message).containsExactly(
                "link '01-frist.md' points to a file that does not exist (a/lessons/01-frist.md)",
                "link '01-firts.md' points to a file that does not exist (a/lessons/01-firts.md)");
    }
}

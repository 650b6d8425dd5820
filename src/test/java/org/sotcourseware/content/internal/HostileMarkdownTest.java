package org.sotcourseware.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Hostile and broken Markdown (pathological nesting, quadratic brackets, huge texts, unclosed raw HTML):
 * each gives a problem with its line, and the reader gets a page, quickly, never an exception or a blank.
 */
class HostileMarkdownTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private static String nestedLists(int levels) {
        StringBuilder b = new StringBuilder("Intro.\n\n");
        for (int i = 0; i < levels; i++) {
            b.append("  ".repeat(i)).append("- level ").append(i + 1).append('\n');
        }
        return b.toString();
    }

    private static String bigLesson(int chars) {
        StringBuilder b = new StringBuilder("# Big\n\n");
        while (b.length() < chars) {
            b.append("Some *words* in a [link](https://example.org) paragraph.\n\n");
        }
        return b.toString();
    }

    private MarkdownRenderer.Rendered renderFast(String markdown) {
        long start = System.nanoTime();
        MarkdownRenderer.Rendered r = renderer.render(markdown, MarkdownRenderer.ImageResolver.NONE);
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds to render").isLessThan(MarkdownLimits.TIME_BUDGET_MILLIS + 1_000);
        return r;
    }

    @Test
    void ten_thousand_nested_block_quotes_give_a_problem_and_a_notice_not_a_stack_overflow() {
        String md = "Intro.\n\n" + ">".repeat(10_000) + " deep\n";
        var r = renderFast(md);
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(2);
            assertThat(i.message()).contains("nested 10000 levels deep", "at most 32");
        });
        assertThat(r.document().html()).contains("This page cannot be shown as written", "Line 3: block quotes and lists are nested", "Intro.");
        assertThat(renderer.analyse(md, MarkdownRenderer.ImageResolver.NONE).issues()).extracting(MarkdownRenderer.Issue::line).containsExactly(2);
        assertThat(renderer.issues(md, MarkdownRenderer.ImageResolver.NONE)).hasSize(1);
        assertThat(renderer.prose(md)).isEmpty();
        assertThat(MarkdownRenderer.anchors(md)).isEmpty();
    }

    @Test
    void six_hundred_nested_list_levels_are_refused_at_the_first_line_too_deep() {
        var r = renderFast(nestedLists(600));
        assertThat(r.issues()).singleElement().satisfies(i -> assertThat(i.message()).contains("at most 32"));
        assertThat(r.issues().getFirst().line()).isBetween(2 + 15, 2 + 33);
        assertThat(r.document().html()).contains("This page cannot be shown as written");
    }

    @Test
    void ordinary_nesting_is_not_refused() {
        String md = nestedLists(8) + "\n> > > quoted three deep\n\n1. one\n   - two\n     > three\n";
        var r = renderer.render(md, MarkdownRenderer.ImageResolver.NONE);
        assertThat(r.issues()).isEmpty();
        assertThat(r.document().html()).contains("level 8", "quoted three deep").doesNotContain("cannot be shown");
    }

    @Test
    void deep_nesting_inside_a_fenced_code_block_is_only_code() {
        String md = "```\n" + ">".repeat(100) + "\n```\n";
        assertThat(renderer.render(md, MarkdownRenderer.ImageResolver.NONE).issues()).isEmpty();
    }

    @Test
    void fifty_thousand_unclosed_link_openings_are_refused_at_once() {
        String md = "Intro.\n\n" + "[a](".repeat(50_000);
        var r = renderFast(md);
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(2);
            assertThat(i.message()).contains("more than 5,000 square brackets");
        });
    }

    @Test
    void a_ten_megabyte_lesson_is_refused_with_its_size() {
        String md = bigLesson(10_000_000);
        var r = renderFast(md);
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.line()).isZero();
            assertThat(i.message()).contains("10.0 million characters", "at most 500,000 characters");
        });
        assertThat(r.document().html()).contains("This page cannot be shown as written", "# Big").hasSizeLessThan(30_000);
    }

    @Test
    void a_render_that_runs_past_its_time_budget_is_given_up_with_the_line_it_reached() {
        MarkdownRenderer tight = new MarkdownRenderer(1);
        String md = bigLesson(400_000);
        long start = System.nanoTime();
        var r = tight.render(md, MarkdownRenderer.ImageResolver.NONE);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
        assertThat(r.issues()).singleElement().satisfies(i -> assertThat(i.message()).contains("took longer than 0.0 s", "given up near here"));
        assertThat(r.document().html()).contains("This page cannot be shown as written");
        // the same text with time enough renders
        assertThat(new MarkdownRenderer(120_000).render(md, MarkdownRenderer.ImageResolver.NONE).issues()).isEmpty();
    }

    @Test
    void the_budget_stops_flexmark_from_inside_and_disarmed_reads_freely() {
        MarkdownLimits.Budget budget = new MarkdownLimits.Budget(bigLesson(200_000), 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> renderer.parser().parse(com.vladsch.flexmark.util.sequence.BasedSequence.of(budget)))
                .isInstanceOf(MarkdownLimits.OverBudget.class);
        budget.disarm();
        assertThat(renderer.parser().parse(com.vladsch.flexmark.util.sequence.BasedSequence.of(budget)).getChildren()).isNotEmpty();
    }

    @Test
    void an_unclosed_style_script_iframe_or_comment_is_a_problem_and_the_rest_still_shows() {
        for (String opening : List.of("<style>", "<script>", "<iframe src=\"https://example.org\">", "<!--", "<textarea>")) {
            String md = "# Lesson\n\nFirst paragraph.\n\n" + opening + "\n\nSecond paragraph.\n\n## References\n\n1. Author A. A paper.\n";
            var r = renderer.render(md, MarkdownRenderer.ImageResolver.NONE);
            assertThat(r.issues()).as(opening).singleElement().satisfies(i -> {
                assertThat(i.line()).isEqualTo(4);
                assertThat(i.message()).contains("never closed");
            });
            assertThat(r.document().html()).as(opening).contains("Second paragraph.", "References", "Author A. A paper.");
            var a = renderer.analyse(md, MarkdownRenderer.ImageResolver.NONE);
            assertThat(a.hasReferences()).as(opening).isTrue();
            assertThat(a.issues()).as(opening).hasSize(1);
        }
    }

    @Test
    void an_inline_unclosed_iframe_later_closed_is_not_a_problem() {
        String md = "Text <iframe src=\"https://example.org\"> more\n\nlater </iframe>\n\nAfter.\n";
        assertThat(renderer.render(md, MarkdownRenderer.ImageResolver.NONE).issues()).isEmpty();
    }

    @Test
    void raw_html_the_sanitiser_removes_is_a_warning_with_its_line() {
        String md = "Intro.\n\n<iframe src=\"https://example.org\"></iframe>\n\nText <span onclick=\"x()\">here</span>.\n\n<!-- a note for authors -->\n";
        var a = renderer.analyse(md, MarkdownRenderer.ImageResolver.NONE);
        assertThat(a.issues()).isEmpty();
        assertThat(a.warnings()).extracting(MarkdownRenderer.Issue::line, MarkdownRenderer.Issue::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "<iframe> is removed before readers see it (raw HTML the app does not allow)"),
                org.assertj.core.groups.Tuple.tuple(4, "the attribute 'onclick' of <span> is removed before readers see it (raw HTML the app does not allow)"));
    }

    @Test
    void the_parsers_get_an_empty_document_and_the_reason() {
        List<MarkdownRenderer.Issue> issues = new java.util.ArrayList<>();
        assertThat(renderer.parse(">".repeat(6_000), issues).hasChildren()).isFalse();
        assertThat(issues).singleElement().satisfies(i -> assertThat(i.message()).contains("nested"));
    }
}

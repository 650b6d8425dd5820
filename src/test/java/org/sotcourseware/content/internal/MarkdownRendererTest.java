package org.sotcourseware.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sotcourseware.content.Heading;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void renders_tables_footnotes_and_heading_anchors_inside_one_root_element() {
        var r = renderer.render("""
                # Title

                ## Why categories? {#why}

                Text with a note.[^1]

                | A | B |
                |---|---|
                | 1 | 2 |

                ### Detail

                [^1]: Author A. A paper. J Chiropr Med. 2010.
                """, MarkdownRenderer.ImageResolver.NONE);
        String html = r.document().html();
        assertThat(html).startsWith("<div class=\"prose\">").endsWith("</div>");
        assertThat(html).contains("<h2 id=\"why\">", "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table\"><table>", "<td data-label=\"A\">1</td>",
                "<td data-label=\"B\">2</td>", "class=\"footnotes\"", "Author A.");
        assertThat(r.document().headings()).containsExactly(new Heading(2, "why", "Why categories?"), new Heading(3, "detail", "Detail"));
        assertThat(r.issues()).isEmpty();
    }

    @Test
    void github_alert_syntax_becomes_a_titled_callout_including_our_evidence_type() {
        var r = renderer.render("""
                > [!EVIDENCE]
                > Reliability is low.

                > [!CAUTION]
                > Refer first.

                > An ordinary quote.
                """, MarkdownRenderer.ImageResolver.NONE);
        String html = r.document().html();
        assertThat(html).contains("<aside class=\"callout callout-evidence\"><p class=\"callout-title\">Evidence and cautions</p>");
        assertThat(html).contains("callout-caution").contains("Refer first.").doesNotContain("[!EVIDENCE]", "[!CAUTION]");
        assertThat(html).contains("<blockquote>").contains("An ordinary quote.");
    }

    @Test
    void an_unknown_callout_is_reported_with_its_line() {
        var r = renderer.render("Intro\n\n> [!EVIDENSE]\n> typo\n", MarkdownRenderer.ImageResolver.NONE);
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(2);
            assertThat(i.message()).contains("unknown callout '[!EVIDENSE]'");
        });
    }

    @Test
    void images_are_rewritten_to_served_urls_and_bad_ones_are_removed_and_reported() {
        MarkdownRenderer.ImageResolver resolver = new MarkdownRenderer.ImageResolver() {
            @Override
            public Optional<String> resolve(String src, List<org.sotcourseware.base.Message> errors) {
                if (src.equals("../images/ok.svg")) {
                    return Optional.of("/content-assets/m/images/ok.svg");
                }
                errors.add(org.sotcourseware.base.Message.of("content.load.image-does-not-exist", src));
                return Optional.empty();
            }

            @Override
            public String cacheKey() {
                return "test";
            }
        };
        var r = renderer.render("![A pelvis](../images/ok.svg)\n\n![Missing](../images/missing.svg)\n", resolver);
        assertThat(r.document().html()).contains("src=\"/content-assets/m/images/ok.svg\"").doesNotContain("missing.svg");
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(2);
            assertThat(i.message()).contains("missing.svg");
        });
    }

    @Test
    void footnote_references_written_side_by_side_are_marked_for_a_separator_and_others_are_not() {
        String html = renderer.render("One.[^a][^b] Two.[^c]\n\n[^a]: A.\n[^b]: B.\n[^c]: C.\n", MarkdownRenderer.ImageResolver.NONE).document().html();
        assertThat(html.split("fn-follow", -1)).hasSize(2); // exactly one marked: the [^b] right after [^a]
    }

    @Test
    void table_cells_carry_their_column_header_for_the_phone_layout() {
        String html = renderer.render("| Sign | Action |\n|---|---|\n| Fever | Refer today |\n", MarkdownRenderer.ImageResolver.NONE).document().html();
        assertThat(html).contains("<td data-label=\"Sign\">Fever</td>", "<td data-label=\"Action\">Refer today</td>");
    }

    @Test
    void word_count_leaves_out_the_references_section() {
        var r = renderer.render("""
                # One two

                three four five

                ## References

                1. Six seven eight nine ten.
                """, MarkdownRenderer.ImageResolver.NONE);
        assertThat(r.document().words()).isEqualTo(5);
    }

    @Test
    void words_are_what_a_reader_sees() {
        String markdown = """
                ## Heading words {#h-words}

                Plain text here.[^1] Sources: [^1], [^2].

                > [!EVIDENCE]
                > Reliability is limited.

                > An ordinary quote [not a link].

                ![A long alt text that nobody reads as prose](diagram.svg)

                | Sign | Action |
                |------|--------|
                | Fever | Refer&nbsp;today |

                Inline <abbr title="sacro occipital technique">SOT</abbr> and `code span` and a **bo**ld word,
                https://example.org and a \\*literal\\* star. <!-- an author's comment -->
                One<br>line and `a\\*b` code.

                [^1]: A footnote with five words.
                [^2]: Another.
                """;
        int expected = 2 // "Heading words": the {#id} attribute is not read
                + 4 // "Plain text here." and "Sources:": footnote markers are not words, the commas left are not either
                + 6 // "Evidence and cautions" (the callout's title, not its marker) "Reliability is limited."
                + 6 // "An ordinary quote [not a link].": an undefined reference reads as written
                + 0 // alt text is not read as prose
                + 4 // table cells "Sign" "Action" "Fever" "Refer today" (a no-break space joins one token)
                + 9 // "Inline SOT and code span and a bold word,": tags dropped, inline code read, **bo**ld is one word
                + 5 // the link, "and a *literal* star.": escapes read as the character; comments are not read
                + 5; // "One line and a\\*b code.": a <br> separates words; code is read as written
        var analysis = renderer.analyse(markdown, MarkdownRenderer.ImageResolver.NONE);
        assertThat(analysis.words()).isEqualTo(expected);
        assertThat(renderer.render(markdown, MarkdownRenderer.ImageResolver.NONE).document().words()).isEqualTo(expected);
        assertThat(analysis.hasReferences()).isFalse();
    }

    @Test
    void analysing_finds_the_problems_rendering_finds_and_the_references_section() {
        String markdown = """
                # Lesson

                > [!NOPE]
                > An unknown callout.

                ![](missing.png)

                ## References

                1. Author A. A paper. 2010.
                """;
        var analysis = renderer.analyse(markdown, MarkdownRenderer.ImageResolver.NONE);
        var rendered = renderer.render(markdown, MarkdownRenderer.ImageResolver.NONE);
        assertThat(analysis.issues()).isNotEmpty().isEqualTo(rendered.issues());
        assertThat(analysis.hasReferences()).isTrue();
        assertThat(analysis.words()).isEqualTo(rendered.document().words()).isEqualTo(1 + 4); // "Lesson", "[!NOPE] An unknown callout." (an unknown marker stays as written)
    }

    @Test
    void the_same_input_is_rendered_once_and_served_from_the_cache() {
        var first = renderer.render("# Cached\n", MarkdownRenderer.ImageResolver.NONE);
        var second = renderer.render("# Cached\n", MarkdownRenderer.ImageResolver.NONE);
        assertThat(second).isSameAs(first);
    }
}

package org.sotcourseware.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The XSS corpus: nothing executable survives the sanitiser, whether it arrives as HTML or Markdown. */
class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    static List<String> corpus() {
        return List.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"x\" ONERROR=\"alert(1)\">",
                "<body onload=alert(1)>",
                "<div onmouseover=\"alert(1)\">hover</div>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\" javascript:alert(1)\">x</a>",
                "<a href=\"java\tscript:alert(1)\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
                "<svg onload=alert(1)><circle r=5/></svg>",
                "<svg><script>alert(1)</script></svg>",
                "<math><mtext><script>alert(1)</script></mtext></math>",
                "<style>body{background:url(javascript:alert(1))}</style>",
                "<p style=\"background:url(javascript:alert(1))\">styled</p>",
                "<div style=\"width: expression(alert(1))\">x</div>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<object data=\"x.swf\"></object>",
                "<embed src=\"x.swf\">",
                "<form action=\"https://evil.example\"><input name=q><button>go</button></form>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<link rel=stylesheet href=\"https://evil.example/x.css\">",
                "<base href=\"https://evil.example/\">",
                "<details open ontoggle=alert(1)>",
                "<input type=\"text\" autofocus onfocus=alert(1)>",
                "[click](javascript:alert(1))",
                "[click](JAVASCRIPT:alert(1))",
                "![x](javascript:alert(1))",
                "<javascript:alert(1)>",
                "[a](<javascript:alert(1)>)",
                "<a href=\"#\" onclick=\"alert(1)\">x</a>",
                "<table><tr><td background=\"javascript:alert(1)\">x</td></tr></table>",
                "<img src=\"http://tracker.example/pixel.gif\">");
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void nothing_executable_survives_the_sanitiser(String attack) {
        assertSafe(sanitizer.sanitize(attack));
    }

    /**
     * Safe means: no element outside the allowlist, no event-handler or style attribute, and no URL-bearing
     * attribute with a script or data scheme (jsoup decodes entities, so encoded schemes are caught too).
     * Text that merely reads "javascript:" is harmless and allowed.
     */
    private static void assertSafe(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element e : doc.body().getAllElements()) {
            assertThat(e.tagName()).as(html).isNotIn("script", "svg", "math", "style", "iframe", "object", "embed",
                    "form", "meta", "link", "base", "button", "textarea", "select", "details");
            if (e.tagName().equals("input")) {
                assertThat(e.attr("type")).isEqualTo("checkbox");
                assertThat(e.hasAttr("disabled")).isTrue();
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Cntrl}]", "");
                assertThat(name).as(html).doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("background");
                assertThat(value).as(html).doesNotContain("javascript:", "vbscript:", "data:", "expression(", "tracker.example");
            }
        }
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "http://tracker");
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void nothing_executable_survives_the_markdown_pipeline(String attack) {
        String html = renderer.render("Text before\n\n" + attack + "\n\nText after", MarkdownRenderer.ImageResolver.NONE).document().html();
        assertSafe(html);
        assertThat(html).contains("Text before").contains("Text after");
    }

    @Test
    void safe_formatting_tables_links_and_ids_are_kept() {
        String html = sanitizer.sanitize("<h2 id=\"a\">Title</h2><p><strong>b</strong> <em>i</em> "
                + "<a href=\"https://example.org/x\">ext</a> <a href=\"#fn-1\">1</a></p>"
                + "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>"
                + "<aside class=\"callout callout-note\"><p class=\"callout-title\">Note</p></aside>"
                + "<img src=\"/content-assets/foundations/images/a.svg\" alt=\"a\">");
        assertThat(html).contains("<h2 id=\"a\">", "<strong>b</strong>", "<table>", "<td>d</td>",
                "href=\"#fn-1\"", "class=\"callout callout-note\"", "src=\"/content-assets/foundations/images/a.svg\"");
        assertThat(html).contains("href=\"https://example.org/x\"").contains("rel=\"noopener noreferrer nofollow\"");
    }

    @Test
    void task_list_checkboxes_stay_disabled() {
        String html = sanitizer.sanitize("<ul><li><input type=\"checkbox\" checked> done</li><li><input type=\"text\"></li></ul>");
        assertThat(html).contains("type=\"checkbox\"").contains("disabled").doesNotContain("type=\"text\"");
    }
}

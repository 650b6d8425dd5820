package org.sotcourseware.content.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The one sanitiser every piece of Markdown-derived HTML passes through before it reaches the browser.
 * An allowlist (jsoup {@link Safelist}): formatting, tables, lists, images with http(s) or same-site
 * URLs, links with http(s), mailto or in-page targets, the classes our callouts and tables use. No
 * scripts, event handlers, styles, frames, forms, SVG or {@code javascript:}/{@code data:} URLs.
 */
public final class HtmlSanitizer {

    /** Relative URLs are resolved against this, then kept relative if the result is allowed. */
    private static final String BASE = "https://sot-courseware.invalid/";

    private final Safelist safelist;

    public HtmlSanitizer() {
        safelist = Safelist.relaxed()
                .addTags("aside", "section", "hr", "del", "s", "figure", "figcaption", "input", "nav", "abbr", "mark")
                .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
                .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
                .addAttributes("a", "id", "class", "title")
                .addAttributes("li", "id", "class")
                .addAttributes("sup", "id", "class")
                .addAttributes("div", "class", "id")
                .addAttributes("aside", "class")
                .addAttributes("p", "class")
                .addAttributes("span", "class")
                .addAttributes("ul", "class")
                .addAttributes("ol", "class", "start")
                .addAttributes("table", "class")
                .addAttributes("th", "align")
                .addAttributes("td", "align", "data-label")
                .addAttributes("code", "class")
                .addAttributes("pre", "class")
                .addAttributes("img", "class", "loading")
                .addAttributes("abbr", "title")
                .addAttributes("input", "type", "checked", "disabled")
                .addEnforcedAttribute("input", "disabled", "disabled")
                .addProtocols("a", "href", "#", "http", "https", "mailto")
                .removeProtocols("img", "src", "http")
                .addProtocols("img", "src", "https")
                .preserveRelativeLinks(true);
    }

    /**
     * What sanitising would remove from a piece of raw HTML, in plain words: each element the allowlist does
     * not hold ({@code "<iframe>"}) and each attribute it drops ({@code "the attribute 'onclick' of <img>"}).
     */
    public java.util.List<org.sotcourseware.base.Message> removedFrom(String html) {
        java.util.Set<org.sotcourseware.base.Message> removed = new java.util.LinkedHashSet<>();
        Document doc = Jsoup.parseBodyFragment(html, BASE);
        for (Element el : doc.body().getAllElements()) {
            if (el == doc.body()) {
                continue;
            }
            String tag = el.normalName();
            if (!safelist.isSafeTag(tag)) {
                removed.add(org.sotcourseware.base.Message.of("content.markdown.removed-element", tag));
                continue;
            }
            for (org.jsoup.nodes.Attribute a : el.attributes()) {
                if (!safelist.isSafeAttribute(tag, el, a)) {
                    removed.add(org.sotcourseware.base.Message.of("content.markdown.removed-attribute", a.getKey(), tag));
                }
            }
        }
        return java.util.List.copyOf(removed);
    }

    /** Returns the safe body HTML of {@code html}. */
    public String sanitize(String html) {
        return sanitize(Jsoup.parseBodyFragment(html, BASE)).body().html();
    }

    /** Cleans a parsed document into a new, safe one (no second parse for callers that go on working with it). */
    public Document sanitize(Document dirty) {
        Document clean = new Cleaner(safelist).clean(dirty);
        for (Element input : clean.select("input")) {
            if (!"checkbox".equalsIgnoreCase(input.attr("type"))) {
                input.remove();
            }
        }
        for (Element a : clean.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("http://") || href.startsWith("https://")) {
                a.attr("target", "_blank");
                a.attr("rel", "noopener noreferrer nofollow");
            } else if (href.startsWith("/content-assets/")) {
                // a module image opened full size: a new tab, not a route of the app
                a.attr("target", "_blank");
                a.attr("rel", "noopener");
                a.attr("router-ignore", "");
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean;
    }
}

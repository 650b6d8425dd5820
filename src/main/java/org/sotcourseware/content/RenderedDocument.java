package org.sotcourseware.content;

import java.util.List;

/**
 * Sanitised HTML of a Markdown document (a single root element, safe for Vaadin's {@code Html}) and
 * its headings.
 */
public record RenderedDocument(String html, List<Heading> headings, int words) {

    public RenderedDocument {
        headings = List.copyOf(headings);
    }

    /**
     * A one-paragraph rendering without its paragraph wrapper, for labels (an option's text): the rendered
     * {@code <div class="prose"><p>…</p></div>} becomes {@code <span class="inline-md">…</span>}.
     */
    public static String inline(String renderedHtml) {
        return renderedHtml.replaceFirst("^<div class=\"prose\"><p>(.*)</p></div>$", "<span class=\"inline-md\">$1</span>");
    }
}

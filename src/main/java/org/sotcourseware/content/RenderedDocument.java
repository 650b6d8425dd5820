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
}

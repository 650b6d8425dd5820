package org.sotcourseware.base.ui;

import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Small pieces the staff screens share, so they read alike: a figure tile, a section title, a lead, an empty state. */
public final class PageParts {

    private PageParts() {
    }

    /** A figure with its label, as in the tiles above a list: "12" over "modules". */
    public static Div stat(String value, String label) {
        return classed(new Div(classed(new Span(value), "stat-value"), classed(new Span(label), "stat-label")), "stat");
    }

    public static H2 section(String text) {
        return classed(new H2(text), "section-title");
    }

    /** A side box's heading. */
    public static H2 sideTitle(String text) {
        return classed(new H2(text), "side-title");
    }

    public static Paragraph lead(String text) {
        return classed(new Paragraph(text), "lead");
    }

    /** What a list says when it has nothing to show, in plain words. */
    public static Paragraph empty(String text) {
        return classed(new Paragraph(text), "empty-state");
    }

    public static Paragraph muted(String text) {
        return classed(new Paragraph(text), "muted");
    }

    /** {@code component} with the style class {@code className}. */
    public static <T extends HasStyle> T classed(T component, String className) {
        component.addClassName(className);
        return component;
    }
}

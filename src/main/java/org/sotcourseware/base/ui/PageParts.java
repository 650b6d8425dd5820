package org.sotcourseware.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Small pieces the staff screens share, so they read alike: a figure tile, a section title, a lead, an empty state. */
public final class PageParts {

    private PageParts() {
    }

    /** A figure with its label, as in the tiles above a list ("12 modules"). */
    public static Div stat(String value, String label) {
        Span v = new Span(value);
        v.addClassName("stat-value");
        Span l = new Span(label);
        l.addClassName("stat-label");
        Div d = new Div(v, l);
        d.addClassName("stat");
        return d;
    }

    public static H2 section(String text) {
        H2 h = new H2(text);
        h.addClassName("section-title");
        return h;
    }

    public static Paragraph lead(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("lead");
        return p;
    }

    /** What a list says when it has nothing to show, in plain words. */
    public static Paragraph empty(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("empty-state");
        return p;
    }

    public static Paragraph muted(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("muted");
        return p;
    }
}

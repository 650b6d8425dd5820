package org.sotcourseware.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;

/** Anchors that navigate inside the app without a page reload. */
public final class Links {

    private Links() {
    }

    public static Anchor to(Destination destination, String text) {
        return to(destination.href(), text);
    }

    public static Anchor to(Destination destination, Component... content) {
        Anchor a = new Anchor(destination.href(), "");
        a.add(content);
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    /** A link to an address that is not a view of this app's router (a page outside it, the start page). */
    public static Anchor to(String href, String text) {
        Anchor a = new Anchor(href, text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    /** As {@link #to(String, String)}, around other components. */
    public static Anchor to(String href, Component... content) {
        Anchor a = new Anchor(href, "");
        a.add(content);
        a.getElement().setAttribute("router-link", true);
        return a;
    }
}

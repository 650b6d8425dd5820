package org.sotcourseware.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;

/** Anchors that navigate inside the app without a page reload. */
public final class Links {

    private Links() {
    }

    public static Anchor to(String href, String text) {
        Anchor a = new Anchor(href, text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    public static Anchor to(String href, Component... content) {
        Anchor a = new Anchor(href, "");
        a.add(content);
        a.getElement().setAttribute("router-link", true);
        return a;
    }
}

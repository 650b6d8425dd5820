package org.sotcourseware.base.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;

/** A breadcrumb trail: links for the ancestors, plain text for the current page. */
public class Breadcrumbs extends Nav {

    private final OrderedList list = new OrderedList();

    public Breadcrumbs() {
        addClassName("breadcrumbs");
        getElement().setAttribute("aria-label", getTranslation("base.breadcrumb"));
        add(list);
    }

    public Breadcrumbs link(String text, Destination destination) {
        list.add(new ListItem(Links.to(destination, text)));
        return this;
    }

    public Breadcrumbs current(String text) {
        Span s = new Span(text);
        s.getElement().setAttribute("aria-current", "page");
        list.add(new ListItem(s));
        return this;
    }
}

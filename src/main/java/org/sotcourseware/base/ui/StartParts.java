package org.sotcourseware.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

/** The parts every staff start page shares: the greeting at the top and the cards below it. */
public final class StartParts {

    private StartParts() {
    }

    /** The top of a start page: what kind of page it is, a greeting by first name, one line on what is below. */
    public static Div hero(String eyebrow, String displayName, String lead) {
        Div hero = new Div();
        hero.addClassNames("module-hero", "start-hero");
        Span kind = new Span(eyebrow);
        kind.addClassName("eyebrow");
        hero.add(kind, new H1(Greeting.welcomeBack(displayName)), PageParts.lead(lead));
        return hero;
    }

    /** A card with a heading and its content; {@code key} names it for styling and tests. */
    public static Div card(String key, String title, Component... content) {
        Div card = new Div();
        card.addClassNames("side-box", "start-card");
        card.getElement().setAttribute("data-card", key);
        card.add(PageParts.sideTitle(title));
        card.add(content);
        return card;
    }

    /** The grid the cards sit in (one column on a phone). */
    public static Div cards(Component... cards) {
        Div grid = new Div(cards);
        grid.addClassName("start-cards");
        return grid;
    }

    /** A row of links to the pages the role uses most. */
    public static Div actions(Component... links) {
        Div row = new Div(links);
        row.addClassName("start-actions");
        return row;
    }
}

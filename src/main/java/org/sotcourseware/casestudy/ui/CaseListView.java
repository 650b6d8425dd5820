package org.sotcourseware.casestudy.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Breadcrumbs;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.base.ui.Places;
import org.sotcourseware.casestudy.CaseService;
import org.sotcourseware.casestudy.CaseReadModel;
import org.sotcourseware.content.CoursePlace;

/** A module's clinical cases with the student's status and best score for each. */
@Route("modules/:moduleId/cases")
@PermitAll
class CaseListView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;
    private final Places places;
    private String title = "Cases";

    public CaseListView(CaseService cases, Places places) {
        this.cases = cases;
        this.places = places;
        addClassName("page");
        addClassName("case-list-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CaseReadModel.ModuleCases page = cases.moduleCases(event.getRouteParameters().get("moduleId").orElse(""));
        title = "Cases · " + page.moduleTitle();
        removeAll();
        add(new Breadcrumbs().link("Modules", places.of(new CoursePlace.Catalogue()))
                .link(page.moduleTitle(), places.of(new CoursePlace.ModulePage(page.moduleId()))).current("Clinical cases"));
        Div header = new Div();
        header.addClassName("page-header");
        Paragraph lead = new Paragraph("Work through patients stage by stage: findings are revealed as you go, you decide what to do, "
                + "and you see the expert's reasoning after each decision.");
        lead.addClassName("lead");
        header.add(new Div(new H1("Clinical cases"), lead));
        add(header);
        List<CaseReadModel.Summary> list = page.cases();
        if (list.isEmpty()) {
            Paragraph empty = PageParts.empty("This module has no case studies yet.");
            add(empty);
            return;
        }
        Div grid = new Div();
        grid.addClassName("case-grid");
        list.forEach(s -> grid.add(card(s)));
        add(grid);
    }

    static Div card(CaseReadModel.Summary s) {
        Div card = new Div();
        card.addClassName("case-card");
        card.getElement().setAttribute("data-case", s.caseId());
        Span status = switch (s.status()) {
            case NOT_STARTED -> badge("Not started", "");
            case IN_PROGRESS -> badge("In progress", "warning");
            case COMPLETED -> badge("Completed", "success");
        };
        H2 title = new H2(s.title());
        title.addClassName("case-card-title");
        Span meta = new Span((s.minutes() > 0 ? "About " + s.minutes() + " min · " : "") + "up to " + s.maxScore() + " points"
                + (s.bestScore() == null ? "" : " · best " + s.bestScore() + " of " + s.maxScore()));
        meta.addClassName("case-card-meta");
        card.add(status, title, meta);
        if (!s.objectives().isEmpty()) {
            UnorderedList objectives = new UnorderedList();
            objectives.addClassName("case-objectives");
            s.objectives().stream().limit(3).forEach(o -> objectives.add(new ListItem(o)));
            card.add(objectives);
        }
        var open = Links.to(CaseNavigation.caseStudy(s.moduleId(), s.caseId()), switch (s.status()) {
            case NOT_STARTED -> "Start the case";
            case IN_PROGRESS -> "Continue";
            case COMPLETED -> "Review or start again";
        });
        open.addClassName("button-link");
        card.add(new Div(open));
        return card;
    }

    private static Span badge(String text, String variant) {
        Span b = new Span(text);
        b.addClassName("badge");
        if (!variant.isEmpty()) {
            b.addClassName("badge-" + variant);
        }
        return b;
    }

    @Override
    public String getPageTitle() {
        return title + " · SOT Courseware";
    }
}

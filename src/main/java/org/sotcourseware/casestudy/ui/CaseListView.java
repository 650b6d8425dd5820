package org.sotcourseware.casestudy.ui;

import java.util.List;
import java.util.Locale;

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
    private String title = "";

    public CaseListView(CaseService cases, Places places) {
        this.cases = cases;
        this.places = places;
        addClassName("page");
        addClassName("case-list-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CaseReadModel.ModuleCases page = cases.moduleCases(event.getRouteParameters().get("moduleId").orElse(""));
        title = getTranslation("casestudy.cases") + " · " + page.moduleTitle();
        removeAll();
        add(new Breadcrumbs().link(getTranslation("casestudy.breadcrumb.modules"), places.of(new CoursePlace.Catalogue()))
                .link(page.moduleTitle(), places.of(new CoursePlace.ModulePage(page.moduleId()))).current(getTranslation("casestudy.list.title")));
        Div header = new Div();
        header.addClassName("page-header");
        Paragraph lead = new Paragraph(getTranslation("casestudy.list.lead"));
        lead.addClassName("lead");
        header.add(new Div(new H1(getTranslation("casestudy.list.title")), lead));
        add(header);
        List<CaseReadModel.Summary> list = page.cases();
        if (list.isEmpty()) {
            Paragraph empty = PageParts.empty(getTranslation("casestudy.list.empty"));
            add(empty);
            return;
        }
        Div grid = new Div();
        grid.addClassName("case-grid");
        list.forEach(s -> grid.add(card(s, getLocale())));
        add(grid);
    }

    static Div card(CaseReadModel.Summary s, Locale locale) {
        Div card = new Div();
        card.addClassName("case-card");
        card.getElement().setAttribute("data-case", s.caseId());
        Span status = switch (s.status()) {
            case NOT_STARTED -> badge(CaseParts.t(locale, "casestudy.status.not-started"), "");
            case IN_PROGRESS -> badge(CaseParts.t(locale, "casestudy.status.in-progress"), "warning");
            case COMPLETED -> badge(CaseParts.t(locale, "casestudy.status.completed"), "success");
        };
        H2 title = CaseParts.content(new H2(s.title()));
        title.addClassName("case-card-title");
        Span meta = new Span((s.minutes() > 0 ? CaseParts.t(locale, "casestudy.list.minutes", s.minutes()) + " · " : "")
                + CaseParts.t(locale, "casestudy.list.max-points", s.maxScore())
                + (s.bestScore() == null ? "" : " · " + CaseParts.t(locale, "casestudy.list.best", s.bestScore(), s.maxScore())));
        meta.addClassName("case-card-meta");
        card.add(status, title, meta);
        if (!s.objectives().isEmpty()) {
            UnorderedList objectives = CaseParts.content(new UnorderedList());
            objectives.addClassName("case-objectives");
            s.objectives().stream().limit(3).forEach(o -> objectives.add(new ListItem(o)));
            card.add(objectives);
        }
        var open = Links.to(CaseNavigation.caseStudy(s.moduleId(), s.caseId()), CaseParts.t(locale, switch (s.status()) {
            case NOT_STARTED -> "casestudy.list.start";
            case IN_PROGRESS -> "casestudy.list.continue";
            case COMPLETED -> "casestudy.list.review-or-again";
        }));
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
        return (title.isEmpty() ? getTranslation("casestudy.cases") : title) + " · " + getTranslation("shell.product");
    }
}

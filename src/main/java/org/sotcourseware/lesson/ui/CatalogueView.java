package org.sotcourseware.lesson.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.lesson.LessonService;
import org.sotcourseware.progress.ui.ProgressDisplay;
import org.sotcourseware.progress.ProgressReadModel;

/** The catalogue: a card per module in curriculum order. */
@Route("modules")
@PageTitle("Modules · SOT Courseware")
@PermitAll
class CatalogueView extends Main {

    public CatalogueView(LessonService lessons) {
        LessonService.Catalogue catalogue = lessons.catalogue();
        addClassName("page");
        addClassName("catalogue-page");
        Curriculum curriculum = catalogue.curriculum();
        Div header = new Div();
        header.addClassName("page-header");
        Paragraph lead = new Paragraph("The " + curriculum.title() + " in teaching order. Each module has lessons, "
                + "a quiz and clinical cases; later modules build on earlier ones.");
        lead.addClassName("lead");
        header.add(new Div(new H1("Modules"), lead));
        add(header);

        if (curriculum.modules().isEmpty()) {
            Div empty = new Div(new H2("No modules yet"), new Paragraph("The curriculum has no modules. An instructor "
                    + "adds them to the content folder or in the authoring screens."));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        Div grid = new Div();
        grid.addClassName("module-grid");
        catalogue.modules().forEach(card -> grid.add(card(card)));
        add(grid);
    }

    private static Component card(LessonService.ModuleCard c) {
        CourseModule m = c.module();
        ProgressReadModel.Module p = c.progress();
        Span eyebrow = new Span("Module " + c.number());
        eyebrow.addClassName("eyebrow");
        H2 title = new H2(m.title());
        title.addClassName("module-card-title");
        Paragraph summary = new Paragraph(m.summary());
        summary.addClassName("module-card-summary");
        int lessons = m.publishedLessons().size();
        Span meta = new Span(ModuleWording.lessons(lessons) + " · " + ModuleWording.hours(m.hours()));
        meta.addClassName("module-card-meta");
        Div body = new Div(eyebrow, title, summary);
        body.addClassName("module-card-body");
        Div progressRow = new Div(ProgressDisplay.status(p), ProgressDisplay.bar(p.percent(), m.title()));
        progressRow.addClassName("module-card-progress");
        Div footer = new Div(progressRow, meta);
        footer.addClassName("module-card-footer");
        if (!c.requiredTitles().isEmpty()) {
            Span after = new Span("After " + ModuleWording.titles(c.requiredTitles()));
            after.addClassName("module-card-requires");
            footer.add(after);
        }
        var card = Links.to(LessonNavigation.module(m.id()), body, footer);
        card.addClassName("module-card");
        card.getElement().setAttribute("data-module", m.id());
        if (p.locked()) {
            card.addClassName("is-locked");
        }
        return card;
    }
}

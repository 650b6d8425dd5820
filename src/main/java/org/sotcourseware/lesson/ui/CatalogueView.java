package org.sotcourseware.lesson.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sotcourseware.base.Translations;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.lesson.LessonService;
import org.sotcourseware.progress.ui.ProgressDisplay;
import org.sotcourseware.progress.ProgressReadModel;

/** The catalogue: a card per module in curriculum order. */
@Route("modules")
@PermitAll
class CatalogueView extends Main implements HasDynamicTitle {

    public CatalogueView(LessonService lessons) {
        LessonService.Catalogue catalogue = lessons.catalogue();
        addClassName("page");
        addClassName("catalogue-page");
        Curriculum curriculum = catalogue.curriculum();
        Div header = new Div();
        header.addClassName("page-header");
        Paragraph lead = new Paragraph(getTranslation("lesson.catalogue.lead", curriculum.title()));
        lead.addClassName("lead");
        header.add(new Div(new H1(getTranslation("lesson.catalogue.title")), lead));
        add(header);

        if (curriculum.modules().isEmpty()) {
            Div empty = new Div(new H2(getTranslation("lesson.catalogue.empty-title")),
                    new Paragraph(getTranslation("lesson.catalogue.empty-text")));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        Div grid = new Div();
        grid.addClassName("module-grid");
        catalogue.modules().forEach(card -> grid.add(card(card, getLocale())));
        add(grid);
    }

    private static Component card(LessonService.ModuleCard c, Locale locale) {
        CourseModule m = c.module();
        ProgressReadModel.Module p = c.progress();
        Span eyebrow = new Span(Translations.text(locale, "lesson.module.number", c.number()));
        eyebrow.addClassName("eyebrow");
        H2 title = ModuleWording.inModuleLanguage(new H2(m.title()), m);
        title.addClassName("module-card-title");
        Paragraph summary = ModuleWording.inModuleLanguage(new Paragraph(m.summary()), m);
        summary.addClassName("module-card-summary");
        int lessons = m.publishedLessons().size();
        Span meta = new Span(ModuleWording.lessons(lessons, locale) + " · " + ModuleWording.hours(m.hours(), locale));
        meta.addClassName("module-card-meta");
        Div body = new Div(eyebrow, title, summary);
        body.addClassName("module-card-body");
        Div progressRow = new Div(ProgressDisplay.status(p), ProgressDisplay.bar(p.percent(), m.title()));
        progressRow.addClassName("module-card-progress");
        Div footer = new Div(progressRow, meta);
        footer.addClassName("module-card-footer");
        if (!c.requiredTitles().isEmpty()) {
            Span after = new Span(Translations.text(locale, "lesson.catalogue.after", ModuleWording.titles(c.requiredTitles(), locale)));
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

    @Override
    public String getPageTitle() {
        return getTranslation("lesson.page-title", getTranslation("lesson.catalogue.title"));
    }
}

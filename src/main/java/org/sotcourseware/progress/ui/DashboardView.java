package org.sotcourseware.progress.ui;

import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jsoup.nodes.Element;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.Numbers;
import org.sotcourseware.base.Translations;
import org.sotcourseware.base.ui.DashboardBox;
import org.sotcourseware.base.ui.TracksBoxProvider;
import org.sotcourseware.base.ui.Destination;
import org.sotcourseware.base.ui.Greeting;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.base.ui.Places;
import org.sotcourseware.content.CoursePlace;
import org.sotcourseware.progress.ProgressMessages;
import org.sotcourseware.progress.ProgressService;
import org.sotcourseware.progress.ProgressReadModel;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The home page after sign-in: overall progress, where to continue, the next step, a card per module,
 * the certification tracks and recent activity. Everything comes from one call, {@link ProgressService#dashboard()}.
 */
@Route("")
@PermitAll
class DashboardView extends Main implements HasDynamicTitle {

    public DashboardView(ProgressService progress, ObjectProvider<TracksBoxProvider> certification, Places places,
                         ObjectProvider<DashboardBox> boxes) {
        addClassName("page");
        addClassName("dashboard-page");
        Locale locale = getLocale();
        ProgressReadModel.Dashboard dashboard = progress.dashboard();
        ProgressReadModel.Student p = dashboard.progress();

        Div hero = new Div();
        hero.addClassName("module-hero");
        hero.addClassName("dashboard-hero");
        Span eyebrow = new Span(getTranslation("progress.dashboard.eyebrow"));
        eyebrow.addClassName("eyebrow");
        H1 hello = new H1(Greeting.welcomeBack(dashboard.displayName()));
        Paragraph summary = new Paragraph(getTranslation("progress.dashboard.summary", p.modulesCompleted(), p.modules().size(), p.done(), p.total()));
        summary.addClassName("lead");
        Component overall = ProgressDisplay.bar(p.percent(), getTranslation("progress.dashboard.overall"));
        overall.getElement().setAttribute("data-overall", "true");
        hero.add(eyebrow, hello, summary, overall);
        add(hero);

        Div steps = new Div();
        steps.addClassName("dashboard-steps");
        Div cont = p.continueAt() == null
                ? step(getTranslation("progress.dashboard.continue-title"), getTranslation("progress.dashboard.not-started"),
                places.of(new CoursePlace.ModulePage("foundations")), getTranslation("progress.dashboard.open-foundations"))
                : step(getTranslation("progress.dashboard.continue-title"), p.continueAt().label().in(locale), places.of(p.continueAt().place()),
                getTranslation("progress.dashboard.continue"));
        cont.addClassName("dashboard-continue");
        steps.add(cont);
        if (p.next() != null) {
            Div next = step(getTranslation("progress.dashboard.next-title", p.next().moduleTitle()), p.next().text().in(locale),
                    places.of(p.next().place()), getTranslation("progress.dashboard.go"));
            next.addClassName("dashboard-next");
            steps.add(next);
        } else {
            steps.add(step(getTranslation("progress.dashboard.next-title-done"), getTranslation("progress.dashboard.all-done"),
                    places.of(new CoursePlace.Catalogue()), getTranslation("progress.dashboard.see-modules")));
        }
        // boxes other features contribute (spaced review's "due today"), beside the next steps
        boxes.orderedStream().sorted(java.util.Comparator.comparingInt(DashboardBox::order)).forEach(b -> steps.add(b.create()));
        add(steps);

        H2 modulesTitle = new H2(getTranslation("progress.dashboard.modules"));
        modulesTitle.addClassName("section-title");
        Div grid = new Div();
        grid.addClassName("dashboard-modules");
        for (ProgressReadModel.Module m : p.modules()) {
            grid.add(moduleCard(m, place -> places.of(place).href(), locale));
        }
        add(modulesTitle, grid);

        Div lower = new Div();
        lower.addClassName("dashboard-lower");
        TracksBoxProvider contributed = certification.getIfAvailable();
        Component tracks = contributed != null ? contributed.create() : tracksBox(p, locale);
        Div activity = new Div();
        activity.addClassName("side-box");
        activity.addClassName("dashboard-activity");
        H2 activityTitle = new H2(getTranslation("progress.dashboard.activity-title"));
        activityTitle.addClassName("side-title");
        activity.add(activityTitle);
        if (p.recent().isEmpty()) {
            activity.add(new Paragraph(getTranslation("progress.dashboard.activity-empty")));
        } else {
            // one block of router links (the client follows them without a reload), not 40 components
            Element items = ProgressDisplay.html("ul");
            for (ProgressReadModel.Activity a : p.recent()) {
                Element li = items.appendElement("li");
                li.appendElement("a").attr("router-link", "").attr("href", places.of(a.place()).href()).appendElement("span").text(a.label().in(locale));
                li.appendElement("span").addClass("activity-when").text(ProgressDisplay.date(a.at(), locale));
            }
            UnorderedList list = new UnorderedList();
            list.addClassName("activity-list");
            list.getElement().setProperty("innerHTML", items.html());
            activity.add(list);
        }
        lower.add(tracks, activity);
        add(lower);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("progress.dashboard.page-title");
    }

    /** The tracks box when no certification feature contributes one: the modules each track needs. */
    private static Component tracksBox(ProgressReadModel.Student p, Locale locale) {
        Div tracks = new Div();
        tracks.addClassName("side-box");
        tracks.addClassName("dashboard-tracks");
        H2 tracksTitle = new H2(Translations.text(locale, "progress.dashboard.tracks-title"));
        tracksTitle.addClassName("side-title");
        tracks.add(tracksTitle);
        for (ProgressReadModel.Track t : p.tracks()) {
            Div row = new Div();
            row.addClassName("track-row");
            row.getElement().setAttribute("data-track", t.id());
            Span title = new Span(t.title());
            title.addClassName("track-title");
            Span count = new Span(Translations.text(locale, "progress.dashboard.track-count", t.completed(), t.modules().size()));
            count.addClassName("track-count");
            Span modules = new Span(String.join(", ", t.modules().stream().map(ProgressReadModel.ModuleRef::title).toList()));
            modules.addClassName("track-modules");
            row.add(title, count, modules);
            tracks.add(row);
        }
        Paragraph trackNote = new Paragraph(Translations.text(locale, "progress.dashboard.track-note"));
        trackNote.addClassName("track-note");
        tracks.add(trackNote);

        return tracks;
    }

    private static Div step(String heading, String text, Destination link, String action) {
        Div d = new Div();
        d.addClassName("side-box");
        d.addClassName("dashboard-step");
        H2 h = new H2(heading);
        h.addClassName("side-title");
        Paragraph p = new Paragraph(text);
        var a = Links.to(link, action);
        a.addClassName("button-link");
        d.add(h, p, a);
        return d;
    }

    /** A module's card in the current UI's language; see {@link #moduleCard(ProgressReadModel.Module, Function, Locale)}. */
    static Component moduleCard(ProgressReadModel.Module m, Function<CoursePlace, String> href) {
        return moduleCard(m, href, Locales.current());
    }

    /**
     * A module's card: a router link (so the client navigates without a reload, and tests and the load driver
     * find it) whose inside is one HTML block, not a dozen components: twelve cards were about 150 components
     * and most of the dashboard's first answer. Every text in it is escaped. {@code href} gives the address
     * of a place (the module's page).
     */
    static Component moduleCard(ProgressReadModel.Module m, Function<CoursePlace, String> href, Locale locale) {
        Element inside = ProgressDisplay.html("div");
        inside.appendElement("span").addClass("eyebrow").text(Translations.text(locale, "progress.card.module", m.number()));
        inside.appendElement("span").addClass("module-card-title").text(m.title());
        inside.appendChild(ProgressDisplay.statusElement(m, locale));
        inside.appendChild(ProgressDisplay.barElement(m.percent(), m.title(), locale));
        Element meta = inside.appendElement("div").addClass("dashboard-module-meta");
        if (m.bestQuizPercent() != null) {
            meta.appendElement("span").text(Translations.text(locale, "progress.card.quiz-best", Numbers.percent(m.bestQuizPercent(), 2, locale)));
        }
        if (m.casesTotal() > 0) {
            meta.appendElement("span").text(Translations.text(locale, "progress.card.cases", m.casesDone(), m.casesTotal()));
        }
        if (m.locked()) {
            inside.appendElement("span").addClass("dashboard-module-lock").text(Translations.text(locale, "progress.card.after",
                    ProgressMessages.list(m.missingPrerequisites().stream().map(ProgressReadModel.ModuleRef::title).toList())));
        }
        var card = Links.to(href.apply(new CoursePlace.ModulePage(m.moduleId())));
        card.addClassName("dashboard-module");
        if (m.locked()) {
            card.addClassName("is-locked");
        }
        card.getElement().setAttribute("data-module", m.moduleId())
                .setAttribute("data-status", m.locked() ? "LOCKED" : m.status().name())
                .setAttribute("data-percent", String.valueOf(m.percent()))
                .setProperty("innerHTML", inside.outerHtml());
        return card;
    }
}

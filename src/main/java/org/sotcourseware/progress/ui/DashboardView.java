package org.sotcourseware.progress.ui;

import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sotcourseware.base.ui.DashboardBox;
import org.sotcourseware.base.ui.TracksBoxProvider;
import org.sotcourseware.base.ui.Destination;
import org.sotcourseware.base.ui.Greeting;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.base.ui.Places;
import org.sotcourseware.content.CoursePlace;
import org.sotcourseware.progress.ProgressService;
import org.sotcourseware.progress.ProgressReadModel;
import org.sotcourseware.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.util.HtmlUtils;

/**
 * The home page after sign-in: overall progress, where to continue, the next step, a card per module,
 * the certification tracks and recent activity. Every figure comes from {@link ProgressService}.
 */
@Route("")
@PageTitle("My progress · SOT Courseware")
@PermitAll
class DashboardView extends Main {

    public DashboardView(ProgressService progress, CurrentUser currentUser, ObjectProvider<TracksBoxProvider> certification, Places places,
                         ObjectProvider<DashboardBox> boxes) {
        addClassName("page");
        addClassName("dashboard-page");
        ProgressReadModel.Student p = progress.mine();
        String name = currentUser.require().displayName();

        Div hero = new Div();
        hero.addClassName("module-hero");
        hero.addClassName("dashboard-hero");
        Span eyebrow = new Span("Your curriculum");
        eyebrow.addClassName("eyebrow");
        H1 hello = new H1(Greeting.welcomeBack(name));
        Paragraph summary = new Paragraph(p.modulesCompleted() + " of " + p.modules().size() + " modules completed · "
                + p.done() + " of " + p.total() + " required lessons, quizzes and cases done");
        summary.addClassName("lead");
        Component overall = ProgressDisplay.bar(p.percent(), "Curriculum progress");
        overall.getElement().setAttribute("data-overall", "true");
        hero.add(eyebrow, hello, summary, overall);
        add(hero);

        Div steps = new Div();
        steps.addClassName("dashboard-steps");
        Div cont = step("Continue where you left off", p.continueAt() == null ? "You have not started yet. Foundations is the place to begin."
                : label(p.continueAt()), places.of(p.continueAt() == null ? new CoursePlace.ModulePage("foundations") : p.continueAt().place()),
                p.continueAt() == null ? "Open Foundations" : "Continue");
        cont.addClassName("dashboard-continue");
        steps.add(cont);
        if (p.next() != null) {
            Div next = step("Next step · " + p.next().moduleTitle(), p.next().text(), places.of(p.next().place()), "Go");
            next.addClassName("dashboard-next");
            steps.add(next);
        } else {
            steps.add(step("Next step", "You have completed every module you can open. Well done.", places.of(new CoursePlace.Catalogue()),
                    "See the modules"));
        }
        // boxes other features contribute (spaced review's "due today"), beside the next steps
        boxes.orderedStream().sorted(java.util.Comparator.comparingInt(DashboardBox::order)).forEach(b -> steps.add(b.create()));
        add(steps);

        H2 modulesTitle = new H2("Modules");
        modulesTitle.addClassName("section-title");
        Div grid = new Div();
        grid.addClassName("dashboard-modules");
        for (ProgressReadModel.Module m : p.modules()) {
            grid.add(moduleCard(m, place -> places.of(place).href()));
        }
        add(modulesTitle, grid);

        Div lower = new Div();
        lower.addClassName("dashboard-lower");
        TracksBoxProvider contributed = certification.getIfAvailable();
        Component tracks = contributed != null ? contributed.create() : tracksBox(p);
        Div activity = new Div();
        activity.addClassName("side-box");
        activity.addClassName("dashboard-activity");
        H2 activityTitle = new H2("Recent activity");
        activityTitle.addClassName("side-title");
        activity.add(activityTitle);
        if (p.recent().isEmpty()) {
            activity.add(new Paragraph("Nothing yet. Your reading, quizzes and cases will show up here."));
        } else {
            // one block of router links (the client follows them without a reload), not 40 components
            StringBuilder items = new StringBuilder();
            for (ProgressReadModel.Activity a : p.recent()) {
                items.append("<li><a router-link href=\"").append(HtmlUtils.htmlEscape(places.of(a.place()).href())).append("\"><span>")
                        .append(HtmlUtils.htmlEscape(label(a))).append("</span></a><span class=\"activity-when\">")
                        .append(HtmlUtils.htmlEscape(ProgressDisplay.date(a.at()))).append("</span></li>");
            }
            UnorderedList list = new UnorderedList();
            list.addClassName("activity-list");
            list.getElement().setProperty("innerHTML", items.toString());
            activity.add(list);
        }
        lower.add(tracks, activity);
        add(lower);
    }

    /** The tracks box when no certification feature contributes one: the modules each track needs. */
    private static Component tracksBox(ProgressReadModel.Student p) {
        Div tracks = new Div();
        tracks.addClassName("side-box");
        tracks.addClassName("dashboard-tracks");
        H2 tracksTitle = new H2("Certification tracks");
        tracksTitle.addClassName("side-title");
        tracks.add(tracksTitle);
        for (ProgressReadModel.Track t : p.tracks()) {
            Div row = new Div();
            row.addClassName("track-row");
            row.getElement().setAttribute("data-track", t.id());
            Span title = new Span(t.title());
            title.addClassName("track-title");
            Span count = new Span(t.completed() + " of " + t.modules().size() + " modules");
            count.addClassName("track-count");
            Span modules = new Span(String.join(", ", t.modules().stream().map(ProgressReadModel.ModuleRef::title).toList()));
            modules.addClassName("track-modules");
            row.add(title, count, modules);
            tracks.add(row);
        }
        Paragraph trackNote = new Paragraph("Certification also needs seminar hours and the written and practical exams; "
                + "your seminar organiser records those.");
        trackNote.addClassName("track-note");
        tracks.add(trackNote);

        return tracks;
    }

    static String label(ProgressReadModel.Activity a) {
        String d = a.detail() == null ? "" : " (" + a.detail() + ")";
        return switch (a.kind()) {
            case "lesson-opened" -> "Opened “" + a.title() + "”";
            case "lesson-read" -> "Read “" + a.title() + "”";
            case "quiz-started" -> "Started the " + a.title();
            case "quiz-submitted" -> "Submitted the " + a.title() + d;
            case "case-started" -> "Started the case “" + a.title() + "”";
            case "case-completed" -> "Completed the case “" + a.title() + "”" + d;
            case "module-completed" -> "Completed the module " + a.title();
            case "override" -> a.title() + " opened for you" + d;
            default -> a.title();
        };
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

    /**
     * A module's card: a router link (so the client navigates without a reload, and tests and the load driver
     * find it) whose inside is one HTML block, not a dozen components: twelve cards were about 150 components
     * and most of the dashboard's first answer. Every text in it is escaped. {@code href} gives the address
     * of a place (the module's page).
     */
    static Component moduleCard(ProgressReadModel.Module m, Function<CoursePlace, String> href) {
        StringBuilder html = new StringBuilder("<div>")
                .append("<span class=\"eyebrow\">Module ").append(m.number()).append("</span>")
                .append("<span class=\"module-card-title\">").append(HtmlUtils.htmlEscape(m.title())).append("</span>")
                .append(ProgressDisplay.statusHtml(m))
                .append(ProgressDisplay.barHtml(m.percent(), m.title()))
                .append("<div class=\"dashboard-module-meta\">");
        if (m.bestQuizPercent() != null) {
            html.append("<span>Quiz best ").append(percent(m.bestQuizPercent())).append("</span>");
        }
        if (m.casesTotal() > 0) {
            html.append("<span>Cases ").append(m.casesDone()).append('/').append(m.casesTotal()).append("</span>");
        }
        html.append("</div>");
        if (m.locked()) {
            html.append("<span class=\"dashboard-module-lock\">").append(HtmlUtils.htmlEscape("After " + String.join(" and ",
                    m.missingPrerequisites().stream().map(ProgressReadModel.ModuleRef::title).toList()))).append("</span>");
        }
        var card = Links.to(href.apply(new CoursePlace.ModulePage(m.moduleId())));
        card.addClassName("dashboard-module");
        if (m.locked()) {
            card.addClassName("is-locked");
        }
        card.getElement().setAttribute("data-module", m.moduleId())
                .setAttribute("data-status", m.locked() ? "LOCKED" : m.status().name())
                .setAttribute("data-percent", String.valueOf(m.percent()))
                .setProperty("innerHTML", html.append("</div>").toString());
        return card;
    }

    private static String percent(double p) {
        return (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)) + "%";
    }
}

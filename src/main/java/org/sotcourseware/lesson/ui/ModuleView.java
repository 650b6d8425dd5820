package org.sotcourseware.lesson.ui;

import java.util.List;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sotcourseware.base.ui.Bits;
import org.sotcourseware.base.ui.Breadcrumbs;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Lesson;
import org.sotcourseware.casestudy.CaseService;
import org.sotcourseware.casestudy.CaseViews;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.progress.ProgressBits;
import org.sotcourseware.progress.ProgressService;
import org.sotcourseware.progress.ProgressViews;
import org.sotcourseware.quiz.QuizService;
import org.sotcourseware.quiz.QuizViews;
import org.sotcourseware.security.CurrentUser;

/** A module's overview: summary, outcomes, prerequisites, the overview text and the lessons. */
@Route("modules/:moduleId")
@PermitAll
public class ModuleView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueService catalogue;
    private final CurrentUser currentUser;
    private final QuizService quizzes;
    private final CaseService cases;
    private final ProgressService progress;
    private String title = "Module";

    public ModuleView(CatalogueService catalogue, CurrentUser currentUser, QuizService quizzes, CaseService cases, ProgressService progress) {
        this.progress = progress;
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        this.quizzes = quizzes;
        this.cases = cases;
        addClassName("page");
        addClassName("module-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String moduleId = event.getRouteParameters().get("moduleId").orElse("");
        CourseModule module = catalogue.module(moduleId).orElse(null);
        if (module == null) {
            event.rerouteToError(NotFoundException.class, "There is no module called '" + moduleId + "'.");
            return;
        }
        title = module.title();
        build(module);
    }

    private void build(CourseModule m) {
        removeAll();
        var curriculum = catalogue.curriculum();
        int number = curriculum.modules().indexOf(m) + 1;
        boolean staff = currentUser.get().map(u -> u.isStaff()).orElse(false);
        List<Lesson> lessons = staff ? m.lessons() : m.publishedLessons();
        ProgressViews.Module p = progress.mine().module(m.id());
        boolean locked = p.locked() && !staff;

        add(new Breadcrumbs().link("Modules", "modules").current(m.title()));

        Div hero = new Div();
        hero.addClassName("module-hero");
        Span eyebrow = new Span("Module " + number + " of " + curriculum.modules().size());
        eyebrow.addClassName("eyebrow");
        Paragraph summary = Bits.lead(m.summary());
        Div facts = new Div();
        facts.addClassName("fact-row");
        facts.add(fact(ModuleText.lessons(m.publishedLessons().size())), fact(ModuleText.hours(m.hours())));
        if (m.estimatedMinutes() > 0) {
            facts.add(fact(m.estimatedMinutes() + " min of reading"));
        }
        hero.add(eyebrow, new H1(m.title()), summary, facts);
        if (locked) {
            Div lock = new Div();
            lock.addClassName("lock-panel");
            lock.add(new Span("This module opens after you complete: "));
            for (int i = 0; i < p.missingPrerequisites().size(); i++) {
                var ref = p.missingPrerequisites().get(i);
                if (i > 0) {
                    lock.add(new Span(i == p.missingPrerequisites().size() - 1 ? " and " : ", "));
                }
                lock.add(Links.to("modules/" + ref.id(), ref.title()));
            }
            lock.add(new Span(". You can read the overview below meanwhile."));
            hero.add(lock);
        } else if (!lessons.isEmpty()) {
            var start = Links.to("modules/" + m.id() + "/" + lessons.getFirst().id(), "Start with lesson 1");
            start.addClassName("button-link");
            hero.add(new Div(start));
        }
        add(hero);

        Div columns = new Div();
        columns.addClassName("module-columns");
        Div main = new Div();
        main.addClassName("module-main");
        Div side = new Div();
        side.addClassName("module-side");

        main.add(org.sotcourseware.base.ui.Bits.section("Lessons"));
        if (lessons.isEmpty()) {
            Paragraph none = Bits.empty("This module has no lessons yet.");
            main.add(none);
        } else {
            OrderedList list = new OrderedList();
            list.addClassName("lesson-list");
            for (int i = 0; i < lessons.size(); i++) {
                Lesson l = lessons.get(i);
                Span n = new Span(String.valueOf(i + 1));
                n.addClassName("lesson-number");
                Span t = new Span(l.title());
                t.addClassName("lesson-title");
                Span meta = new Span(ModuleText.minutes(l.minutes()));
                meta.addClassName("lesson-meta");
                boolean read = p.readLessons().contains(l.id());
                if (read) {
                    n.setText("✓");
                    n.addClassName("is-read");
                    n.getElement().setAttribute("aria-label", "Read");
                }
                var link = Links.to(locked ? "modules/" + m.id() : "modules/" + m.id() + "/" + l.id(), n, t, meta);
                if (locked) {
                    link.addClassName("is-locked");
                }
                if (l.broken()) {
                    Span bad = new Span("Has errors");
                    bad.addClassName("badge");
                    bad.addClassName("badge-error");
                    link.add(bad);
                }
                list.add(new ListItem(link));
            }
            main.add(list);
        }
        if (!locked) {
            quizzes.overview(m.id()).ifPresent(q -> main.add(org.sotcourseware.base.ui.Bits.section("Quiz"), quizCard(q)));
        }
        List<CaseViews.Summary> caseList = locked ? List.of() : cases.list(m.id());
        if (!caseList.isEmpty()) {
            main.add(org.sotcourseware.base.ui.Bits.section("Clinical cases"), casesCard(m.id(), caseList));
        }
        if (staff) {
            m.cases().stream().filter(CaseStudy::broken).forEach(c -> main.add(ProblemList.of("Problems in " + c.sourceFile(), c.problems())));
        }
        if (staff && m.quiz() != null && m.quiz().broken()) {
            main.add(ProblemList.of("Problems in quiz.md", m.quiz().problems()));
        }
        if (!m.overviewMarkdown().isBlank()) {
            // the page already shows the title: leave out the overview's own top heading
            String overviewHtml = catalogue.renderModuleOverview(m).html().replaceFirst("^(<div class=\"prose\">)\\s*<h1[^>]*>.*?</h1>", "$1");
            Div overview = new Div(new Html(overviewHtml));
            overview.addClassName("module-overview");
            main.add(org.sotcourseware.base.ui.Bits.section("About this module"), overview);
        }

        Div progressBox = new Div();
        progressBox.addClassName("side-box");
        progressBox.addClassName("module-progress");
        progressBox.add(sideTitle("Your progress"), ProgressBits.status(p), ProgressBits.bar(p.percent(), m.title()));
        UnorderedList checklist = new UnorderedList();
        checklist.addClassName("requirement-list");
        for (ProgressViews.Requirement r : p.requirements()) {
            ListItem li = new ListItem();
            li.addClassName(r.met() ? "met" : "unmet");
            Span mark = new Span(r.met() ? "✓" : "○");
            mark.addClassName("requirement-mark");
            li.add(mark, locked ? new Span(r.text()) : Links.to(r.link(), r.text()));
            checklist.add(li);
        }
        progressBox.add(checklist);
        if (p.overridden()) {
            Paragraph o = new Paragraph("Opened for you by your instructor.");
            o.addClassName("override-note");
            progressBox.add(o);
        }
        side.add(progressBox);
        if (!m.outcomes().isEmpty()) {
            Div box = new Div();
            box.addClassName("side-box");
            UnorderedList outcomes = new UnorderedList();
            outcomes.addClassName("outcome-list");
            m.outcomes().forEach(o -> outcomes.add(new ListItem(o.text())));
            box.add(sideTitle("Learning outcomes"), outcomes);
            side.add(box);
        }
        Div prereq = new Div();
        prereq.addClassName("side-box");
        prereq.add(sideTitle("Before this module"));
        var required = catalogue.prerequisites(m.id());
        if (required.isEmpty()) {
            prereq.add(new Paragraph("No prerequisites: this is where the curriculum starts."));
        } else {
            UnorderedList reqs = new UnorderedList();
            required.forEach(r -> reqs.add(new ListItem(Links.to("modules/" + r.id(), r.title()))));
            prereq.add(reqs);
        }
        side.add(prereq);
        if (!m.audience().isBlank()) {
            Div who = new Div(sideTitle("Who it is for"), new Paragraph(m.audience()));
            who.addClassName("side-box");
            side.add(who);
        }
        if (staff && !m.problems().isEmpty()) {
            side.add(ProblemList.of("Problems in module.md", m.problems()));
        }
        columns.add(main, side);
        add(columns);
    }

    private static Div quizCard(QuizViews.Overview q) {
        Div card = new Div();
        card.addClassName("activity-card");
        Span title = new Span(q.quizTitle());
        title.addClassName("activity-title");
        Span meta = new Span(q.questionsPerAttempt() + " questions · pass mark " + q.passMark() + "%"
                + (q.timeLimitMinutes() == null ? "" : " · " + q.timeLimitMinutes() + " min"));
        meta.addClassName("activity-meta");
        Span status = new Span(q.history().isEmpty() ? "Not attempted yet"
                : "Best score " + new java.text.DecimalFormat("0.#").format(q.bestPercent() == null ? 0 : q.bestPercent()) + "%"
                + (q.passed() ? " · passed" : " · not passed yet"));
        status.addClassName("activity-status");
        if (q.passed()) {
            status.addClassName("activity-done");
        }
        Div text = new Div(title, meta, status);
        text.addClassName("activity-text");
        var open = Links.to("modules/" + q.moduleId() + "/quiz", q.inProgressAttemptId() != null ? "Continue" : "Open the quiz");
        open.addClassName("button-link");
        card.add(text, open);
        return card;
    }

    private static Div casesCard(String moduleId, List<CaseViews.Summary> list) {
        Div card = new Div();
        card.addClassName("activity-card");
        long done = list.stream().filter(c -> c.status() == CaseViews.Status.COMPLETED).count();
        Span title = new Span(list.size() == 1 ? "1 case" : list.size() + " cases");
        title.addClassName("activity-title");
        Span meta = new Span(String.join(" · ", list.stream().map(CaseViews.Summary::title).toList()));
        meta.addClassName("activity-meta");
        Span status = new Span(done + " of " + list.size() + " completed");
        status.addClassName("activity-status");
        if (done == list.size()) {
            status.addClassName("activity-done");
        }
        Div text = new Div(title, meta, status);
        text.addClassName("activity-text");
        var open = Links.to("modules/" + moduleId + "/cases", "Open the cases");
        open.addClassName("button-link");
        card.add(text, open);
        return card;
    }

    private static Span fact(String text) {
        Span s = new Span(text);
        s.addClassName("fact");
        return s;
    }


    private static H2 sideTitle(String text) {
        H2 h = new H2(text);
        h.addClassName("side-title");
        return h;
    }

    @Override
    public String getPageTitle() {
        return title + " · SOT Courseware";
    }
}

package org.sotcourseware.lesson.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sotcourseware.base.Numbers;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Breadcrumbs;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.base.ui.Places;
import org.sotcourseware.base.ui.StudyTools;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.CoursePlace;
import org.sotcourseware.content.Lesson;
import org.sotcourseware.lesson.LessonService;
import org.sotcourseware.casestudy.CaseReadModel;
import org.sotcourseware.progress.ui.ProgressDisplay;
import org.sotcourseware.progress.ProgressReadModel;
import org.sotcourseware.quiz.QuizReadModel;

/** A module's overview: summary, outcomes, prerequisites, the overview text and the lessons. */
@Route("modules/:moduleId")
@PermitAll
class ModuleView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonService lessons;
    private final Places places;
    private final List<StudyTools> tools;
    private String title = "Module";

    public ModuleView(LessonService lessons, Places places, List<StudyTools> tools) {
        this.lessons = lessons;
        this.places = places;
        this.tools = tools.stream().sorted(Comparator.comparingInt(StudyTools::order)).toList();
        addClassName("page");
        addClassName("module-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LessonService.ModulePage page = lessons.module(event.getRouteParameters().get("moduleId").orElse(""));
        title = page.module().title();
        removeAll();
        add(new Breadcrumbs().link("Modules", LessonNavigation.catalogue()).current(page.module().title()));
        add(hero(page));
        if (!page.locked()) {
            // study tools of other features (notes, handbook): only for a module the user may open
            Div study = new Div();
            study.addClassName("study-tools");
            study.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5rem 1.5rem").set("margin", "0 0 1rem");
            tools.forEach(t -> t.moduleTools(page.module().id()).forEach(study::add));
            if (study.getChildren().findAny().isPresent()) {
                add(study);
            }
        }
        Div main = new Div();
        main.addClassName("module-main");
        lessonList(page, main);
        activities(page, main);
        page.problems().forEach(problems -> main.add(ProblemList.of(problems.title(), problems.problems())));
        overview(page, main);
        Div side = new Div(progressBox(page));
        side.addClassName("module-side");
        sideFacts(page, side);
        Div columns = new Div(main, side);
        columns.addClassName("module-columns");
        add(columns);
    }

    /** The title, summary and facts, then what opens a locked module or the way into the first lesson. */
    private static Div hero(LessonService.ModulePage page) {
        CourseModule m = page.module();
        Div hero = new Div();
        hero.addClassName("module-hero");
        Span eyebrow = new Span("Module " + page.number() + " of " + page.moduleCount());
        eyebrow.addClassName("eyebrow");
        Div facts = new Div();
        facts.addClassName("fact-row");
        facts.add(fact(ModuleWording.lessons(m.publishedLessons().size())), fact(ModuleWording.hours(m.hours())));
        if (m.estimatedMinutes() > 0) {
            facts.add(fact(m.estimatedMinutes() + " min of reading"));
        }
        hero.add(eyebrow, new H1(m.title()), PageParts.lead(m.summary()), facts);
        List<ProgressReadModel.ModuleRef> missing = page.progress().missingPrerequisites();
        if (page.locked()) {
            Div lock = new Div();
            lock.addClassName("lock-panel");
            lock.add(new Span("This module opens after you complete: "));
            for (int i = 0; i < missing.size(); i++) {
                if (i > 0) {
                    lock.add(new Span(i == missing.size() - 1 ? " and " : ", "));
                }
                lock.add(Links.to(LessonNavigation.module(missing.get(i).id()), missing.get(i).title()));
            }
            lock.add(new Span(". You can read the overview below meanwhile."));
            hero.add(lock);
        } else if (!page.lessons().isEmpty()) {
            var start = Links.to(LessonNavigation.lesson(m.id(), page.lessons().getFirst().id()), "Start with lesson 1");
            start.addClassName("button-link");
            hero.add(new Div(start));
        }
        return hero;
    }

    /** The lessons in order, read ones ticked; in a locked module they lead back to the overview. */
    private static void lessonList(LessonService.ModulePage page, Div main) {
        CourseModule m = page.module();
        main.add(PageParts.section("Lessons"));
        if (page.lessons().isEmpty()) {
            main.add(PageParts.empty("This module has no lessons yet."));
            return;
        }
        OrderedList list = new OrderedList();
        list.addClassName("lesson-list");
        for (int i = 0; i < page.lessons().size(); i++) {
            Lesson l = page.lessons().get(i);
            Span n = new Span(String.valueOf(i + 1));
            n.addClassName("lesson-number");
            Span t = new Span(l.title());
            t.addClassName("lesson-title");
            Span meta = new Span(ModuleWording.minutes(l.minutes()));
            meta.addClassName("lesson-meta");
            if (page.progress().readLessons().contains(l.id())) {
                n.setText("✓");
                n.addClassName("is-read");
                n.getElement().setAttribute("aria-label", "Read");
            }
            var link = Links.to(page.locked() ? LessonNavigation.module(m.id()) : LessonNavigation.lesson(m.id(), l.id()), n, t, meta);
            if (page.locked()) {
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

    /** The quiz and cases cards (a locked module has neither). */
    private void activities(LessonService.ModulePage page, Div main) {
        if (page.quiz() != null) {
            main.add(PageParts.section("Quiz"), quizCard(page.quiz()));
        }
        if (!page.cases().isEmpty()) {
            main.add(PageParts.section("Clinical cases"), casesCard(page.module().id(), page.cases()));
        }
    }

    private static void overview(LessonService.ModulePage page, Div main) {
        if (page.module().overviewMarkdown().isBlank()) {
            return;
        }
        // the page already shows the title: leave out the overview's own top heading
        String overviewHtml = page.overview().html().replaceFirst("^(<div class=\"prose\">)\\s*<h1[^>]*>.*?</h1>", "$1");
        Div overview = new Div(new Html(overviewHtml));
        overview.addClassName("module-overview");
        main.add(PageParts.section("About this module"), overview);
    }

    /** The user's progress in the module: status, bar, and each requirement met or not. */
    private Div progressBox(LessonService.ModulePage page) {
        ProgressReadModel.Module p = page.progress();
        Div box = new Div();
        box.addClassName("side-box");
        box.addClassName("module-progress");
        box.add(PageParts.sideTitle("Your progress"), ProgressDisplay.status(p), ProgressDisplay.bar(p.percent(), page.module().title()));
        UnorderedList checklist = new UnorderedList();
        checklist.addClassName("requirement-list");
        for (ProgressReadModel.Requirement r : p.requirements()) {
            ListItem li = new ListItem();
            li.addClassName(r.met() ? "met" : "unmet");
            Span mark = new Span(r.met() ? "✓" : "○");
            mark.addClassName("requirement-mark");
            li.add(mark, page.locked() ? new Span(r.text()) : places.link(r.place(), r.text()));
            checklist.add(li);
        }
        box.add(checklist);
        if (p.overridden()) {
            Paragraph o = new Paragraph("Opened for you by your instructor.");
            o.addClassName("override-note");
            box.add(o);
        }
        return box;
    }

    /** Outcomes, prerequisites, audience, and for staff the problems in module.md. */
    private static void sideFacts(LessonService.ModulePage page, Div side) {
        CourseModule m = page.module();
        if (!m.outcomes().isEmpty()) {
            Div box = new Div();
            box.addClassName("side-box");
            UnorderedList outcomes = new UnorderedList();
            outcomes.addClassName("outcome-list");
            m.outcomes().forEach(o -> outcomes.add(new ListItem(o.text())));
            box.add(PageParts.sideTitle("Learning outcomes"), outcomes);
            side.add(box);
        }
        Div prereq = new Div();
        prereq.addClassName("side-box");
        prereq.add(PageParts.sideTitle("Before this module"));
        if (page.prerequisites().isEmpty()) {
            prereq.add(new Paragraph("No prerequisites: this is where the curriculum starts."));
        } else {
            UnorderedList reqs = new UnorderedList();
            page.prerequisites().forEach(r -> reqs.add(new ListItem(Links.to(LessonNavigation.module(r.id()), r.title()))));
            prereq.add(reqs);
        }
        side.add(prereq);
        if (!m.audience().isBlank()) {
            Div who = new Div(PageParts.sideTitle("Who it is for"), new Paragraph(m.audience()));
            who.addClassName("side-box");
            side.add(who);
        }
        if (!page.moduleProblems().isEmpty()) {
            side.add(ProblemList.of("Problems in module.md", page.moduleProblems()));
        }
    }

    private Div quizCard(QuizReadModel.Overview q) {
        Div card = new Div();
        card.addClassName("activity-card");
        Span title = new Span(q.quizTitle());
        title.addClassName("activity-title");
        Span meta = new Span(q.questionsPerAttempt() + " questions · pass mark " + q.passMark() + "%"
                + (q.timeLimitMinutes() == null ? "" : " · " + q.timeLimitMinutes() + " min"));
        meta.addClassName("activity-meta");
        Span status = new Span(q.history().isEmpty() ? "Not attempted yet"
                : "Best score " + Numbers.upTo(q.bestPercent() == null ? 0 : q.bestPercent(), 1) + "%"
                + (q.passed() ? " · passed" : " · not passed yet"));
        status.addClassName("activity-status");
        if (q.passed()) {
            status.addClassName("activity-done");
        }
        Div text = new Div(title, meta, status);
        text.addClassName("activity-text");
        var open = places.link(new CoursePlace.QuizPage(q.moduleId()), q.inProgressAttemptId() != null ? "Continue" : "Open the quiz");
        open.addClassName("button-link");
        card.add(text, open);
        return card;
    }

    private Div casesCard(String moduleId, List<CaseReadModel.Summary> list) {
        Div card = new Div();
        card.addClassName("activity-card");
        long done = list.stream().filter(c -> c.status() == CaseReadModel.Status.COMPLETED).count();
        Span title = new Span(list.size() == 1 ? "1 case" : list.size() + " cases");
        title.addClassName("activity-title");
        Span meta = new Span(String.join(" · ", list.stream().map(CaseReadModel.Summary::title).toList()));
        meta.addClassName("activity-meta");
        Span status = new Span(done + " of " + list.size() + " completed");
        status.addClassName("activity-status");
        if (done == list.size()) {
            status.addClassName("activity-done");
        }
        Div text = new Div(title, meta, status);
        text.addClassName("activity-text");
        var open = places.link(new CoursePlace.CasesPage(moduleId), "Open the cases");
        open.addClassName("button-link");
        card.add(text, open);
        return card;
    }

    private static Span fact(String text) {
        return PageParts.classed(new Span(text), "fact");
    }

    @Override
    public String getPageTitle() {
        return title + " · SOT Courseware";
    }
}

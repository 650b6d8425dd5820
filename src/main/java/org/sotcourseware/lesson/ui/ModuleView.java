package org.sotcourseware.lesson.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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
import org.jspecify.annotations.Nullable;
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
    private @Nullable String title;

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
        add(new Breadcrumbs().link(getTranslation("lesson.catalogue.title"), LessonNavigation.catalogue()).current(page.module().title()));
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
        page.problems().forEach(problems -> main.add(ProblemList.of(problems.title().in(getLocale()), problems.problems(), getLocale())));
        overview(page, main);
        Div side = new Div(progressBox(page));
        side.addClassName("module-side");
        sideFacts(page, side);
        Div columns = new Div(main, side);
        columns.addClassName("module-columns");
        add(columns);
    }

    /** The title, summary and facts, then what opens a locked module or the way into the first lesson. */
    private Div hero(LessonService.ModulePage page) {
        Locale locale = getLocale();
        CourseModule m = page.module();
        Div hero = new Div();
        hero.addClassName("module-hero");
        Span eyebrow = new Span(getTranslation("lesson.module.number-of", page.number(), page.moduleCount()));
        eyebrow.addClassName("eyebrow");
        Div facts = new Div();
        facts.addClassName("fact-row");
        facts.add(fact(ModuleWording.lessons(m.publishedLessons().size(), locale)), fact(ModuleWording.hours(m.hours(), locale)));
        if (m.estimatedMinutes() > 0) {
            facts.add(fact(getTranslation("lesson.module.reading-minutes", m.estimatedMinutes())));
        }
        hero.add(eyebrow, ModuleWording.inModuleLanguage(new H1(m.title()), m), ModuleWording.inModuleLanguage(PageParts.lead(m.summary()), m), facts);
        List<ProgressReadModel.ModuleRef> missing = page.progress().missingPrerequisites();
        if (page.locked()) {
            Div lock = new Div();
            lock.addClassName("lock-panel");
            lock.add(new Span(getTranslation("lesson.module.locked") + " "));
            for (int i = 0; i < missing.size(); i++) {
                if (i > 0) {
                    lock.add(new Span(i == missing.size() - 1 ? " " + getTranslation("lesson.module.and-last") + " " : ", "));
                }
                lock.add(Links.to(LessonNavigation.module(missing.get(i).id()), missing.get(i).title()));
            }
            lock.add(new Span(getTranslation("lesson.module.locked-meanwhile")));
            hero.add(lock);
        } else if (!page.lessons().isEmpty()) {
            var start = Links.to(LessonNavigation.lesson(m.id(), page.lessons().getFirst().id()), getTranslation("lesson.module.start"));
            start.addClassName("button-link");
            hero.add(new Div(start));
        }
        return hero;
    }

    /** The lessons in order, read ones ticked; in a locked module they lead back to the overview. */
    private void lessonList(LessonService.ModulePage page, Div main) {
        CourseModule m = page.module();
        main.add(PageParts.section(getTranslation("lesson.module.lessons-title")));
        if (page.lessons().isEmpty()) {
            main.add(PageParts.empty(getTranslation("lesson.module.no-lessons")));
            return;
        }
        OrderedList list = new OrderedList();
        ModuleWording.inModuleLanguage(list, m);
        list.addClassName("lesson-list");
        for (int i = 0; i < page.lessons().size(); i++) {
            Lesson l = page.lessons().get(i);
            Span n = new Span(String.valueOf(i + 1));
            n.addClassName("lesson-number");
            Span t = new Span(l.title());
            t.addClassName("lesson-title");
            Span meta = new Span(ModuleWording.minutes(l.minutes(), getLocale()));
            meta.getElement().setAttribute("lang", getLocale().toLanguageTag());
            meta.addClassName("lesson-meta");
            if (page.progress().readLessons().contains(l.id())) {
                n.setText("✓");
                n.addClassName("is-read");
                n.getElement().setAttribute("aria-label", getTranslation("lesson.module.read"));
            }
            var link = Links.to(page.locked() ? LessonNavigation.module(m.id()) : LessonNavigation.lesson(m.id(), l.id()), n, t, meta);
            if (page.locked()) {
                link.addClassName("is-locked");
            }
            if (l.broken()) {
                Span bad = new Span(getTranslation("lesson.module.has-errors"));
                bad.getElement().setAttribute("lang", getLocale().toLanguageTag());
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
            main.add(PageParts.section(getTranslation("lesson.module.quiz-title")), quizCard(page.quiz(), page.module()));
        }
        if (!page.cases().isEmpty()) {
            main.add(PageParts.section(getTranslation("lesson.module.cases-title")), casesCard(page.module(), page.cases()));
        }
    }

    private void overview(LessonService.ModulePage page, Div main) {
        if (page.module().overviewMarkdown().isBlank()) {
            return;
        }
        // the page already shows the title: leave out the overview's own top heading
        String overviewHtml = page.overview().html().replaceFirst("^(<div class=\"prose\">)\\s*<h1[^>]*>.*?</h1>", "$1"); // not UI text: a pattern
        Div overview = new Div(new Html(overviewHtml));
        overview.addClassName("module-overview");
        ModuleWording.inModuleLanguage(overview, page.module());
        main.add(PageParts.section(getTranslation("lesson.module.about")), overview);
    }

    /** The user's progress in the module: status, bar, and each requirement met or not. */
    private Div progressBox(LessonService.ModulePage page) {
        ProgressReadModel.Module p = page.progress();
        Div box = new Div();
        box.addClassName("side-box");
        box.addClassName("module-progress");
        box.add(PageParts.sideTitle(getTranslation("lesson.module.your-progress")), ProgressDisplay.status(p), ProgressDisplay.bar(p.percent(), page.module().title()));
        UnorderedList checklist = new UnorderedList();
        checklist.addClassName("requirement-list");
        for (ProgressReadModel.Requirement r : p.requirements()) {
            ListItem li = new ListItem();
            li.addClassName(r.met() ? "met" : "unmet");
            Span mark = new Span(r.met() ? "✓" : "○");
            mark.addClassName("requirement-mark");
            mark.getElement().setAttribute("aria-label", getTranslation(r.met() ? "lesson.module.met" : "lesson.module.unmet"));
            mark.getElement().setAttribute("role", "img");
            String requirement = r.label().in(getLocale());
            li.add(mark, page.locked() ? new Span(requirement) : places.link(r.place(), requirement));
            checklist.add(li);
        }
        box.add(checklist);
        if (p.overridden()) {
            Paragraph o = new Paragraph(getTranslation("lesson.module.overridden"));
            o.addClassName("override-note");
            box.add(o);
        }
        return box;
    }

    /** Outcomes, prerequisites, audience, and for staff the problems in module.md. */
    private void sideFacts(LessonService.ModulePage page, Div side) {
        CourseModule m = page.module();
        if (!m.outcomes().isEmpty()) {
            Div box = new Div();
            box.addClassName("side-box");
            UnorderedList outcomes = new UnorderedList();
            outcomes.addClassName("outcome-list");
            ModuleWording.inModuleLanguage(outcomes, m);
            m.outcomes().forEach(o -> outcomes.add(new ListItem(o.text())));
            box.add(PageParts.sideTitle(getTranslation("lesson.module.outcomes")), outcomes);
            side.add(box);
        }
        Div prereq = new Div();
        prereq.addClassName("side-box");
        prereq.add(PageParts.sideTitle(getTranslation("lesson.module.before")));
        if (page.prerequisites().isEmpty()) {
            prereq.add(new Paragraph(getTranslation("lesson.module.no-prerequisites")));
        } else {
            UnorderedList reqs = new UnorderedList();
            page.prerequisites().forEach(r -> reqs.add(new ListItem(Links.to(LessonNavigation.module(r.id()), r.title()))));
            prereq.add(reqs);
        }
        side.add(prereq);
        if (!m.audience().isBlank()) {
            Div who = new Div(PageParts.sideTitle(getTranslation("lesson.module.audience")), ModuleWording.inModuleLanguage(new Paragraph(m.audience()), m));
            who.addClassName("side-box");
            side.add(who);
        }
        if (!page.moduleProblems().isEmpty()) {
            side.add(ProblemList.of(getTranslation("lesson.module.problems-in-module"), page.moduleProblems(), getLocale()));
        }
    }

    private Div quizCard(QuizReadModel.Overview q, CourseModule module) {
        Locale locale = getLocale();
        Div card = new Div();
        card.addClassName("activity-card");
        Span title = ModuleWording.inModuleLanguage(new Span(q.quizTitle()), module);
        title.addClassName("activity-title");
        Span meta = new Span(getTranslation("lesson.module.quiz-meta", q.questionsPerAttempt(), Numbers.percent(q.passMark(), 0, locale))
                + (q.timeLimitMinutes() == null ? "" : " · " + getTranslation("lesson.module.quiz-time", q.timeLimitMinutes())));
        meta.addClassName("activity-meta");
        Span status = new Span(q.history().isEmpty() ? getTranslation("lesson.module.quiz-not-attempted")
                : getTranslation("lesson.module.quiz-best", Numbers.percent(q.bestPercent() == null ? 0 : q.bestPercent(), 1, locale))
                + " · " + getTranslation(q.passed() ? "lesson.module.quiz-passed" : "lesson.module.quiz-not-passed"));
        status.addClassName("activity-status");
        if (q.passed()) {
            status.addClassName("activity-done");
        }
        Div text = new Div(title, meta, status);
        text.addClassName("activity-text");
        var open = places.link(new CoursePlace.QuizPage(q.moduleId()), getTranslation(q.inProgressAttemptId() != null ? "lesson.module.quiz-continue" : "lesson.module.quiz-open"));
        open.addClassName("button-link");
        card.add(text, open);
        return card;
    }

    private Div casesCard(CourseModule module, List<CaseReadModel.Summary> list) {
        String moduleId = module.id();
        Div card = new Div();
        card.addClassName("activity-card");
        long done = list.stream().filter(c -> c.status() == CaseReadModel.Status.COMPLETED).count();
        Span title = new Span(getTranslation("lesson.module.cases", list.size()));
        title.addClassName("activity-title");
        Span meta = ModuleWording.inModuleLanguage(new Span(String.join(" · ", list.stream().map(CaseReadModel.Summary::title).toList())), module);
        meta.addClassName("activity-meta");
        Span status = new Span(getTranslation("lesson.module.cases-done", done, list.size()));
        status.addClassName("activity-status");
        if (done == list.size()) {
            status.addClassName("activity-done");
        }
        Div text = new Div(title, meta, status);
        text.addClassName("activity-text");
        var open = places.link(new CoursePlace.CasesPage(moduleId), getTranslation("lesson.module.cases-open"));
        open.addClassName("button-link");
        card.add(text, open);
        return card;
    }

    private static Span fact(String text) {
        return PageParts.classed(new Span(text), "fact");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lesson.page-title", title != null ? title : getTranslation("lesson.module.default-title"));
    }
}

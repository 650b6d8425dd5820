package org.sotcourseware.lesson.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.ui.Breadcrumbs;
import org.sotcourseware.base.ui.Destination;
import org.sotcourseware.base.ui.Focus;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.base.ui.StudyTools;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Heading;
import org.sotcourseware.content.Lesson;
import org.sotcourseware.content.RenderedDocument;
import org.sotcourseware.lesson.LessonService;
import org.sotcourseware.progress.ProgressReadModel;

/**
 * The lesson reader: breadcrumb, the rendered lesson in a readable column, an on-page table of
 * contents (a side column on desktop, a collapsible box on a phone) and previous/next.
 */
@Route("modules/:moduleId/:lessonId")
@PermitAll
class LessonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonService lessons;
    private @Nullable String title;
    private LessonService.@Nullable Readable page;
    private final Div readBar = new Div();
    private final List<StudyTools> tools;

    public LessonView(LessonService lessons, List<StudyTools> tools) {
        this.lessons = lessons;
        this.tools = tools.stream().sorted(Comparator.comparingInt(StudyTools::order)).toList();
        readBar.addClassName("read-bar");
        addClassName("page");
        addClassName("lesson-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LessonService.LessonPage opened = lessons.open(event.getRouteParameters().get("moduleId").orElse(""),
                event.getRouteParameters().get("lessonId").orElse(""));
        title = opened.lesson().title();
        switch (opened) {
            case LessonService.Locked locked -> {
                page = null;
                showLocked(locked);
            }
            case LessonService.Readable readable -> {
                page = readable;
                build(readable);
                showReadState(readable.read());
            }
        }
    }

    private void showLocked(LessonService.Locked locked) {
        removeAll();
        CourseModule module = locked.module();
        add(new Breadcrumbs().link(getTranslation("lesson.catalogue.title"), LessonNavigation.catalogue())
                .link(module.title(), LessonNavigation.module(module.id())).current(locked.lesson().title()));
        Div lock = new Div();
        lock.addClassName("status-card");
        lock.addClassName("lock-card");
        lock.add(ModuleWording.inModuleLanguage(new H2(locked.lesson().title()), module), new Paragraph(getTranslation("lesson.lesson.locked", module.title(),
                ModuleWording.titles(locked.missingPrerequisites().stream().map(ProgressReadModel.ModuleRef::title).toList(), getLocale()))));
        locked.missingPrerequisites().forEach(r -> {
            var a = Links.to(LessonNavigation.module(r.id()), getTranslation("lesson.lesson.go-to", r.title()));
            a.addClassName("button-link");
            lock.add(new Div(a));
        });
        add(lock);
    }

    /** Called by the page when the reader reaches the end of the lesson. */
    @ClientCallable
    void reachedEnd() {
        if (page != null && page.tracksReading()) {
            lessons.markRead(page.module().id(), page.lesson().id());
            showReadState(true);
        }
    }

    private void showReadState(boolean read) {
        readBar.removeAll();
        LessonService.Readable p = page;
        if (p == null || !p.tracksReading()) {
            return;
        }
        readBar.getElement().setAttribute("data-read", String.valueOf(read));
        if (read) {
            Span done = new Span(getTranslation("lesson.lesson.read-done"));
            done.addClassName("read-done");
            Button unread = new Button(getTranslation("lesson.lesson.mark-unread"), e -> {
                lessons.markUnread(p.module().id(), p.lesson().id());
                showReadState(false);
            });
            unread.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            unread.addClassName("mark-unread");
            readBar.add(done, unread);
        } else {
            Span hint = new Span(getTranslation("lesson.lesson.read-hint"));
            hint.addClassName("read-hint");
            Button mark = new Button(getTranslation("lesson.lesson.mark-read"), e -> reachedEnd());
            mark.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            mark.addClassName("mark-read");
            readBar.add(hint, mark);
        }
    }

    private void build(LessonService.Readable p) {
        CourseModule module = p.module();
        Lesson lesson = p.lesson();
        List<Lesson> lessons = p.lessons();
        removeAll();
        String base = LessonNavigation.lesson(module.id(), lesson.id()).href();
        add(new Breadcrumbs().link(getTranslation("lesson.catalogue.title"), LessonNavigation.catalogue())
                .link(module.title(), LessonNavigation.module(module.id())).current(lesson.title()));

        int index = p.index();
        Div layout = new Div();
        layout.addClassName("lesson-layout");

        Div article = new Div();
        article.addClassName("lesson-article");
        article.getElement().setAttribute("role", "article");
        Span meta = new Span(getTranslation("lesson.lesson.position", index + 1, lessons.size())
                + (lesson.minutes() > 0 ? " · " + getTranslation("lesson.lesson.minutes-read", lesson.minutes()) : ""));
        meta.addClassName("eyebrow");
        article.add(meta);
        if (lesson.broken()) {
            article.add(ProblemList.of(getTranslation("lesson.lesson.has-errors"), lesson.problems(), getLocale()));
        }
        RenderedDocument doc = p.document();
        // in-page links must carry the route: the app's <base href> would otherwise send them to the start page
        Html text = new Html(doc.html().replace("href=\"#", "href=\"" + base + "#"));
        // the lesson is written in its module's language, whatever the interface's: a screen reader switches voice
        ModuleWording.inModuleLanguage(text, module);
        if (!lesson.broken()) {
            // study tools of other features (highlights and notes) work on the lesson's text
            Div study = new Div();
            study.addClassName("study-tools");
            tools.forEach(t -> t.lessonTools(module.id(), lesson.id(), text).forEach(study::add));
            if (study.getChildren().findAny().isPresent()) {
                article.add(study);
            }
        }
        article.add(text);
        Div end = new Div();
        end.addClassName("lesson-end");
        article.add(end, readBar);
        // reaching the end of the lesson marks it read (once per page view)
        end.getElement().executeJs("""
                const host = $0; const view = $1;
                const io = new IntersectionObserver(entries => {
                  if (entries.some(e => e.isIntersecting) && host.dataset.read !== 'true') { io.disconnect(); view.$server.reachedEnd(); }
                });
                io.observe(this);""", readBar.getElement(), getElement());

        List<Heading> toc = doc.headings();
        String language = module.language();
        if (!toc.isEmpty()) {
            Nav tocNav = tocNav(base, toc, language);
            Div aside = new Div(tocNav);
            aside.addClassName("lesson-toc");
            NativeDetails mobile = new NativeDetails(getTranslation("lesson.lesson.on-this-page"), tocNav(base, toc, language));
            mobile.addClassName("lesson-toc-mobile");
            layout.add(mobile);
            layout.add(article, aside);
        } else {
            layout.add(article);
        }
        add(layout);
        add(pager(module, lessons, index));
        // a link from elsewhere (a search result) to a heading: scroll there once the lesson is on the page
        Focus.fragmentTarget(this);
    }

    private Nav tocNav(String base, List<Heading> headings, String language) {
        Nav nav = new Nav();
        nav.getElement().setAttribute("aria-label", getTranslation("lesson.lesson.on-this-page"));
        Span label = new Span(getTranslation("lesson.lesson.on-this-page"));
        label.addClassName("toc-title");
        nav.add(label);
        Div list = new Div();
        list.addClassName("toc-list");
        list.getElement().setAttribute("lang", language);
        for (Heading h : headings) {
            Anchor a = new Anchor(base + "#" + h.id(), h.text());
            a.addClassName("toc-level-" + h.level());
            list.add(a);
        }
        nav.add(list);
        return nav;
    }

    private Nav pager(CourseModule module, List<Lesson> lessons, int index) {
        Nav pager = new Nav();
        pager.addClassName("pager");
        pager.getElement().setAttribute("aria-label", getTranslation("lesson.lesson.pager"));
        if (index > 0) {
            Lesson prev = lessons.get(index - 1);
            pager.add(pagerLink(getTranslation("lesson.lesson.previous"), prev.title(), module, LessonNavigation.lesson(module.id(), prev.id()), "pager-prev"));
        } else {
            pager.add(pagerLink(getTranslation("lesson.lesson.back-to"), module.title(), module, LessonNavigation.module(module.id()), "pager-prev"));
        }
        if (index < lessons.size() - 1) {
            Lesson next = lessons.get(index + 1);
            pager.add(pagerLink(getTranslation("lesson.lesson.next"), next.title(), module, LessonNavigation.lesson(module.id(), next.id()), "pager-next"));
        } else {
            pager.add(pagerLink(getTranslation("lesson.lesson.finished"), getTranslation("lesson.lesson.back-to-module", module.title()), null,
                    LessonNavigation.module(module.id()), "pager-next"));
        }
        return pager;
    }

    private static Anchor pagerLink(String label, String title, @Nullable CourseModule titleIn, Destination href, String cls) {
        Span l = new Span(label);
        l.addClassName("pager-label");
        Span t = new Span(title);
        t.addClassName("pager-title");
        if (titleIn != null) {
            ModuleWording.inModuleLanguage(t, titleIn);
        }
        Anchor a = Links.to(href, l, t);
        a.addClassName("pager-link");
        a.addClassName(cls);
        return a;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lesson.page-title", title != null ? title : getTranslation("lesson.lesson.default-title"));
    }
}

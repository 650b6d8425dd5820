package org.sotcourseware.notes.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import org.sotcourseware.base.Translatable;
import org.sotcourseware.base.ui.Breadcrumbs;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Places;
import org.sotcourseware.content.CoursePlace;
import org.sotcourseware.notes.NotesService;
import org.springframework.security.access.AccessDeniedException;

/**
 * "My notes" for a module: the signed-in student's highlights and notes lesson by lesson in the order they appear,
 * each with a link to its lesson, those that could not be placed in the current lesson marked so, and the whole as
 * a Markdown download.
 */
@Route(NotesNavigation.ROUTE)
@PermitAll
class MyNotesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final NotesService notes;
    private final Places places;
    private String moduleId = "";
    private String title = "";

    MyNotesView(NotesService notes, Places places) {
        this.notes = notes;
        this.places = places;
        addClassName("page");
        addClassName("my-notes-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        moduleId = event.getRouteParameters().get(NotesNavigation.MODULE_ID).orElse("");
        show();
    }

    private void show() {
        NotesService.ModuleNotes mine;
        try {
            mine = notes.forModule(moduleId);
        } catch (AccessDeniedException locked) {
            // a module locked for this student: say why, as the module's own page does
            removeAll();
            title = "";
            add(new H1(getTranslation("notes.my-notes.title")));
            Paragraph why = new Paragraph(locked instanceof Translatable t ? t.message().in(getLocale()) : locked.getMessage());
            why.addClassName("lock-panel");
            add(why);
            return;
        }
        title = mine.moduleTitle();
        removeAll();
        add(new Breadcrumbs().link(getTranslation("notes.my-notes.modules"), places.of(new CoursePlace.Catalogue()))
                .link(mine.moduleTitle(), places.of(new CoursePlace.ModulePage(mine.moduleId())))
                .current(getTranslation("notes.my-notes.title")));
        Span eyebrow = new Span(getTranslation("notes.my-notes.eyebrow"));
        eyebrow.addClassName("eyebrow");
        add(eyebrow, new H1(mine.moduleTitle()));
        if (mine.count() == 0) {
            add(PageParts.empty(getTranslation("notes.my-notes.empty")));
            return;
        }
        add(PageParts.lead(getTranslation("notes.my-notes.lead", mine.count(), mine.lessons().size())));
        var locale = getLocale();
        Anchor export = new Anchor(DownloadHandler.fromInputStream(ev -> {
            byte[] md = notes.markdown(moduleId, locale).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(md), "my-notes-" + moduleId + ".md", "text/markdown; charset=utf-8", md.length); // not UI text: a file name and media type
        }), getTranslation("notes.my-notes.export"));
        export.getElement().setAttribute("download", true);
        export.addClassNames("button-link", "export-notes");
        add(new Div(export));
        for (NotesService.LessonNotes lesson : mine.lessons()) {
            Div section = new Div();
            section.addClassName("notes-lesson");
            H2 heading = new H2();
            heading.addClassName("section-title");
            if (lesson.lessonExists()) {
                heading.add(places.link(new CoursePlace.LessonPage(mine.moduleId(), lesson.lessonId()), lesson.lessonTitle()));
            } else {
                heading.setText(NotesService.lessonGone(lesson).in(getLocale()));
            }
            section.add(heading);
            UnorderedList list = new UnorderedList();
            list.addClassName("notes-list");
            list.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0 0 1.5rem");
            lesson.highlights().forEach(h -> list.add(item(h)));
            section.add(list);
            add(section);
        }
    }

    private ListItem item(NotesService.Highlight h) {
        ListItem li = new ListItem();
        li.addClassName("note-item");
        li.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "10px").set("padding", "0.75rem 1rem")
                .set("margin", "0 0 0.75rem");
        Paragraph quote = new Paragraph(h.quote());
        quote.addClassName("note-quote");
        quote.getElement().setAttribute("lang", "en"); // the lesson's words: the curriculum is English
        quote.getStyle().set("border-left", "4px solid #e0b000").set("padding-left", "0.75rem").set("margin", "0 0 0.5rem").set("font-style", "italic");
        li.add(quote);
        if (h.note() != null) {
            Paragraph note = new Paragraph(h.note());
            note.addClassName("note-body");
            note.getStyle().set("white-space", "pre-wrap").set("margin", "0 0 0.5rem");
            li.add(note);
        }
        Div meta = new Div();
        meta.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.25rem 1rem").set("align-items", "center")
                .set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        meta.add(new Span(getTranslation("notes.my-notes.saved", h.updatedAt().atZone(ZoneId.systemDefault()).toLocalDate())));
        if (!h.placed()) {
            Span lost = new Span(getTranslation("notes.my-notes.not-placed"));
            lost.addClassNames("badge", "not-placed");
            meta.add(lost);
        } else if (h.place().edits() > 0) {
            meta.add(new Span(getTranslation("notes.my-notes.wording-changed")));
        }
        Button edit = new Button(getTranslation(h.note() == null ? "notes.my-notes.add-note" : "notes.my-notes.edit-note"),
                e -> NoteDialog.edit(notes, h, this::show).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.addClassName("edit-note");
        meta.add(edit);
        li.add(meta);
        return li;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("notes.my-notes.page-title") : getTranslation("notes.my-notes.page-title-in", title);
    }
}

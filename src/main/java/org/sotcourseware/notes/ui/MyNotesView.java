package org.sotcourseware.notes.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

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

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    private final NotesService notes;
    private final Places places;
    private String moduleId = "";
    private String title = "My notes";

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
            add(new H1("My notes"));
            Paragraph why = new Paragraph(locked.getMessage());
            why.addClassName("lock-panel");
            add(why);
            return;
        }
        title = "My notes · " + mine.moduleTitle();
        removeAll();
        add(new Breadcrumbs().link("Modules", places.of(new CoursePlace.Catalogue())).link(mine.moduleTitle(), places.of(new CoursePlace.ModulePage(mine.moduleId())))
                .current("My notes"));
        Span eyebrow = new Span("My notes and highlights");
        eyebrow.addClassName("eyebrow");
        add(eyebrow, new H1(mine.moduleTitle()));
        if (mine.count() == 0) {
            add(PageParts.empty("You have no highlights in this module yet. Select text in a lesson and press Highlight."));
            return;
        }
        add(PageParts.lead(mine.count() + (mine.count() == 1 ? " highlight" : " highlights") + " in " + mine.lessons().size()
                + (mine.lessons().size() == 1 ? " lesson" : " lessons") + ". Only you can see them."));
        Anchor export = new Anchor(DownloadHandler.fromInputStream(ev -> {
            byte[] md = notes.markdown(moduleId).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(md), "my-notes-" + moduleId + ".md", "text/markdown; charset=utf-8", md.length);
        }), "Export as Markdown");
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
                heading.setText(lesson.lessonTitle());
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
        meta.add(new Span("Saved " + DATE.format(h.updatedAt())));
        if (!h.placed()) {
            Span lost = new Span("Could not be placed in the current version of the lesson");
            lost.addClassNames("badge", "not-placed");
            meta.add(lost);
        } else if (h.place().edits() > 0) {
            meta.add(new Span("The lesson's wording here has changed a little since"));
        }
        Button edit = new Button(h.note() == null ? "Add a note" : "Edit note", e -> NoteDialog.edit(notes, h, this::show).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.addClassName("edit-note");
        meta.add(edit);
        li.add(meta);
        return li;
    }

    @Override
    public String getPageTitle() {
        return title + " · SOT Courseware";
    }
}

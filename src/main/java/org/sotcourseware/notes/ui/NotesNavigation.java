package org.sotcourseware.notes.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.Translations;
import org.sotcourseware.base.ui.Destination;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.base.ui.StudyTools;
import org.sotcourseware.notes.NotesService;

/** The "My notes" page's route, the highlighter on every lesson page and the "My notes" link on a module's page. */
@org.springframework.stereotype.Component
class NotesNavigation implements StudyTools {

    static final String ROUTE = "notes/:moduleId"; // not UI text: a route template
    static final String MODULE_ID = "moduleId";

    private final NotesService notes;

    NotesNavigation(NotesService notes) {
        this.notes = notes;
    }

    static Destination myNotes(String moduleId) {
        return Destination.of(MyNotesView.class, new RouteParameters(MODULE_ID, moduleId));
    }

    @Override
    public List<Component> lessonTools(String moduleId, String lessonId, Component text) {
        return List.of(new LessonHighlighter(notes, moduleId, lessonId, text));
    }

    @Override
    public List<Component> moduleTools(String moduleId) {
        var link = Links.to(myNotes(moduleId), Translations.text(Locales.current(), "notes.module.my-notes"));
        link.addClassName("my-notes-link");
        return List.of(link);
    }

    @Override
    public int order() {
        return 10;
    }
}

package org.sotcourseware.notes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.Lesson;
import org.sotcourseware.notes.NotesService;
import org.sotcourseware.notes.internal.LessonText;
import org.sotcourseware.notes.internal.QuoteAnchor;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** The highlighter, the note dialog and "My notes" in German, without a browser; the lesson's quotes stay marked English. */
@IntegrationTest
class NotesViewsGermanTest extends SpringBrowserlessTest {

    @Autowired NotesService notes;
    @Autowired CatalogueService catalogue;
    @Autowired TestUsers users;

    Lesson lesson;

    @BeforeEach
    void student() {
        users.signIn(users.newStudent("notes-de"));
        lesson = catalogue.requireModule("foundations").publishedLessons().getFirst();
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    private NotesService.Highlight highlight(String passage) {
        String text = LessonText.canonical(catalogue.renderLesson(lesson).html());
        int at = text.indexOf(QuoteAnchor.canonical(passage));
        return notes.add("foundations", lesson.id(), new NotesService.Selection(at, at + QuoteAnchor.canonical(passage).length(), passage, passage), null);
    }

    @Test
    void the_highlighter_and_the_note_dialog_speak_german() {
        NotesService.Highlight h = highlight("He held both DO");
        navigate("modules/foundations/" + lesson.id(), Component.class);

        assertThat($(Button.class).withClassName("highlight-selection").single().getText()).isEqualTo("Markieren");
        assertThat($(Anchor.class).withClassName("my-notes-link").single().getText()).isEqualTo("Meine Notizen");
        $(LessonHighlighter.class).single().openHighlight(h.id());
        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Ihre Markierung");
        assertThat($(TextArea.class).withClassName("note-text").single().getLabel()).isEqualTo("Notiz (optional)");
        assertThat($(Button.class).withClassName("save-note").single().getText()).isEqualTo("Notiz speichern");
        test($(Button.class).withClassName("delete-highlight").single()).click();
        assertThat($(Dialog.class).last().getHeaderTitle()).isEqualTo("Diese Markierung löschen?");
    }

    @Test
    void my_notes_speaks_german_and_marks_the_quotes_as_english() {
        highlight("He held both DO");
        HasDynamicTitle view = (HasDynamicTitle) navigate("notes/foundations", Component.class);

        assertThat(view.getPageTitle()).isEqualTo("Meine Notizen · Foundations of SOT · SOT Courseware");
        assertThat($(Paragraph.class).withClassName("lead").single().getText()).isEqualTo("1 Markierung in 1 Lektion. Nur Sie können sie sehen.");
        assertThat($(Anchor.class).withClassName("export-notes").single().getText()).isEqualTo("Als Markdown exportieren");
        assertThat($(Button.class).withClassName("edit-note").single().getText()).isEqualTo("Notiz hinzufügen");
        assertThat($(Span.class).all()).anySatisfy(s -> assertThat(s.getText()).startsWith("Gespeichert am ").contains("."));
        Paragraph quote = $(Paragraph.class).withClassName("note-quote").single();
        assertThat(quote.getElement().getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void my_notes_of_a_locked_module_says_in_german_what_opens_it() {
        navigate("notes/category-one", Component.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Meine Notizen");
        assertThat($(Paragraph.class).withClassName("lock-panel").single().getText())
                .isEqualTo("Category One wird freigeschaltet, sobald Sie Foundations of SOT abgeschlossen haben.");
    }
}

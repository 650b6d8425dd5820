package org.sotcourseware.notes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/** The highlighter on the lesson page, the note dialog and "My notes", without a browser. */
@IntegrationTest
class NotesViewsTest extends SpringBrowserlessTest {

    @Autowired NotesService notes;
    @Autowired CatalogueService catalogue;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    Lesson lesson;

    @BeforeEach
    void student() {
        users.signIn(users.newStudent("notes-view"));
        lesson = catalogue.requireModule("foundations").publishedLessons().getFirst();
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    private NotesService.Highlight highlight(String passage, String note) {
        String text = LessonText.canonical(catalogue.renderLesson(lesson).html());
        int at = text.indexOf(QuoteAnchor.canonical(passage));
        return notes.add("foundations", lesson.id(), new NotesService.Selection(at, at + QuoteAnchor.canonical(passage).length(), passage, passage), note);
    }

    @Test
    void the_lesson_page_offers_highlighting_and_a_highlight_opens_its_note_to_edit() {
        NotesService.Highlight h = highlight("He held both DO", null);
        navigate("modules/foundations/" + lesson.id(), Component.class);

        assertThat(find(Button.class).withClassName("highlight-selection").single().getText()).isEqualTo("Highlight");
        assertThat(find(Anchor.class).withClassName("my-notes-link").single().getHref()).isEqualTo("notes/foundations");
        LessonHighlighter highlighter = find(LessonHighlighter.class).single();
        assertThat(find(Span.class).withClassName("unplaced-notes").single().getText()).isEmpty();

        highlighter.openHighlight(h.id()); // what a click, Enter or Space on the mark calls
        Dialog dialog = find(Dialog.class).single();
        assertThat(dialog.getElement().getTextRecursively()).contains("He held both DO");
        test(find(TextArea.class).withClassName("note-text").single()).setValue("Both qualifications: check the dates.");
        test(find(Button.class).withClassName("save-note").single()).click();

        assertThat(notes.forLesson("foundations", lesson.id())).singleElement()
                .satisfies(x -> assertThat(x.note()).isEqualTo("Both qualifications: check the dates."));
        assertThat(find(Dialog.class).all()).isEmpty();
    }

    @Test
    void a_highlight_whose_text_left_the_lesson_is_counted_on_the_lesson_page_and_marked_on_my_notes() {
        NotesService.Highlight placed = highlight("He held both DO", "placed");
        NotesService.Highlight lost = highlight("Biographical accounts describe", "lost");
        jdbc.sql("update lesson_note set quote_exact = ? where id = ?").params("Text that an author has removed since.", lost.id()).update();

        navigate("modules/foundations/" + lesson.id(), Component.class);
        assertThat(find(Span.class).withClassName("unplaced-notes").single().getText())
                .isEqualTo("1 highlight could not be placed in this version of the lesson: see My notes.");

        navigate("notes/foundations", MyNotesView.class);
        var items = find(ListItem.class).withClassName("note-item").all();
        assertThat(items).hasSize(2);
        assertThat(items.getFirst().getElement().getTextRecursively()).contains("He held both DO", "placed").doesNotContain("Could not be placed");
        assertThat(items.get(1).getElement().getTextRecursively()).contains("Text that an author has removed since.", "Could not be placed");
        assertThat(find(Anchor.class).withClassName("export-notes").single().getText()).isEqualTo("Export as Markdown");
        assertThat(find(Anchor.class).all()).anySatisfy(a -> assertThat(a.getHref()).isEqualTo("modules/foundations/" + lesson.id()));

        // delete the lost one from My notes
        test(find(Button.class).withClassName("edit-note").all().get(1)).click();
        test(find(Button.class).withClassName("delete-highlight").single()).click();
        test(find(Button.class).withClassName("confirm-delete").single()).click();
        assertThat(notes.forModule("foundations").lessons().getFirst().highlights()).extracting(NotesService.Highlight::id)
                .containsExactly(placed.id());
    }

    @Test
    void my_notes_of_a_locked_module_says_what_opens_it() {
        navigate("notes/category-one", MyNotesView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("opens after you complete");
        assertThat(find(Anchor.class).withClassName("export-notes").all()).isEmpty();
    }

    @Test
    void an_open_modules_page_links_to_my_notes_and_the_handbook_and_a_locked_ones_does_not() {
        navigate("modules/foundations", Component.class);
        assertThat(find(Anchor.class).withClassName("my-notes-link").single().getHref()).isEqualTo("notes/foundations");
        assertThat(find(Anchor.class).withClassName("handbook-link").single().getHref()).isEqualTo("handbook/foundations");
        navigate("modules/category-one", Component.class);
        assertThat(find(Anchor.class).withClassName("my-notes-link").all()).isEmpty();
        assertThat(find(Anchor.class).withClassName("handbook-link").all()).isEmpty();
    }
}

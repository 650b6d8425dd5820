package org.sotcourseware.notes;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.ModuleLocked;
import org.sotcourseware.base.NotFound;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.Lesson;
import org.sotcourseware.notes.internal.LessonText;
import org.sotcourseware.notes.internal.QuoteAnchor;
import org.sotcourseware.privacy.PersonalData;
import org.sotcourseware.security.UserId;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Highlights and notes through the service the views call: placing, privacy, locks, bad input, export. */
@IntegrationTest
class NotesServiceTest {

    static final String MODULE = "foundations";
    static final String SENTENCE = "\"Major\" was his given name, not a military\nrank.";

    @Autowired NotesService notes;
    @Autowired CatalogueService catalogue;
    @Autowired TestUsers users;
    @Autowired PersonalData personalData;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    private Lesson lesson() {
        return catalogue.requireModule(MODULE).publishedLessons().getFirst();
    }

    /** The selection the page's script would send for a passage of the lesson. */
    private NotesService.Selection select(String passage) {
        String text = LessonText.canonical(catalogue.renderLesson(lesson()).html());
        String q = QuoteAnchor.canonical(passage);
        int at = text.indexOf(q);
        assertThat(at).as("passage in the lesson").isNotNegative();
        return new NotesService.Selection(at, at + q.length(), passage, passage);
    }

    @Test
    void a_student_highlights_a_sentence_with_a_note_and_finds_it_placed_in_the_lesson_and_in_my_notes() {
        users.signIn(users.newStudent("notes-owner"));
        NotesService.Selection sel = select(SENTENCE);

        NotesService.Highlight h = notes.add(MODULE, lesson().id(), sel, "  Remember: a name, not a rank.  ");

        assertThat(h.quote()).isEqualTo("\"Major\" was his given name, not a military rank.");
        assertThat(h.note()).isEqualTo("Remember: a name, not a rank.");
        assertThat(h.place()).isEqualTo(new NotesService.Place(sel.start(), sel.end(), 0));
        assertThat(notes.forLesson(MODULE, lesson().id())).extracting(NotesService.Highlight::id).containsExactly(h.id());
        NotesService.ModuleNotes mine = notes.forModule(MODULE);
        assertThat(mine.count()).isEqualTo(1);
        assertThat(mine.lessons().getFirst().lessonTitle()).isEqualTo(lesson().title());

        String md = notes.markdown(MODULE);
        assertThat(md).startsWith("# My notes: Foundations of SOT\n")
                .contains("## " + lesson().title())
                .contains("> \"Major\" was his given name, not a military rank.")
                .contains("Remember: a name, not a rank.")
                .doesNotContain("Could not be placed");

        assertThat(notes.updateNote(h.id(), "   ").note()).as("a blank note removes the note, not the highlight").isNull();
        notes.delete(h.id());
        assertThat(notes.forLesson(MODULE, lesson().id())).isEmpty();
    }

    @Test
    void refusals_carry_their_words_as_messages_with_their_values() {
        users.signIn(users.newStudent("notes-messages"));
        NotesService.Selection sel = select(SENTENCE);

        assertThatThrownBy(() -> notes.add(MODULE, lesson().id(), new NotesService.Selection(5, 5, "", ""), null))
                .isInstanceOfSatisfying(NoteException.class, e -> assertThat(e.message()).isEqualTo(Message.of("notes.highlight.no-selection")));
        assertThatThrownBy(() -> notes.add(MODULE, lesson().id(), new NotesService.Selection(sel.start(), sel.end(), "other words", "other words"), null))
                .isInstanceOfSatisfying(NoteException.class, e -> assertThat(e.message().key()).isEqualTo("notes.highlight.not-in-lesson"));
        assertThatThrownBy(() -> notes.add(MODULE, lesson().id(), sel, "x".repeat(4001)))
                .isInstanceOfSatisfying(NoteException.class, e -> {
                    assertThat(e.message()).isEqualTo(Message.of("notes.note.too-long", 4001, 4000));
                    assertThat(e.message().in(Locale.GERMAN)).isEqualTo("Die Notiz ist 4.001 Zeichen lang; erlaubt sind höchstens 4.000.");
                });
        assertThatThrownBy(() -> notes.forLesson(MODULE, "no-such-lesson"))
                .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.message()).isEqualTo(Message.of("notes.lesson.not-found", "Foundations of SOT", "no-such-lesson")));
    }

    @Test
    void the_markdown_export_is_in_the_readers_language() {
        users.signIn(users.newStudent("notes-md-de"));
        notes.add(MODULE, lesson().id(), select(SENTENCE), null);
        String md = notes.markdown(MODULE, Locale.GERMAN);
        assertThat(md).startsWith("# Meine Notizen: Foundations of SOT\n").contains("Aus SOT Courseware exportiert am ").contains(". 1 Markierung.");
    }

    @Test
    void notes_are_private_another_student_can_neither_see_nor_change_nor_delete_them() {
        String owner = users.newStudent("notes-private");
        users.signIn(owner);
        NotesService.Highlight h = notes.add(MODULE, lesson().id(), select(SENTENCE), "mine");

        users.signIn(users.newStudent("notes-other"));
        assertThat(notes.forLesson(MODULE, lesson().id())).isEmpty();
        assertThat(notes.forModule(MODULE).count()).isZero();
        assertThatThrownBy(() -> notes.updateNote(h.id(), "changed")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.delete(h.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.updateNote(Long.MAX_VALUE, "x")).as("same answer as for a note that does not exist")
                .isInstanceOf(AccessDeniedException.class).hasMessage("no such note");

        users.signIn("instructor");
        assertThat(notes.forLesson(MODULE, lesson().id())).as("staff do not read students' notes either").isEmpty();

        users.signIn(owner);
        assertThat(notes.forLesson(MODULE, lesson().id())).singleElement().satisfies(x -> assertThat(x.note()).isEqualTo("mine"));
    }

    @Test
    void nobody_signed_out_reads_or_writes_notes() {
        users.signOut();
        assertThatThrownBy(() -> notes.forLesson(MODULE, lesson().id())).isInstanceOfAny(AuthenticationCredentialsNotFoundException.class,
                AccessDeniedException.class);
        assertThatThrownBy(() -> notes.forModule(MODULE)).isInstanceOfAny(AuthenticationCredentialsNotFoundException.class,
                AccessDeniedException.class);
    }

    @Test
    void a_module_locked_for_the_student_takes_no_highlights_and_shows_no_notes() {
        users.signIn(users.newStudent("notes-locked"));
        Lesson locked = catalogue.requireModule("category-one").publishedLessons().getFirst();
        String text = LessonText.canonical(catalogue.renderLesson(locked).html());
        NotesService.Selection sel = new NotesService.Selection(0, 10, text.substring(0, 10), text.substring(0, 10));

        assertThatThrownBy(() -> notes.add("category-one", locked.id(), sel, null)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("opens after you complete");
        assertThatThrownBy(() -> notes.forModule("category-one")).isInstanceOf(ModuleLocked.class)
                .satisfies(e -> {
                    Message m = ((ModuleLocked) e).message();
                    assertThat(m.key()).isEqualTo("progress.lock.reason");
                    assertThat(m.args().getFirst()).isEqualTo("Category One");
                    assertThat(m.in(Locale.GERMAN)).isEqualTo("Category One wird freigeschaltet, sobald Sie Foundations of SOT abgeschlossen haben.");
                });
    }

    @Test
    void bad_input_gets_a_message_that_says_what_to_do_and_nothing_is_saved() {
        users.signIn(users.newStudent("notes-bad"));
        NotesService.Selection sel = select(SENTENCE);

        assertThatThrownBy(() -> notes.add(MODULE, lesson().id(), new NotesService.Selection(sel.start(), sel.end(), "other words", "other words"), null))
                .isInstanceOf(NoteException.class).hasMessageContaining("not in this version of the lesson");
        assertThatThrownBy(() -> notes.add(MODULE, lesson().id(), new NotesService.Selection(5, 5, "", ""), null))
                .isInstanceOf(NoteException.class).hasMessageContaining("Select some text");
        assertThatThrownBy(() -> notes.add(MODULE, lesson().id(), sel, "x".repeat(4001)))
                .isInstanceOf(NoteException.class).hasMessageContaining("4,001 characters long; at most 4,000");
        assertThat(notes.forLesson(MODULE, lesson().id())).isEmpty();
    }

    @Test
    void markdown_export_escapes_what_would_format_and_lists_notes_that_could_not_be_placed() {
        String me = users.newStudent("notes-md");
        users.signIn(me);
        NotesService.Highlight h = notes.add(MODULE, lesson().id(), select(SENTENCE), "# not a heading *nor bold*");
        // the lesson was edited since: this quote is no longer in it
        jdbc.sql("update lesson_note set quote_exact = ? where id = ?").params("A sentence the authors have since removed entirely.", h.id()).update();

        NotesService.ModuleNotes mine = notes.forModule(MODULE);
        assertThat(mine.lessons().getFirst().highlights().getFirst().placed()).isFalse();
        assertThat(notes.forLesson(MODULE, lesson().id()).getFirst().place()).isNull();
        assertThat(notes.markdown(MODULE)).contains("\\# not a heading \\*nor bold\\*")
                .contains("*Could not be placed in the current version of the lesson.*");
    }

    @Test
    void erasing_a_students_account_deletes_their_notes_and_their_data_export_lists_them() {
        String me = users.newStudent("notes-erase");
        users.signIn(me);
        notes.add(MODULE, lesson().id(), select(SENTENCE), "to be erased");
        assertThat(personalData.mine().get("highlights_and_notes")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("note", "to be erased"));

        long id = users.id(me);
        users.signIn("admin");
        personalData.erase(new UserId(id), me);
        assertThat(jdbc.sql("select count(*) from lesson_note where user_id = ?").param(id).query(Integer.class).single()).isZero();
    }
}

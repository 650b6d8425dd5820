package org.sotcourseware.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.sotcourseware.base.Message;

/** The authoring services refuse with a {@link Message} (key and values): English for logs, German for German readers. */
class AuthoringMessagesTest {

    @Test
    void a_refusal_keeps_its_key_and_values_and_an_english_get_message() {
        AuthoringException e = new AuthoringException(Message.of("authoring.error.no-file", "c1/lessons/x.md"));
        assertThat(e.message().key()).isEqualTo("authoring.error.no-file");
        assertThat(e.message().args()).containsExactly("c1/lessons/x.md");
        assertThat(e.getMessage()).isEqualTo("There is no file c1/lessons/x.md.");
        assertThat(e.message().in(Locale.GERMAN)).isEqualTo("Es gibt keine Datei c1/lessons/x.md.");
    }

    @Test
    void text_that_is_too_long_is_refused_with_its_length_and_limit_in_the_readers_number_format() {
        AuthoringException e = catchThrowableOfType(AuthoringException.class,
                () -> DraftFiles.limit(Message.of("authoring.limit.message"), "x".repeat(1_001), 1_000));
        assertThat(e.message().key()).isEqualTo("authoring.error.too-long");
        assertThat(e.message().args()).containsExactly(Message.of("authoring.limit.message"), 1_001, 1_000);
        assertThat(e.getMessage()).isEqualTo("The message is 1,001 characters long; at most 1,000 are allowed.");
        assertThat(e.message().in(Locale.GERMAN)).isEqualTo("Die Beschreibung ist 1.001 Zeichen lang; erlaubt sind höchstens 1.000.");
    }

    @Test
    void text_within_the_limit_passes() {
        DraftFiles.limit(Message.of("authoring.limit.file"), "short", 10);
        DraftFiles.limit(Message.of("authoring.limit.file"), null, 10);
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_by_name() {
        AuthoringException e = catchThrowableOfType(AuthoringException.class, () -> DraftFiles.text(new byte[] {(byte) 0xff, (byte) 0xfe}, "c1/x.md"));
        assertThat(e.message()).isEqualTo(Message.of("authoring.error.not-utf8", "c1/x.md"));
        assertThat(e.message().in(Locale.GERMAN)).isEqualTo("c1/x.md ist kein UTF-8-Text und kann hier nicht bearbeitet werden.");
    }

    @Test
    void an_edit_conflict_names_who_saved_in_both_languages() {
        EditConflict c = new EditConflict(7, "Dr Iris Instructor", java.time.Instant.EPOCH, "", java.util.List.of());
        assertThat(c.message().key()).isEqualTo("authoring.error.edit-conflict");
        assertThat(c.getMessage()).startsWith("Dr Iris Instructor saved this file after you opened it.");
        assertThat(c.message().in(Locale.GERMAN)).startsWith("Dr Iris Instructor hat diese Datei gespeichert");
    }

    @Test
    void plurals_follow_each_language() {
        assertThat(Message.of("authoring.error.zip-adds-problems", 1).english()).isEqualTo("The zip would add 1 problem; nothing was imported.");
        assertThat(Message.of("authoring.error.zip-adds-problems", 3).in(Locale.GERMAN))
                .isEqualTo("Die ZIP-Datei würde 3 Probleme verursachen; es wurde nichts importiert.");
        assertThat(Message.of("authoring.error.zip-adds-problems", 1).in(Locale.GERMAN))
                .isEqualTo("Die ZIP-Datei würde ein Problem verursachen; es wurde nichts importiert.");
    }
}

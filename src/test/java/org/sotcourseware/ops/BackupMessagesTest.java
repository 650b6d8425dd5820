package org.sotcourseware.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sotcourseware.base.Message;

/** Why a backup failed travels as a {@link Message}: English in logs and exceptions, German on a German screen. */
class BackupMessagesTest {

    @TempDir Path dir;

    @Test
    void a_full_disk_is_a_message_with_the_folder_and_the_free_space() {
        Path backups = dir.resolve("backups");
        Message m = BackupService.reason(new IOException("write failed", new IOException("No space left on device")), backups);
        assertThat(m.key()).isEqualTo("ops.backup.disk-full");
        assertThat(m.args().getFirst()).isEqualTo(backups.toAbsolutePath().normalize().toString());
        assertThat(m.args().get(1)).isInstanceOfSatisfying(Message.class, free -> assertThat(free.key()).isEqualTo("ops.backup.free-of"));
        // The free space is read from the disk at the moment of the message, and other processes write meanwhile:
        // compare the shape, not two readings.
        assertThat(m.english()).matches("Backup failed: the disk under " + Pattern.quote(backups.toAbsolutePath().normalize().toString())
                + " is full \\([0-9,]+ KB free of [0-9,]+ KB\\)\\. Nothing was lost: .*");
        assertThat(m.in(Locale.GERMAN)).startsWith("Sicherung fehlgeschlagen: Der Datenträger unter " + backups.toAbsolutePath().normalize() + " ist voll (")
                .contains("KB frei)").contains("Nichts ging verloren");
    }

    @Test
    void any_other_failure_keeps_the_system_s_first_line() {
        Message m = BackupService.reason(new IOException("Permission denied"), dir);
        assertThat(m.key()).isEqualTo("ops.backup.failed");
        assertThat(m.args().getFirst()).isEqualTo("Permission denied");
        assertThat(m.english()).startsWith("Backup failed: Permission denied. Nothing was lost");
        assertThat(m.in(Locale.GERMAN)).startsWith("Sicherung fehlgeschlagen: Permission denied. Nichts ging verloren");
    }

    @Test
    void the_exception_is_translatable_and_english_for_logs() {
        BackupService.BackupFailedException e = new BackupService.BackupFailedException(
                Message.of("ops.backup.database-unavailable", "timeout"), new IOException("timeout"));
        assertThat(e.getMessage()).isEqualTo("Backup failed: the database did not answer (timeout). Nothing was changed; try again when it is back.");
        assertThat(e.message().in(Locale.GERMAN)).startsWith("Sicherung fehlgeschlagen: Die Datenbank hat nicht geantwortet (timeout).");
    }
}

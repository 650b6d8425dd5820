package org.sotcourseware.ops.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The backup screen and the administrators' start page in German. */
// its own backup folder: a backup taken in the same second as BackupViewTest's (same context, same folder) would be refused
@IntegrationTest(properties = "sot.backup.dir=target/test-backups/german-${random.uuid}")
class OpsGermanTest extends SpringBrowserlessTest {

    @Test
    void sizes_follow_the_reader_s_numbers() {
        assertThat(BackupView.size(1536)).isEqualTo("1.5 KB");
        assertThat(BackupView.size(1536, Locale.GERMAN)).isEqualTo("1,5 KB");
        assertThat(BackupView.size(512, Locale.GERMAN)).isEqualTo("512 B");
    }

    @Test
    @WithUserDetails("admin")
    void the_backup_screen_speaks_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        BackupView view = navigate(BackupView.class);
        assertThat(view.getPageTitle()).isEqualTo("Sicherungen · SOT Courseware");
        assertThat($(H1.class).single().getText()).isEqualTo("Sicherungen");
        assertThat(view.getElement().getTextRecursively()).contains("Aufbewahrt: die neueste Sicherung").contains("Wiederherstellen mit");
        test($(Button.class).withText("Jetzt sichern").single()).click();
        assertThat(test($(com.vaadin.flow.component.notification.Notification.class).last()).getText()).startsWith("Sicherung geschrieben: ");
        assertThat($(Grid.class).single().getColumns()).extracting(c -> ((Grid.Column<?>) c).getHeaderText())
                .containsExactly("Erstellt", "Größe", "Art", "Datei");
    }

    @Test
    @WithUserDetails("admin")
    void the_admin_start_page_speaks_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        AdminStartView view = navigate(AdminStartView.class);
        assertThat(view.getPageTitle()).isEqualTo("Administrationsübersicht · SOT Courseware");
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Administrationsübersicht").contains("Benutzerkonten").contains("Systemzustand").contains("Datenbank OK")
                .containsPattern("(Letzte Sicherung|Noch keine Sicherung)").doesNotContain("System health");
    }
}

package org.sotcourseware.certification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.certification.CertificationService;
import org.sotcourseware.certification.ProgressMatrix;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The certification screens in German: headings, filters, badges, requirements, dates and the public verification page. */
@IntegrationTest
class CertificationGermanTest extends SpringBrowserlessTest {

    @Autowired CertificationService certification;
    @Autowired CertificationDashboard dashboard;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    private static String text(Component view) {
        return view.getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails("organiser")
    @SuppressWarnings("unchecked")
    void the_progress_matrix_speaks_german() {
        MatrixView view = navigate(MatrixView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Fortschrittsmatrix");
        assertThat(view.getPageTitle()).isEqualTo("Fortschrittsmatrix · SOT Courseware");
        Select<MatrixView.StatusChoice> status = (Select<MatrixView.StatusChoice>) $(Select.class).withCaption("Status").single();
        assertThat(status.getListDataView().getItems().map(MatrixView.StatusChoice::label).toList())
                .contains("Jeder Status", "Zertifiziert", "Voraussetzungen erfüllt", "Alle Module abgeschlossen");
        assertThat($(Select.class).withCaption("Zertifizierungsweg").single()).isNotNull();
        assertThat($(TextField.class).withCaption("Suche").single().getPlaceholder()).isEqualTo("Name, Benutzername oder E-Mail");
        Grid<ProgressMatrix.Row> grid = (Grid<ProgressMatrix.Row>) $(Grid.class).single();
        assertThat(grid.getColumnByKey("name").getHeaderText()).isEqualTo("Studierende");
        assertThat(text(view)).contains("Studierenden angezeigt").contains("Die Gruppe nach Modulen");
    }

    @Test
    @WithUserDetails("organiser")
    void eligibility_and_a_student_record_speak_german() {
        EligibilityView eligibility = navigate(EligibilityView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Voraussetzungen und Zertifikate");
        assertThat(text(eligibility)).contains("Einen Schritt entfernt").contains("Liste exportieren (CSV)");

        ProgressMatrix.Row row = certification.matrix(null).rows().stream()
                .filter(r -> r.tracks().values().stream().anyMatch(e -> !e.eligible() && e.current() == null)).findFirst().orElseThrow();
        StudentRecordView record = navigate("organiser/students/" + row.id().value(), StudentRecordView.class);
        assertThat(record.getPageTitle()).isEqualTo(row.name() + " · Studienakte · SOT Courseware");
        assertThat(text(record)).contains("Studienakte").contains("Zertifizierungswege").contains("Prüfungsergebnisse")
                .contains("Noch nicht möglich").contains("Modulen abgeschlossen").doesNotContain("Cannot be awarded");
        assertThat($(Button.class).all().stream().map(Button::getText)).contains("Zertifikat ausstellen");
    }

    @Test
    @WithUserDetails("organiser")
    void the_seminar_start_page_speaks_german() {
        SeminarStartView view = navigate(SeminarStartView.class);
        assertThat(view.getPageTitle()).isEqualTo("Seminarübersicht · SOT Courseware");
        assertThat(text(view)).contains("Seminarübersicht").contains("Stand der Zertifizierung").contains("Zertifiziert: ")
                .contains("auf Ausstellung").doesNotContain("waiting to be awarded");
    }

    @Test
    @WithUserDetails("demo-farah")
    void the_student_certification_box_speaks_german_with_german_dates() {
        Component box = dashboard.create();
        String text = box.getElement().getTextRecursively();
        assertThat(text).startsWith("Zertifizierung").contains("Ausgestellt am").contains("PDF herunterladen")
                .containsPattern("\\d{1,2}\\.\u00a0[A-ZÄÖÜ][a-zäöü]{2,3}\\.? \\d{4}").doesNotContain("Awarded");
    }

    @Test
    @WithAnonymousUser
    void the_public_verification_page_speaks_german_to_a_german_visitor() {
        VerifyView view = navigate("verify/ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ", VerifyView.class);
        assertThat(view.getPageTitle()).isEqualTo("Zertifikat prüfen · SOT Courseware");
        assertThat($(H1.class).single().getText()).isEqualTo("Zertifikat prüfen");
        assertThat(text(view)).contains("Kein Zertifikat hat diesen Code");
        assertThat($(Button.class).single().getText()).isEqualTo("Prüfen");
    }
}

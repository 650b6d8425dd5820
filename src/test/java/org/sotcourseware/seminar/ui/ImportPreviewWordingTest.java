package org.sotcourseware.seminar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sotcourseware.base.Message;
import org.sotcourseware.seminar.SeminarReadModel;
import org.sotcourseware.seminar.SeminarReadModel.ImportAction;
import org.sotcourseware.seminar.SeminarReadModel.ImportProblem;
import org.sotcourseware.seminar.SeminarReadModel.ImportRow;

/** The CSV import preview names the file, counts in the right number and speaks of what will happen, not what did. */
class ImportPreviewWordingTest {

    @Test
    void one_of_each_is_singular_and_in_the_future_tense() {
        var p = new SeminarReadModel.ImportPreview(List.of(new ImportRow(2, "a@example.org", "Ann", null, ImportAction.NEW_ACCOUNT),
                new ImportRow(3, "b@example.org", "Ben", null, ImportAction.EXISTING),
                new ImportRow(4, "c@example.org", "Cy", null, ImportAction.ALREADY_ENROLLED)), List.of(), 1, 1, 1);
        assertThat(SeminarView.previewSummary(p)).isEqualTo("1 new account will be created and enrolled, 1 existing account will be enrolled, "
                + "1 student is already enrolled, no problems.");
        assertThat(ImportAction.NEW_ACCOUNT.label()).contains("will be created");
        assertThat(ImportAction.EXISTING.label()).contains("will be enrolled");
    }

    @Test
    void several_are_plural_and_problems_are_counted() {
        var p = new SeminarReadModel.ImportPreview(List.of(), List.of(new ImportProblem(2, Message.of("seminar.csv.email-missing")), new ImportProblem(5, Message.of("seminar.csv.name-missing"))), 0, 2, 0);
        assertThat(SeminarView.previewSummary(p)).isEqualTo("0 new accounts will be created and enrolled, 2 existing accounts will be enrolled, "
                + "0 students are already enrolled, 2 problems.");
    }

    @Test
    void the_preview_names_the_file_it_shows() {
        var p = new SeminarReadModel.ImportPreview(List.of(new ImportRow(2, "a@example.org", "Ann", null, ImportAction.NEW_ACCOUNT)), List.of(), 1, 0, 0);
        String text = SeminarView.previewOf("spring-cohort.csv", p).getElement().getTextRecursively();
        assertThat(text).contains("Preview of spring-cohort.csv").contains("nothing has been imported yet")
                .contains("Line 2: Ann <a@example.org> \u2014 A new account will be created and enrolled");
    }

    @Test
    void the_result_counts_in_the_right_number() {
        var one = new SeminarReadModel.ImportResult(1, 1, List.of(), true);
        assertThat(SeminarView.resultOf(one).getElement().getTextRecursively()).startsWith("1 student enrolled, 1 account created.");
        var many = new SeminarReadModel.ImportResult(3, 0, List.of(), true);
        assertThat(SeminarView.resultOf(many).getElement().getTextRecursively()).startsWith("3 students enrolled, 0 accounts created.");
    }

    @Test
    void the_preview_reads_well_in_german_with_german_plurals() {
        com.vaadin.flow.component.UI ui = new com.vaadin.flow.component.UI();
        ui.setLocale(java.util.Locale.GERMAN);
        com.vaadin.flow.component.UI.setCurrent(ui);
        try {
            var one = new SeminarReadModel.ImportPreview(List.of(new ImportRow(2, "a@example.org", "Ann", null, ImportAction.NEW_ACCOUNT)),
                    List.of(new ImportProblem(3, Message.of("seminar.csv.name-missing"))), 1, 0, 0);
            assertThat(SeminarView.previewSummary(one)).isEqualTo("1 neues Konto wird angelegt und eingeschrieben, kein bestehendes Konto wird "
                    + "eingeschrieben, niemand ist bereits eingeschrieben, 1 Problem.");
            var many = new SeminarReadModel.ImportPreview(List.of(), List.of(), 3, 2, 2);
            assertThat(SeminarView.previewSummary(many)).isEqualTo("3 neue Konten werden angelegt und eingeschrieben, 2 bestehende Konten werden "
                    + "eingeschrieben, 2 Personen sind bereits eingeschrieben, keine Probleme.");
            String text = SeminarView.previewOf("kurs.csv", one).getElement().getTextRecursively();
            assertThat(text).contains("Vorschau von kurs.csv").contains("Zeile 3: Der Name fehlt.")
                    .contains("Zeile 2: Ann <a@example.org> \u2014 Ein neues Konto wird angelegt und eingeschrieben");
            assertThat(SeminarView.resultOf(new SeminarReadModel.ImportResult(1, 0, List.of(), true)).getElement().getTextRecursively())
                    .startsWith("1 Person eingeschrieben, 0 Konten angelegt.");
        } finally {
            com.vaadin.flow.component.UI.setCurrent(null);
        }
    }
}

package org.sotcourseware.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sotcourseware.base.Message;
import org.sotcourseware.certification.TrackRules.Kind;
import org.sotcourseware.content.Track;

/**
 * The words certification gives people travel as {@link Message}s (key and values), so each screen writes them in its
 * reader's language: requirements and their figures, statuses, refusals, and the achievement lines a PDF prints.
 */
class CertificationMessagesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final Track PROFICIENCY = TrackRulesTest.PROFICIENCY;

    private static TrackRules.Requirement req(TrackRules.Evaluation e, Kind kind) {
        return TrackRulesTest.req(e, kind);
    }

    @Test
    void requirements_carry_their_key_and_typed_values_and_read_well_in_german() {
        TrackRules.Record r = new TrackRules.Record(Map.of("foundations", Instant.parse("2026-01-01T00:00:00Z")),
                List.of(new TrackRules.SeminarHours(new org.sotcourseware.seminar.SeminarId(1), "S", java.util.Set.of("category-one"), 24.5)),
                List.of(new TrackRules.ExamResult(PROFICIENCY.id(), 74.5, null, TODAY)), List.of());
        TrackRules.Evaluation e = TrackRules.evaluate(PROFICIENCY, r, TODAY, Map.of(), Map.of());

        Message modules = req(e, Kind.MODULES).figure();
        assertThat(modules.key()).isEqualTo("certification.requirement.modules-figure");
        assertThat(modules.args()).containsExactly(1, PROFICIENCY.modules().size());
        assertThat(modules.in(Locale.GERMAN)).isEqualTo("1 von " + PROFICIENCY.modules().size() + " Modulen abgeschlossen");

        Message hours = req(e, Kind.HOURS).figure();
        assertThat(hours.key()).isEqualTo("certification.requirement.hours-figure");
        assertThat(hours.english()).isEqualTo("seminar hours 24.5 of 40");
        assertThat(hours.in(Locale.GERMAN)).isEqualTo("Seminarstunden: 24,5 von 40");

        Message written = req(e, Kind.WRITTEN).figure();
        assertThat(written.key()).isEqualTo("certification.requirement.written-best");
        assertThat(written.args()).containsExactly(74.5, 75);
        assertThat(written.in(Locale.GERMAN)).isEqualTo("schriftliche Prüfung: bestes Ergebnis 74,5\u00a0% (Bestehensgrenze 75\u00a0%)");
        assertThat(req(e, Kind.PRACTICAL).figure().key()).isEqualTo("certification.requirement.practical-not-taken");
        assertThat(req(e, Kind.PRACTICAL).text().in(Locale.GERMAN)).isEqualTo("Praktische Prüfung bestehen (mindestens 75\u00a0%)");
    }

    @Test
    void statuses_are_messages_and_stay_english_in_csv_labels() {
        assertThat(TrackRules.Status.ELIGIBLE.message().key()).isEqualTo("certification.status.eligible");
        assertThat(TrackRules.Status.IN_PROGRESS.label()).isEqualTo("Working towards");
        assertThat(TrackRules.Status.CERTIFIED.message().in(Locale.GERMAN)).isEqualTo("Zertifiziert");
        assertThat(ProgressMatrix.CurriculumStatus.ALL_COMPLETE.label()).isEqualTo("Every module completed");
        assertThat(ProgressMatrix.CurriculumStatus.ALL_COMPLETE.message().in(Locale.GERMAN)).isEqualTo("Alle Module abgeschlossen");
    }

    @Test
    void refusals_are_translatable_with_an_english_message_for_logs() {
        CertificationService.CertificationException held = new CertificationService.CertificationException(
                Message.of("certification.award.already-held", "Ann Archer", "SOT Proficiency"));
        assertThat(held.getMessage()).isEqualTo("Ann Archer already holds a valid SOT Proficiency certificate.");
        assertThat(held.message().in(Locale.GERMAN)).isEqualTo("Ann Archer hat bereits ein gültiges Zertifikat SOT Proficiency.");

        CertificationService.NotEligible notYet = new CertificationService.NotEligible(
                Message.of("certification.award.not-eligible", "Ann Archer", "SOT Proficiency"), List.of());
        assertThat(notYet.message().key()).isEqualTo("certification.award.not-eligible");
        assertThat(notYet.message().args()).containsExactly("Ann Archer", "SOT Proficiency");
        assertThat(notYet.getMessage()).isEqualTo("Ann Archer does not yet meet every requirement of SOT Proficiency.");
        assertThat(notYet.message().in(Locale.GERMAN)).isEqualTo("Ann Archer erfüllt noch nicht alle Voraussetzungen für SOT Proficiency.");
    }

    @Test
    void achievement_lines_are_stored_in_english_and_printed_in_the_pdf_language() {
        List<String> stored = Achievements.lines(List.of("Foundations", "Category One"), 40.0, 81.0, 77.5);
        assertThat(stored).containsExactly("Modules: Foundations, Category One", "Seminar hours: 40", "Written exam 81%, practical exam 77.5%");
        assertThat(Achievements.in(stored, Locale.ENGLISH)).isEqualTo(stored);
        assertThat(Achievements.in(stored, Locale.GERMAN)).containsExactly("Module: Foundations, Category One", "Seminarstunden: 40",
                "Schriftliche Prüfung 81 %, praktische Prüfung 77,5 %");
        assertThat(Achievements.lines(List.of("Cranial"), null, null, 80.0)).containsExactly("Modules: Cranial", "Practical exam 80%");
        // a line in another form is printed as it was stored
        assertThat(Achievements.in(List.of("Awarded by the board"), Locale.GERMAN)).containsExactly("Awarded by the board");
        assertThat(Achievements.message("Written exam 82 %").key()).isEqualTo("certification.achievement.written");
    }
}

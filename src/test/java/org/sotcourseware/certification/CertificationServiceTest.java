package org.sotcourseware.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.audit.AuditEntry;
import org.sotcourseware.audit.AuditLog;
import org.sotcourseware.security.UserId;
import org.sotcourseware.seminar.SeminarId;
import org.sotcourseware.seminar.SeminarService;
import org.sotcourseware.seminar.SeminarReadModel;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.Learner;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Awarding, revoking, verifying and downloading certificates through the service, with students who earn
 * their record through the real services (modules, seminar hours, exams).
 */
@IntegrationTest
class CertificationServiceTest {

    static final java.util.List<String> PROFICIENCY = java.util.List.of("foundations", "category-one", "category-two", "category-three", "extremities");

    @Autowired CertificationService certification;
    @Autowired SeminarService seminars;
    @Autowired TestUsers users;
    @Autowired Learner learner;
    @Autowired AuditLog audit;
    @Autowired org.sotcourseware.quiz.QuizService quizzes;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    /** A new student who completes the Proficiency modules and, if asked, attends 40 hours and passes both exams. */
    private UserId student(boolean complete, boolean hoursAndExams) {
        String name = users.newStudent("cert");
        UserId id = new UserId(users.id(name));
        if (complete) {
            users.signIn(name);
            PROFICIENCY.forEach(learner::completeModule);
        }
        if (hoursAndExams) {
            users.signIn("organiser");
            LocalDate start = LocalDate.now().minusDays(20);
            SeminarId s = seminars.create(new SeminarReadModel.Form("Cert test " + name, "Hall", false, start, start.plusDays(4), 8, 10,
                    SeminarReadModel.Status.FINISHED, Set.of("category-one"), Set.of(), null));
            seminars.enrol(s, id);
            seminars.detail(s).days().forEach(d -> seminars.recordAttendance(s, id, d, SeminarReadModel.Presence.PRESENT, null));
            seminars.recordExam(s, id, "proficiency", 81.0, 77.5, start.plusDays(4), "Dr Examiner");
        }
        return id;
    }

    @Test
    void an_award_to_a_student_who_is_not_eligible_is_refused_with_the_missing_requirements() {
        UserId s = student(true, false);
        users.signIn("organiser");
        assertThatThrownBy(() -> certification.award(s, "proficiency"))
                .isInstanceOfSatisfying(CertificationService.NotEligible.class, e -> assertThat(e.missing())
                        .extracting(TrackRules.Requirement::kind).containsExactly(TrackRules.Kind.HOURS, TrackRules.Kind.WRITTEN, TrackRules.Kind.PRACTICAL));
        assertThat(certification.certificates(s)).isEmpty();
    }

    @Test
    void an_eligible_student_gets_a_certificate_with_an_unguessable_code_that_verifies_valid_until_it_is_revoked() throws IOException {
        UserId s = student(true, true);
        users.signIn("organiser");
        var evaluation = certification.evaluations(s).stream().filter(e -> e.track().id().equals("proficiency")).findFirst().orElseThrow();
        assertThat(evaluation.status()).isEqualTo(TrackRules.Status.ELIGIBLE);

        CertificationService.Certificate c = certification.award(s, "proficiency");
        assertThat(c.code()).matches("[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}");
        assertThat(c.expiresOn()).isEqualTo(LocalDate.now().plusYears(3).minusDays(1));
        assertThat(c.achievements()).anySatisfy(a -> assertThat(a).isEqualTo("Seminar hours: 40"))
                .anySatisfy(a -> assertThat(a).contains("Written exam 81%").contains("practical exam 77.5%"));
        assertThatThrownBy(() -> certification.award(s, "proficiency")).hasMessageContaining("already holds a valid");

        users.signOut(); // the public page needs no sign-in
        CertificationService.Verification v = certification.verify(c.code().toLowerCase().replace("-", " "));
        assertThat(v.validity()).isEqualTo(CertificationService.Validity.VALID);
        assertThat(v.trackTitle()).isEqualTo("SOT Proficiency");
        assertThat(v.holderName()).isEqualTo(c.holderName());

        users.signIn(users.usernameOf(s.value()));
        byte[] pdf = certification.pdf(c.id());
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(c.holderName()).contains("SOT Proficiency").contains(c.code()).contains("/verify/" + c.code());
        }

        users.signIn("organiser");
        assertThatThrownBy(() -> certification.revoke(c.id(), "no")).hasMessageContaining("reason");
        certification.revoke(c.id(), "Awarded to the wrong student by mistake");
        users.signOut();
        assertThat(certification.verify(c.code()).validity()).isEqualTo(CertificationService.Validity.REVOKED);
        users.signIn("admin");
        assertThat(audit.recent(c.code(), 10)).extracting(AuditEntry::action).contains("certificate-awarded", "certificate-revoked");
    }

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void a_certificate_pdf_is_printed_in_the_language_its_holder_picked_whoever_downloads_it() throws IOException {
        UserId s = student(true, true);
        users.signIn("organiser");
        CertificationService.Certificate c = certification.award(s, "proficiency");
        byte[] english = certification.pdf(c.id());
        try (var doc = Loader.loadPDF(english)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Certificate of SOT Proficiency").contains("Seminar hours: 40");
        }
        jdbc.sql("update app_user set language = 'de' where id = ?").param(s.value()).update();
        assertThat(certification.pdfLanguage(s.value())).isEqualTo(java.util.Locale.GERMAN);
        for (String reader : java.util.List.of("organiser", users.usernameOf(s.value()))) {
            users.signIn(reader);
            try (var doc = Loader.loadPDF(certification.pdf(c.id()))) {
                assertThat(new PDFTextStripper().getText(doc)).as(reader).contains("Zertifikat SOT Proficiency").contains("verliehen an")
                        .contains("Seminarstunden: 40").contains("Schriftliche Prüfung 81 %, praktische Prüfung 77,5 %");
            }
        }
    }

    @Test
    void an_unknown_or_malformed_code_reveals_nothing() {
        assertThat(certification.verify("ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ")).isEqualTo(CertificationService.Verification.unknown());
        assertThat(certification.verify("' or 1=1 --")).isEqualTo(CertificationService.Verification.unknown());
        assertThat(certification.verify("")).isEqualTo(CertificationService.Verification.unknown());
    }

    @Test
    void codes_are_twenty_random_characters_and_do_not_repeat() {
        Set<String> codes = new java.util.HashSet<>();
        for (int i = 0; i < 2000; i++) {
            codes.add(CertificationService.newCode());
        }
        assertThat(codes).hasSize(2000);
        // twenty characters of Crockford base 32 (no I, L, O, U) in four groups of five
        assertThat(codes).allSatisfy(c -> assertThat(c).matches("[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}"));
        // drawn from the whole alphabet: 40,000 random characters miss none of the 32
        Set<Character> used = new java.util.TreeSet<>();
        codes.forEach(c -> c.replace("-", "").chars().forEach(ch -> used.add((char) ch)));
        assertThat(used).hasSize(32);
        assertThat(CertificationService.normaliseCode("abcde fghjk mnpqr stvwx")).isEqualTo("ABCDE-FGHJK-MNPQR-STVWX");
        assertThat(CertificationService.normaliseCode("ABCDE-FGHJK-MNPQR-STVW")).isNull();
    }

    @Test
    void students_see_only_their_own_certificates_and_cannot_award() {
        UserId a = student(false, false);
        UserId b = student(false, false);
        users.signIn(users.usernameOf(a.value()));
        assertThat(certification.evaluations(a)).hasSize(3);
        assertThatThrownBy(() -> certification.evaluations(b)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> certification.certificates(b)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> certification.award(a, "proficiency")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> certification.matrix(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.attemptScores(b)).isInstanceOf(AccessDeniedException.class);
        assertThat(quizzes.attemptScores(a)).isEmpty();
        users.signIn("instructor");
        assertThatThrownBy(() -> certification.award(a, "proficiency")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_matrix_shows_every_student_with_the_figures_they_see_themselves() {
        UserId s = student(true, false);
        users.signIn("organiser");
        var matrix = certification.matrix(null);
        var row = matrix.rows().stream().filter(r -> r.id().equals(s)).findFirst().orElseThrow();
        users.signIn(users.usernameOf(s.value()));
        var own = certification.evaluations(s);
        assertThat(row.tracks().get("proficiency").requirements()).isEqualTo(own.getFirst().requirements());
        assertThat(row.modulesCompleted()).isEqualTo(5);
    }

    @Test
    void the_student_record_brings_progress_standing_quiz_scores_and_seminars_in_one_read() {
        UserId s = student(true, true);
        users.signIn(users.usernameOf(s.value()));
        learner.takeQuiz("cranial", false);
        users.signIn("organiser");

        StudentRecord record = certification.studentRecord(s).orElseThrow();
        assertThat(record.student().id()).isEqualTo(s);
        assertThat(record.mayManageCertificates()).isTrue();
        assertThat(record.progress().modulesCompleted()).isEqualTo(5);
        assertThat(record.standing().certificates()).isEmpty();
        assertThat(record.standing().evaluations()).extracting(e -> e.track().id()).contains("proficiency");
        assertThat(record.standing().evaluations()).filteredOn(e -> e.track().id().equals("proficiency")).singleElement()
                .extracting(TrackRules.Evaluation::status).isEqualTo(TrackRules.Status.ELIGIBLE);
        assertThat(record.attempts("cranial")).singleElement().satisfies(a -> {
            assertThat(a.passed()).isFalse();
            assertThat(a.percent()).isZero();
        });
        assertThat(record.attempts("foundations")).isNotEmpty().allSatisfy(a -> assertThat(a.passed()).isTrue());
        assertThat(record.attempts("no-such-module")).isEmpty();
        assertThat(record.seminars().seminars()).singleElement().satisfies(h -> assertThat(h.hours()).isEqualTo(40.0));
        assertThat(record.seminars().exams()).singleElement().satisfies(e -> assertThat(e.written()).isEqualTo(81.0));
        assertThat(record.trackTitle("proficiency")).isEqualTo("SOT Proficiency");
        assertThat(record.trackTitle("retired-track")).isEqualTo("retired-track");

        certification.award(s, "proficiency");
        assertThat(certification.studentRecord(s).orElseThrow().standing().certificates()).singleElement()
                .extracting(CertificationService.Certificate::trackId).isEqualTo("proficiency");
    }

    @Test
    void the_student_record_is_for_staff_only_and_only_of_student_accounts() {
        UserId s = student(false, false);
        users.signIn("instructor");
        assertThat(certification.studentRecord(s).orElseThrow().mayManageCertificates()).isFalse();
        assertThat(certification.studentRecord(new UserId(users.id("organiser")))).isEmpty();
        assertThat(certification.studentRecord(new UserId(Long.MAX_VALUE))).isEmpty();
        users.signIn(users.usernameOf(s.value()));
        assertThatThrownBy(() -> certification.studentRecord(s)).isInstanceOf(AccessDeniedException.class);
    }
}

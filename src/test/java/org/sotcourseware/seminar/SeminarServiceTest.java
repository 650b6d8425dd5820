package org.sotcourseware.seminar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.audit.AuditEntry;
import org.sotcourseware.audit.AuditLog;
import org.sotcourseware.security.AccountProvisioning;
import org.sotcourseware.security.UserId;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.TestUsers;
import org.sotcourseware.testsupport.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Seminars through the service: forms, enrolment and CSV import (all or nothing), attendance, exams, access. */
@IntegrationTest
class SeminarServiceTest {

    @Autowired SeminarService seminars;
    @Autowired AccountProvisioning accounts;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    static SeminarReadModel.Form form(String title, int capacity) {
        LocalDate start = LocalDate.now().minusDays(10);
        return new SeminarReadModel.Form(title, "Test hall", false, start, start.plusDays(1), 8, capacity, SeminarReadModel.Status.FINISHED,
                Set.of("category-two"), Set.of(), null);
    }

    /** A new student of the test's own. */
    private UserId student(String prefix) {
        return new UserId(users.id(users.newStudent(prefix)));
    }

    @Test
    void a_seminar_with_problems_is_refused_with_every_problem_in_plain_words() {
        users.signIn("organiser");
        LocalDate d = LocalDate.now();
        var bad = new SeminarReadModel.Form(" ", "", false, d, d.minusDays(1), 0, 0, SeminarReadModel.Status.PLANNED, Set.of("no-such-module"), Set.of(), null);
        assertThatThrownBy(() -> seminars.create(bad)).isInstanceOf(SeminarService.SeminarException.class)
                .hasMessageContaining("Give the seminar a title.").hasMessageContaining("The last day is before the first day.")
                .hasMessageContaining("CE hours per day").hasMessageContaining("Capacity").hasMessageContaining("There is no module no-such-module.");
    }

    @Test
    void attendance_gives_the_hours_each_student_attended_and_a_partial_day_needs_its_hours() {
        users.signIn("organiser");
        SeminarId id = seminars.create(form(Unique.name("Attendance test"), 10));
        UserId a = student("att-a");
        seminars.enrol(id, a);
        LocalDate day1 = seminars.detail(id).days().get(0);
        LocalDate day2 = seminars.detail(id).days().get(1);
        seminars.recordAttendance(id, a, day1, SeminarReadModel.Presence.PRESENT, null);
        assertThatThrownBy(() -> seminars.recordAttendance(id, a, day2, SeminarReadModel.Presence.PARTIAL, null))
                .hasMessageContaining("Partly present needs the hours attended");
        seminars.recordAttendance(id, a, day2, SeminarReadModel.Presence.PARTIAL, 3.5);
        assertThatThrownBy(() -> seminars.recordAttendance(id, a, day2.plusDays(5), SeminarReadModel.Presence.PRESENT, null))
                .hasMessageContaining("is not a day of this seminar");
        var participant = seminars.detail(id).participants().getFirst();
        assertThat(participant.hours()).isEqualTo(11.5);
        assertThat(seminars.record(a).seminars()).singleElement().satisfies(s -> {
            assertThat(s.hours()).isEqualTo(11.5);
            assertThat(s.modules()).containsExactly("category-two");
        });
        // correcting a day replaces its record
        seminars.recordAttendance(id, a, day2, SeminarReadModel.Presence.ABSENT, null);
        assertThat(seminars.record(a).seminars().getFirst().hours()).isEqualTo(8);
    }

    @Test
    void a_full_seminar_refuses_one_more_student() {
        users.signIn("organiser");
        SeminarId id = seminars.create(form(Unique.name("Small"), 1));
        seminars.enrol(id, student("cap-a"));
        assertThatThrownBy(() -> seminars.enrol(id, student("cap-b")))
                .hasMessageContaining("The seminar is full (1 place)")
                .isInstanceOfSatisfying(SeminarService.SeminarException.class, e -> {
                    assertThat(e.message()).isEqualTo(org.sotcourseware.base.Message.of("seminar.refusal.full", 1));
                    assertThat(e.message().in(java.util.Locale.GERMAN)).isEqualTo("Das Seminar ist voll (1 Platz). Erhöhen Sie zuerst die Zahl der Plätze.");
                });
    }

    @Test
    void a_csv_creates_new_accounts_with_set_up_links_matches_existing_ones_by_email_and_enrols_everyone() {
        users.signIn("organiser");
        SeminarId id = seminars.create(form(Unique.name("CSV"), 10));
        String existing = users.newStudent("csv-old");
        String fresh = Unique.name("new") + "@example.org";
        String csv = "email,name\n" + existing + "@test.invalid,Old Student\n" + fresh + ",Neue Studentin\n";
        var preview = seminars.previewImport(id, csv);
        assertThat(preview.ok()).isTrue();
        assertThat(preview.rows()).extracting(SeminarReadModel.ImportRow::action)
                .containsExactly(SeminarReadModel.ImportAction.EXISTING, SeminarReadModel.ImportAction.NEW_ACCOUNT);
        assertThat(seminars.detail(id).participants()).isEmpty(); // a preview changes nothing

        var result = seminars.applyImport(id, csv, "https://courses.example.org/account/setup/");
        assertThat(result.enrolled()).isEqualTo(2);
        assertThat(result.links()).singleElement().satisfies(l -> {
            assertThat(l.email()).isEqualTo(fresh);
            assertThat(l.link()).startsWith("https://courses.example.org/account/setup/");
        });
        assertThat(seminars.detail(id).participants()).extracting(p -> p.person().name()).contains("Neue Studentin");

        // the link sets the password once
        String token = result.links().getFirst().link().substring(result.links().getFirst().link().lastIndexOf('/') + 1);
        users.signOut();
        assertThat(accounts.setupFor(token)).contains("Neue Studentin");
        String username = accounts.completeSetup(token, "a-long-enough-password");
        assertThat(username).isEqualTo(result.links().getFirst().username());
        assertThat(accounts.setupFor(token)).isEmpty();
        assertThat(jdbc.sql("select password_hash from app_user where username = ?").param(username).query(String.class).single())
                .startsWith("{argon2}$argon2id$");
    }

    @Test
    void a_csv_with_any_bad_row_enrols_nobody_and_reports_every_problem_with_its_line() {
        users.signIn("organiser");
        SeminarId id = seminars.create(form(Unique.name("CSV bad"), 10));
        String csv = "email,name\n" + Unique.name("ok") + "@example.org,Good Row\n" + "not-an-email,Bad Email\n"
                + "dup@example.org,First\n" + "DUP@example.org,Second\n" + "organiser-less@example.org,\n";
        var preview = seminars.previewImport(id, csv);
        assertThat(preview.ok()).isFalse();
        assertThat(preview.problems()).extracting(SeminarReadModel.ImportProblem::line).contains(3, 5, 6);
        long accountsBefore = jdbc.sql("select count(*) from app_user").query(Long.class).single();
        assertThatThrownBy(() -> seminars.applyImport(id, csv, "x/")).hasMessageContaining("nobody was enrolled");
        assertThat(seminars.detail(id).participants()).isEmpty();
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(accountsBefore);
    }

    @Test
    void staff_accounts_cannot_be_enrolled_by_csv() {
        users.signIn("organiser");
        SeminarId id = seminars.create(form(Unique.name("CSV staff"), 10));
        String email = jdbc.sql("select email from app_user where username = 'instructor'").query(String.class).optional().orElse(null);
        if (email == null) {
            jdbc.sql("update app_user set email = 'iris@demo.invalid' where username = 'instructor'").update();
            email = "iris@demo.invalid";
        }
        var preview = seminars.previewImport(id, "email,name\n" + email + ",Iris\n");
        assertThat(preview.problems()).singleElement().satisfies(p -> assertThat(p.message().english()).contains("not a student's"));
    }

    @Test
    void exams_are_validated_recorded_and_corrected() {
        users.signIn("organiser");
        SeminarId id = seminars.create(form(Unique.name("Exams"), 10));
        UserId a = student("exam-a");
        seminars.enrol(id, a);
        LocalDate date = LocalDate.now().minusDays(9);
        assertThatThrownBy(() -> seminars.recordExam(id, a, "proficiency", 120.0, null, date, "Dr X")).hasMessageContaining("0 to 100");
        assertThatThrownBy(() -> seminars.recordExam(id, a, "proficiency", null, null, date, "Dr X")).hasMessageContaining("or both");
        assertThatThrownBy(() -> seminars.recordExam(id, a, "nope", 80.0, null, date, "Dr X")).hasMessageContaining("no certification track");
        assertThatThrownBy(() -> seminars.recordExam(id, a, "proficiency", 80.0, null, LocalDate.now().plusDays(1), "Dr X"))
                .hasMessageContaining("future");
        seminars.recordExam(id, a, "proficiency", 70.0, 80.0, date, "Dr X");
        seminars.recordExam(id, a, "proficiency", 76.0, 80.0, date, "Dr X");
        assertThat(seminars.record(a).exams()).singleElement().satisfies(e -> assertThat(e.written()).isEqualTo(76.0));
    }

    @Test
    void students_read_only_their_own_record_and_cannot_manage_seminars() {
        users.signIn("organiser");
        SeminarId id = seminars.create(form(Unique.name("Access"), 10));
        UserId a = student("acc-a");
        UserId b = student("acc-b");
        seminars.enrol(id, a);
        users.signIn(users.usernameOf(a.value()));
        assertThat(seminars.record(a).seminars()).hasSize(1);
        assertThatThrownBy(() -> seminars.record(b)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> seminars.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> seminars.enrol(id, b)).isInstanceOf(AccessDeniedException.class);
        users.signIn("instructor");
        assertThatThrownBy(() -> seminars.create(form("x", 1))).isInstanceOf(AccessDeniedException.class);
        assertThat(seminars.detail(id).participants()).hasSize(1); // instructors read and record attendance
    }

    @Test
    void creating_a_seminar_enrolling_and_importing_are_audited() {
        users.signIn("organiser");
        String title = Unique.name("Audited");
        SeminarId id = seminars.create(form(title, 10));
        seminars.enrol(id, student("aud"));
        users.signIn("admin");
        assertThat(audit.recent(title, 10)).extracting(AuditEntry::action).contains("seminar-created", "enrolled");
    }
}

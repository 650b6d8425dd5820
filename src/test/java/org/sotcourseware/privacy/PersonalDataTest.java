package org.sotcourseware.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.audit.AuditEntry;
import org.sotcourseware.audit.AuditLog;
import org.sotcourseware.certification.CertificationService;
import org.sotcourseware.security.UserId;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.Learner;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A student's own data (export as JSON and HTML) and an administrator's erasure of a student. */
@IntegrationTest
class PersonalDataTest {

    @Autowired PersonalData data;
    @Autowired TestUsers users;
    @Autowired Learner learner;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;
    @Autowired CertificationService certification;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    /** A student with lessons read, a quiz taken, a certificate and an audit entry about them; returns the username. */
    private String studentWithRecords(String prefix, String certificateCode) {
        String name = users.newStudent(prefix);
        long id = users.id(name);
        users.signIn(name);
        learner.readAll("foundations");
        learner.takeQuiz("foundations", true);
        users.signOut();
        long admin = users.id("admin");
        jdbc.sql("insert into certificate (code, user_id, track_id, track_title, holder_name, issuer, issued_on, achievements, awarded_by, awarded_at) "
                + "values (?, ?, 'sot-proficiency', 'SOT Proficiency', ?, 'SOT Seminar Programme', current_date, '[]', ?, current_timestamp)")
                .params(certificateCode, id, "Test " + name, admin).update();
        jdbc.sql("insert into audit_event (at, actor_id, actor_name, action, target, detail) values (current_timestamp, ?, 'Admin (admin)', "
                + "'override', ?, ?)").params(admin, "user " + id + " (" + name + ")", "Reason: Test " + name + " showed prior training").update();
        return name;
    }

    @Test
    void a_student_downloads_everything_held_about_them_and_nothing_about_anyone_else() throws Exception {
        String name = studentWithRecords("export", "EXPRT-00001-AAAAA-BBBBB");
        String other = studentWithRecords("other", "EXPRT-00002-AAAAA-BBBBB");
        users.signIn(name);
        JsonNode json = JsonMapper.builder().build().readTree(data.mineAsJson());
        assertThat(json.get("profile").get(0).get("username").asString()).isEqualTo(name);
        assertThat(json.get("profile").get(0).get("email").asString()).isEqualTo(name + "@test.invalid");
        assertThat(json.get("lessons_read").size()).isPositive();
        assertThat(json.get("quiz_attempts").size()).isOne();
        assertThat(json.get("quiz_answers").size()).isPositive();
        assertThat(json.get("certificates").get(0).get("code").asString()).isEqualTo("EXPRT-00001-AAAAA-BBBBB");
        assertThat(json.get("audit_entries").size()).isOne();
        for (String section : List.of("roles", "modules_completed", "modules_opened_for_you", "learning_activity", "case_runs", "case_steps",
                "seminars", "attendance", "exam_results", "practical_exams", "practical_exam_sheets")) {
            assertThat(json.has(section)).as(section).isTrue();
        }
        String text = new String(data.mineAsJson(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(other, "password_hash", "{noop}");

        String html = data.mineAsHtml();
        assertThat(html).contains("<h1>Your data in SOT Courseware</h1>", "<h2>Lessons read</h2>", "<h2>Quiz answers</h2>",
                "EXPRT-00001-AAAAA-BBBBB", name + "@test.invalid").doesNotContain(other);
        assertThat(data.mineAsHtml(java.util.Locale.GERMAN)).as("the readable page in the person's language")
                .contains("<html lang=\"de\">", "<h1>Ihre Daten in SOT Courseware</h1>", "<h2>Gelesene Lektionen</h2>", "Exportiert am ",
                        "EXPRT-00001-AAAAA-BBBBB").doesNotContain("!privacy.");
    }

    @Test
    void an_administrator_erases_a_student_who_becomes_a_pseudonym_with_records_kept_and_certificates_verifiable_without_the_name() {
        String name = studentWithRecords("erase", "ERASE-00001-AAAAA-BBBBB");
        long id = users.id(name);
        long lessons = jdbc.sql("select count(*) from lesson_read where user_id = ?").param(id).query(Long.class).single();

        users.signIn(name);
        assertThatThrownBy(() -> data.erase(new UserId(id), name)).isInstanceOf(AccessDeniedException.class);
        users.signIn("admin");
        assertThatThrownBy(() -> data.plan(new UserId(users.id("instructor")))).hasMessageContaining("Only students are erased here");
        PersonalData.ErasurePlan plan = data.plan(new UserId(id));
        assertThat(plan.steps()).hasSize(5);
        assertThat(plan.steps().getFirst().english()).contains("Test " + name, "erased-" + id, "cannot be undone");
        assertThat(plan.certificates()).isOne();
        assertThat(plan.records().get("lesson read")).isEqualTo((int) lessons);
        assertThatThrownBy(() -> data.erase(new UserId(id), "someone-else")).hasMessageContaining("Type the username " + name);

        assertThat(data.erase(new UserId(id), name)).isEqualTo("erased-" + id);

        var row = jdbc.sql("select username, display_name, email, enabled, erased_at from app_user where id = ?").param(id).query().singleRow();
        assertThat(row.get("username")).isEqualTo("erased-" + id);
        assertThat(row.get("display_name")).isEqualTo("Erased student");
        assertThat(row.get("email")).isNull();
        assertThat(row.get("enabled")).isEqualTo(false);
        assertThat(row.get("erased_at")).isNotNull();
        assertThat(jdbc.sql("select count(*) from lesson_read where user_id = ?").param(id).query(Long.class).single()).isEqualTo(lessons);

        CertificationService.Verification v = certification.verify("ERASE-00001-AAAAA-BBBBB");
        assertThat(v.validity()).isEqualTo(CertificationService.Validity.VALID);
        assertThat(v.holderName()).isEqualTo(PersonalData.WITHHELD);

        List<AuditEntry> all = audit.recent(null, 5000);
        assertThat(all).noneSatisfy(e -> assertThat(e.target() + " " + e.detail() + " " + e.actorName()).contains(name));
        // other test classes in the same context erase accounts of their own: this student's erasure is one entry
        assertThat(all).filteredOn(e -> e.action().equals("account erased") && e.target().startsWith("user " + id + " ")).singleElement().satisfies(e -> {
            assertThat(e.target()).isEqualTo("user " + id + " (erased-" + id + ")");
            assertThat(e.actorName()).contains("(admin)");
        });
        assertThatThrownBy(() -> data.plan(new UserId(id))).hasMessageContaining("already erased");
    }

    /** Every column of the migrations that refers to an account is listed, with what export and erasure do with it. */
    @Test
    void every_column_that_refers_to_an_account_is_covered() throws IOException {
        Pattern table = Pattern.compile("(?i)create table (\\w+)");
        Pattern column = Pattern.compile("(?i)^\\s*(\\w+)\\s+bigint[^,]*references app_user");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path f : files.sorted().toList()) {
                String current = null;
                for (String line : Files.readAllLines(f)) {
                    Matcher t = table.matcher(line);
                    if (t.find()) {
                        current = t.group(1).toLowerCase();
                    }
                    Matcher c = column.matcher(line);
                    if (c.find()) {
                        found.add(current + "." + c.group(1).toLowerCase());
                    }
                }
            }
        }
        assertThat(found).hasSizeGreaterThan(15);
        List<String> covered = PersonalData.TABLES.stream().map(c -> c.table() + "." + c.column()).toList();
        assertThat(covered).containsAll(found);
    }
}

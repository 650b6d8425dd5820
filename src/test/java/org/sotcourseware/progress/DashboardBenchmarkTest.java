package org.sotcourseware.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.testsupport.Benchmark;
import org.sotcourseware.testsupport.BenchmarkReport;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** How long a student's dashboard figures take after a year of heavy use: reported, not judged (see {@link Benchmark}). */
@IntegrationTest
@Benchmark
class DashboardBenchmarkTest {

    @Autowired ProgressService progress;
    @Autowired CatalogueService catalogue;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    String me;

    @BeforeEach
    void freshStudent() {
        me = users.newStudent("benchmark");
        users.signIn(me);
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void the_dashboard_figures_of_a_year_of_activity_are_measured_and_complete() {
        long id = users.id(me);
        Instant start = Instant.now().minus(365, ChronoUnit.DAYS);
        int attempts = 0;
        int runs = 0;
        // a year: every lesson read, ten attempts at every quiz, three runs of every case, 3 000 activity entries
        for (CourseModule m : catalogue.curriculum().modules()) {
            for (var l : m.publishedLessons()) {
                jdbc.sql("insert into lesson_read (user_id, module_id, lesson_id, read_at) values (?,?,?,?)")
                        .params(id, m.id(), l.id(), Timestamp.from(start.plus(attempts, ChronoUnit.HOURS))).update();
            }
            for (int a = 1; a <= 10; a++, attempts++) {
                jdbc.sql("insert into quiz_attempt (user_id, module_id, quiz_id, quiz_version, content_version, attempt_no, status, seed, "
                                + "questions_json, pass_mark, feedback_mode, started_at, submitted_at, score, max_score, percent, passed) "
                                + "values (?,?,?,'v','v',?,'SUBMITTED',1,'[]',75,'AFTER_SUBMISSION',?,?,?,20,?,?)")
                        .params(id, m.id(), m.quiz().id(), a, Timestamp.from(start.plus(a, ChronoUnit.DAYS)),
                                Timestamp.from(start.plus(a, ChronoUnit.DAYS)), a * 2.0, a * 10.0, a * 10 >= 75).update();
            }
            for (var c : m.publishedCases()) {
                for (int r = 0; r < 3; r++, runs++) {
                    jdbc.sql("insert into case_run (user_id, module_id, case_id, case_version, content_version, snapshot_json, status, "
                                    + "current_stage, score, max_score, started_at, completed_at) values (?,?,?,'v','v','{}','COMPLETED','s-end',8,10,?,?)")
                            .params(id, m.id(), c.id(), Timestamp.from(start.plus(r, ChronoUnit.DAYS)), Timestamp.from(start.plus(r + 1, ChronoUnit.DAYS))).update();
                }
            }
        }
        for (int i = 0; i < 3000; i++) {
            jdbc.sql("insert into learning_activity (user_id, at, kind, module_id, item_id, title) values (?,?,?,?,?,?)")
                    .params(id, Timestamp.from(start.plus(i * 2L, ChronoUnit.HOURS)), "lesson-opened", "foundations", "l", "Lesson").update();
        }
        for (int i = 0; i < 30; i++) {
            progress.mine(); // warm up
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long t = System.nanoTime();
            ProgressReadModel.Student s = progress.mine();
            micros.add((System.nanoTime() - t) / 1000);
            assertThat(s.modulesCompleted()).isEqualTo(12);
        }
        micros.sort(Long::compare);
        long median = micros.get(micros.size() / 2);
        long p95 = micros.get((int) (micros.size() * 0.95));
        BenchmarkReport.report("dashboard figures for a year of activity (" + attempts + " attempts, " + runs + " case runs, 3000 activity rows)",
                String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms of 50", median / 1000.0, p95 / 1000.0));
    }
}

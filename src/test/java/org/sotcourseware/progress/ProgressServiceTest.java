package org.sotcourseware.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.quiz.QuizException;
import org.sotcourseware.quiz.QuizService;
import org.sotcourseware.security.UserId;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.Learner;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class ProgressServiceTest {

    @Autowired ProgressService progress;
    @Autowired QuizService quizzes;
    @Autowired CatalogueService catalogue;
    @Autowired Learner learner;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    String me;

    @BeforeEach
    void freshStudent() {
        me = "p" + System.nanoTime();
        users.ensureStudent(me);
        users.signIn(me);
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void reading_quizzing_and_cases_move_the_figures_and_completing_foundations_unlocks_category_one() {
        assertThat(progress.mine().module("foundations").status()).isEqualTo(ProgressViews.Status.NOT_STARTED);
        assertThat(progress.mine().module("category-one").locked()).isTrue();
        assertThatThrownBy(() -> quizzes.startOrResume("category-one")).isInstanceOf(QuizException.class)
                .hasMessage("Category One opens after you complete Foundations of SOT.");

        learner.readAll("foundations");
        ProgressViews.Module f = progress.mine().module("foundations");
        CourseModule module = catalogue.module("foundations").orElseThrow();
        int total = module.publishedLessons().size() + 1 + module.publishedCases().size();
        assertThat(f.total()).isEqualTo(total);
        assertThat(f.done()).isEqualTo(module.publishedLessons().size());
        assertThat(events.stream(LessonRead.class)).hasSize(module.publishedLessons().size());

        learner.takeQuiz("foundations", false);
        assertThat(progress.mine().module("foundations").quizPassed()).isFalse();
        learner.takeQuiz("foundations", true);
        assertThat(progress.mine().module("foundations").quizPassed()).isTrue();
        module.publishedCases().forEach(c -> learner.workCase("foundations", c.id()));

        ProgressViews.Student s = progress.mine();
        assertThat(s.module("foundations").status()).isEqualTo(ProgressViews.Status.COMPLETED);
        assertThat(s.module("foundations").percent()).isEqualTo(100);
        assertThat(s.module("category-one").locked()).isFalse();
        assertThat(events.stream(ModuleCompleted.class)).singleElement().satisfies(e -> assertThat(e.moduleId()).isEqualTo("foundations"));
        assertThat(jdbc.sql("select count(*) from module_completion where user_id = ?").param(users.id(me)).query(Integer.class).single()).isEqualTo(1);
        assertThat(s.recent()).first().satisfies(a -> assertThat(a.kind()).isEqualTo("module-completed"));
        assertThat(s.tracks()).filteredOn(t -> t.id().equals("proficiency")).singleElement().satisfies(t -> assertThat(t.completed()).isEqualTo(1));
        quizzes.startOrResume("category-one"); // now open
    }

    @Test
    void marking_a_lesson_unread_lowers_the_percentage_but_an_earned_completion_stays() {
        learner.completeModule("foundations");
        String first = catalogue.module("foundations").orElseThrow().publishedLessons().getFirst().id();
        progress.markUnread("foundations", first);
        ProgressViews.Module f = progress.mine().module("foundations");
        assertThat(f.status()).isEqualTo(ProgressViews.Status.COMPLETED);
        assertThat(f.percent()).isLessThan(100);
        assertThat(f.readLessons()).doesNotContain(first);
        assertThat(progress.mine().module("category-one").locked()).isFalse();
    }

    @Test
    void staff_can_open_a_module_for_one_student_with_a_recorded_reason() {
        UserId student = new UserId(users.id(me));
        assertThatThrownBy(() -> progress.grantOverride(student, "category-one", "I say so")).isInstanceOf(AccessDeniedException.class);
        users.signIn("instructor");
        assertThatThrownBy(() -> progress.grantOverride(student, "category-one", " ")).hasMessageContaining("Give a reason");
        assertThat(progress.grantOverride(student, "category-one", "Completed Foundations at a 2024 SOTO seminar")).isTrue();
        assertThat(progress.overrides(student)).singleElement().satisfies(o -> {
            assertThat(o.grantedBy()).isEqualTo("Dr Iris Instructor");
            assertThat(o.reason()).contains("2024 SOTO seminar");
        });
        users.signIn(me);
        ProgressViews.Module c1 = progress.mine().module("category-one");
        assertThat(c1.locked()).isFalse();
        assertThat(c1.overridden()).isTrue();
        quizzes.startOrResume("category-one");
    }

    @Test
    void a_student_reads_only_their_own_progress_while_staff_read_anyones() {
        users.ensureStudent("other-student");
        UserId other = new UserId(users.id("other-student"));
        assertThatThrownBy(() -> progress.student(other)).isInstanceOf(AccessDeniedException.class);
        users.signIn("organiser");
        assertThat(progress.student(other).modules()).hasSize(12);
    }

    @Test
    void a_dashboard_with_a_year_of_activity_is_computed_in_under_50_ms() {
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
            ProgressViews.Student s = progress.mine();
            micros.add((System.nanoTime() - t) / 1000);
            assertThat(s.modulesCompleted()).isEqualTo(12);
        }
        micros.sort(Long::compare);
        long median = micros.get(micros.size() / 2);
        long p95 = micros.get((int) (micros.size() * 0.95));
        System.out.printf("Dashboard figures for a year of activity (%d attempts, %d case runs, 3000 activity rows): median %.1f ms, p95 %.1f ms%n",
                attempts, runs, median / 1000.0, p95 / 1000.0);
        assertThat(median).as("median dashboard computation in microseconds").isLessThan(50_000);
    }
}

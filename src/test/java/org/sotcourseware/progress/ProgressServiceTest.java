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
import org.sotcourseware.base.Message;
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
    @Autowired OverrideService overrides;
    @Autowired QuizService quizzes;
    @Autowired CatalogueService catalogue;
    @Autowired Learner learner;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    String me;

    @BeforeEach
    void freshStudent() {
        me = users.newStudent("progress");
        users.signIn(me);
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void reading_quizzing_and_cases_move_the_figures_and_completing_foundations_unlocks_category_one() {
        assertThat(progress.mine().module("foundations").status()).isEqualTo(ProgressReadModel.Status.NOT_STARTED);
        assertThat(progress.mine().module("category-one").locked()).isTrue();
        assertThatThrownBy(() -> quizzes.startOrResume("category-one")).isInstanceOf(QuizException.class)
                .hasMessage("Category One opens after you complete Foundations of SOT.");

        learner.readAll("foundations");
        ProgressReadModel.Module f = progress.mine().module("foundations");
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

        ProgressReadModel.Student s = progress.mine();
        assertThat(s.module("foundations").status()).isEqualTo(ProgressReadModel.Status.COMPLETED);
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
        ProgressReadModel.Module f = progress.mine().module("foundations");
        assertThat(f.status()).isEqualTo(ProgressReadModel.Status.COMPLETED);
        assertThat(f.percent()).isLessThan(100);
        assertThat(f.readLessons()).doesNotContain(first);
        assertThat(progress.mine().module("category-one").locked()).isFalse();
    }

    @Test
    void staff_can_open_a_module_for_one_student_with_a_recorded_reason() {
        UserId student = new UserId(users.id(me));
        assertThatThrownBy(() -> overrides.grantOverride(student, "category-one", "I say so")).isInstanceOf(AccessDeniedException.class);
        users.signIn("instructor");
        assertThatThrownBy(() -> overrides.grantOverride(student, "category-one", " ")).hasMessageContaining("Give a reason")
                .isInstanceOfSatisfying(OverrideRefused.class, e -> {
                    assertThat(e.message()).isEqualTo(Message.of("progress.override.reason-missing"));
                    assertThat(e.message().in(java.util.Locale.GERMAN)).startsWith("Bitte begründen Sie die Freischaltung");
                });
        assertThatThrownBy(() -> overrides.grantOverride(student, "no-such-module", "Completed it elsewhere"))
                .isInstanceOfSatisfying(OverrideRefused.class, e -> assertThat(e.message()).isEqualTo(Message.of("progress.override.no-such-module", "no-such-module")));
        assertThatThrownBy(() -> overrides.grantOverride(student, "category-one", "x".repeat(1001)))
                .isInstanceOfSatisfying(OverrideRefused.class, e -> assertThat(e.message()).isEqualTo(Message.of("progress.override.reason-too-long", 1001, 1000)));
        assertThat(overrides.grantOverride(student, "category-one", "Completed Foundations at a 2024 SOTO seminar")).isTrue();
        assertThat(overrides.overrides(student)).singleElement().satisfies(o -> {
            assertThat(o.grantedBy()).isEqualTo("Dr Iris Instructor");
            assertThat(o.reason()).contains("2024 SOTO seminar");
        });
        users.signIn(me);
        ProgressReadModel.Module c1 = progress.mine().module("category-one");
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
}

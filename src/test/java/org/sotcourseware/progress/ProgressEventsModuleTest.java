package org.sotcourseware.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.quiz.QuizAttemptSubmitted;
import org.sotcourseware.quiz.QuizPassed;
import org.sotcourseware.security.UserId;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The progress module on its own with the modules it builds on (quiz, cases, content, security): passing
 * the last requirement of a module, the quiz, is a {@link QuizPassed} event that progress turns into the
 * module's completion and a {@link ModuleCompleted} event, in the same transaction.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "mail")
@Import(TestUsers.class)
class ProgressEventsModuleTest {

    @Autowired DemoLearner learner;
    @Autowired ProgressService progress;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void passing_the_quiz_after_the_lessons_and_cases_completes_the_module(Scenario scenario) {
        users.signIn(users.newStudent("module-events"));
        learner.readAll("foundations");
        learner.module("foundations").publishedCases().forEach(c -> learner.workCase("foundations", c.id()));
        assertThat(progress.mine().module("foundations").status()).isEqualTo(ProgressReadModel.Status.IN_PROGRESS);

        scenario.stimulate(() -> learner.takeQuiz("foundations", 1.0))
                .andWaitForEventOfType(ModuleCompleted.class)
                .matching(e -> e.moduleId().equals("foundations"))
                .toArriveAndVerify(e -> {
                    assertThat(e.userId()).isEqualTo(progress.mine().userId());
                    assertThat(progress.mine().module("foundations").status()).isEqualTo(ProgressReadModel.Status.COMPLETED);
                    assertThat(progress.mine().module("category-one").locked()).isFalse();
                });
    }

    @Test
    void a_failed_quiz_is_recorded_but_completes_nothing(Scenario scenario) {
        users.signIn(users.newStudent("module-events"));
        learner.readAll("foundations");
        learner.module("foundations").publishedCases().forEach(c -> learner.workCase("foundations", c.id()));
        UserId me = progress.mine().userId();

        scenario.stimulate(() -> learner.takeQuiz("foundations", 0.0))
                .andWaitForEventOfType(QuizAttemptSubmitted.class)
                .matching(e -> e.userId().equals(me))
                .toArriveAndVerify(e -> {
                    assertThat(e.passed()).isFalse();
                    ProgressReadModel.Module foundations = progress.mine().module("foundations");
                    assertThat(foundations.bestQuizPercent()).isZero();
                    assertThat(foundations.status()).isEqualTo(ProgressReadModel.Status.IN_PROGRESS);
                    assertThat(progress.mine().module("category-one").locked()).isTrue();
                });
    }
}

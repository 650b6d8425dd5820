package org.sotcourseware.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.security.UserDirectory;
import org.sotcourseware.security.UserSummary;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** Demo mode leaves every screen something real to show, made through the real services. */
@IntegrationTest
class DemoActivityTest {

    @Autowired ProgressService progress;
    @Autowired UserDirectory directory;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void the_demo_student_has_a_start_and_the_cohort_is_at_varied_stages() {
        users.signIn("student");
        ProgressReadModel.Student me = progress.mine();
        assertThat(me.module("foundations").readLessons()).hasSize(3);
        assertThat(me.module("foundations").bestQuizPercent()).isNotNull();
        assertThat(me.module("foundations").status()).isEqualTo(ProgressReadModel.Status.IN_PROGRESS);
        assertThat(me.recent()).isNotEmpty();

        users.signIn("organiser");
        Map<String, UserSummary> students = directory.students().stream().collect(Collectors.toMap(UserSummary::username, u -> u));
        assertThat(students).containsKeys("student", "demo-amara", "demo-ben", "demo-chloe", "demo-dev", "demo-elena");
        assertThat(students.get("demo-amara").demo()).as("cohort accounts are demo accounts, disabled in prod").isTrue();
        assertThat(progress.student(students.get("demo-amara").id()).modulesCompleted()).isEqualTo(2);
        assertThat(progress.student(students.get("demo-ben").id()).modulesCompleted()).isEqualTo(1);
        assertThat(progress.student(students.get("demo-elena").id()).percent()).isZero();
    }
}

package org.sotcourseware.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GradingAuditTest {

    private static Student student(int number, int results) {
        Student s = new Student(number, Options.parse("--users", "3"), null, null, new Student.Plan(0, 0, 0));
        s.quizResults = results;
        return s;
    }

    @Test
    void finds_a_lost_attempt_a_double_grading_and_a_missing_score() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:audit" + System.nanoTime(), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("create table app_user (id bigint primary key, username varchar(100))");
            s.execute("create table quiz_attempt (id bigint primary key, user_id bigint, submitted_at timestamp, score double precision)");
            s.execute("create table learning_activity (user_id bigint, kind varchar(40))");
            s.execute("insert into app_user values (1, 'load-0001'), (2, 'load-0002'), (3, 'load-0003')");
            // 1: one result seen, one graded attempt, one activity entry: right
            s.execute("insert into quiz_attempt values (10, 1, now(), 7), (11, 1, null, null)");
            s.execute("insert into learning_activity values (1, 'quiz-submitted'), (1, 'quiz-started')");
            List<Student> students = List.of(student(1, 1), student(2, 1), student(3, 1));
            GradingAudit good = GradingAudit.of(c, students.subList(0, 1));
            assertThat(good.ok()).as(good.text()).isTrue();
            assertThat(good.graded()).isEqualTo(1);

            // 2: saw a result, nothing submitted; 3: submitted without a score and recorded twice
            s.execute("insert into quiz_attempt values (30, 3, now(), null)");
            s.execute("insert into learning_activity values (3, 'quiz-submitted'), (3, 'quiz-submitted')");
            GradingAudit bad = GradingAudit.of(c, students);
            assertThat(bad.ok()).isFalse();
            assertThat(bad.problems()).containsExactly(
                    "load-0002 saw 1 results but 0 attempts are submitted",
                    "load-0003 has 1 submitted attempts without a score",
                    "load-0003 has 2 'quiz submitted' entries for 1 attempts");
            assertThat(bad.text()).contains("3 problems");
        }
    }
}

package org.sotcourseware.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The load test's smoke run in every build: ten students with their own accounts do the whole journey once
 * against the real app (sign-in, dashboard, module, three lessons, the Foundations quiz answered and submitted,
 * the result, a case through three decisions), in stress mode with think times cut to tenths of a second so it
 * fits in about half a minute. Any error fails the build with the report's text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sot.load-test.students=10")
class LoadSmokeTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext context;

    @Test
    void ten_students_sign_in_study_take_the_quiz_and_work_a_case_without_an_error() throws Exception {
        Options o = Options.parse("--url", "http://127.0.0.1:" + port + "/", "--users", "10", "--mode", "steady", "--ramp", "5",
                "--hold", "85", "--think", "0.1-0.4", "--gap", "0.05-0.15", "--rounds", "1", "--no-heap", "--timeout", "30",
                "--out", "target/load/smoke");
        LoadTest.Result r = LoadTest.run(o);
        Report.write(r);
        String report = Report.text(r);

        assertThat(r.errors()).as(report).isZero();
        try (java.sql.Connection c = context.getBean(javax.sql.DataSource.class).getConnection()) {
            GradingAudit audit = GradingAudit.of(c, r.students());
            assertThat(audit.problems()).as(audit.text()).isEmpty();
            assertThat(audit.graded()).as("one graded attempt per student, read from the tables").isEqualTo(10);
        }
        assertThat(r.students()).as(report).hasSize(10).allSatisfy(s -> {
            assertThat(s.signedIn).as(s.username() + " signed in").isTrue();
            assertThat(s.quizResults).as(s.username() + " reached the quiz result").isEqualTo(1);
            assertThat(s.caseDecisions).as(s.username() + " made three case decisions").isEqualTo(3);
            assertThat(s.lessonsRead).as(s.username() + " read three lessons").isEqualTo(3);
        });
        assertThat(r.metrics().steps()).as("every kind of round trip happened").containsKeys(Steps.SIGN_IN, Steps.STATIC, Steps.DASHBOARD,
                Steps.MODULE, Steps.LESSON, Steps.LESSON_READ, Steps.QUIZ_START, Steps.ANSWER, Steps.SUBMIT, Steps.RESULT, Steps.CASE_DECISION);
        // each student's first visit loads the bundle once; the page after signing in finds it in the browser cache
        int perVisit = r.metrics().steps().get(Steps.STATIC).count() / 10;
        assertThat(perVisit).isGreaterThan(2);
        // the students' sessions carry the student idle limit set at sign-in (sot.session.student-idle=2h)
        var tomcat = ((org.springframework.boot.tomcat.TomcatWebServer) context.getWebServer()).getTomcat();
        var signedIn = java.util.Arrays.stream(((org.apache.catalina.Context) tomcat.getHost().findChildren()[0]).getManager().findSessions())
                .filter(s -> s.getSession().getAttribute("SPRING_SECURITY_CONTEXT") != null).toList();
        assertThat(signedIn).as("signed-in sessions").isNotEmpty()
                .allSatisfy(s -> assertThat(s.getMaxInactiveInterval()).isEqualTo(2 * 3600));
        assertThat(r.metrics().steps().get(Steps.STATIC).count()).isEqualTo(perVisit * 10);
    }
}

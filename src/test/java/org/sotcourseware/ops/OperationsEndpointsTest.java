package org.sotcourseware.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.authoring.ContentPublished;
import org.sotcourseware.casestudy.CaseRunId;
import org.sotcourseware.casestudy.CaseService;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.progress.OverrideService;
import org.sotcourseware.quiz.QuizService;
import org.sotcourseware.security.UserId;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Health, readiness and metrics on the app's own port (decision 012): the probes answer anyone with the status
 * alone; details and Prometheus metrics need an administrator; readiness is DOWN while start-up tasks run (it reads the
 * same {@code ApplicationAvailability} state as {@code base.StartingGate}, tested in {@code StartingGateTest}); the
 * app's counters count.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsEndpointsTest {

    /** What readiness said while the start-up tasks ran: this runner runs last among them. */
    static final List<String> duringStartUp = new ArrayList<>();

    @TestConfiguration
    static class WatchStartUp {
        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        ApplicationRunner readinessWatcher(ApplicationContext context) {
            return (ApplicationArguments args) -> {
                duringStartUp.add(context.getBean(ApplicationAvailability.class).getReadinessState().name());
                duringStartUp.add(context.getBean(HealthEndpoint.class).healthForPath("readiness").getStatus().getCode());
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MeterRegistry registry;

    @Autowired
    TestUsers users;

    @Autowired
    QuizService quizzes;

    @Autowired
    CaseService cases;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    OverrideService overrides;

    MockMvc mvc;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private HttpResponse<String> anonymous(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_probes_answer_anyone_with_the_status_alone() throws Exception {
        HttpResponse<String> liveness = anonymous("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).isEqualTo("{\"status\":\"UP\"}");
        HttpResponse<String> readiness = anonymous("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
        HttpResponse<String> health = anonymous("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).as("no details for anyone").contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("H2");
    }

    @Test
    void metrics_and_health_details_are_for_an_administrator_only() throws Exception {
        assertThat(anonymous("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(anonymous("/actuator/metrics").statusCode()).isEqualTo(401);
        assertThat(mvc.perform(get("/actuator/prometheus").with(user("student").roles("STUDENT"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/actuator/prometheus").with(user("organiser").roles("ORGANISER", "INSTRUCTOR"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);

        var details = mvc.perform(get("/actuator/health").with(user("admin").roles("ADMIN"))).andReturn().getResponse();
        assertThat(details.getStatus()).isEqualTo(200);
        assertThat(details.getContentAsString()).contains("\"db\"", "\"readinessState\"", "\"livenessState\"", "\"diskSpace\"");
        var readiness = mvc.perform(get("/actuator/health/readiness").with(user("admin").roles("ADMIN"))).andReturn().getResponse();
        assertThat(readiness.getContentAsString()).as("readiness: start-up done and the database").contains("\"readinessState\"", "\"db\"")
                .doesNotContain("livenessState");
    }

    @Test
    void readiness_is_down_while_the_start_up_tasks_run_and_follows_the_apps_readiness_state() throws Exception {
        assertThat(duringStartUp).as("while the start-up tasks ran").containsExactly("REFUSING_TRAFFIC", "OUT_OF_SERVICE");
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        try {
            HttpResponse<String> readiness = anonymous("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("OUT_OF_SERVICE");
            assertThat(anonymous("/actuator/health/liveness").statusCode()).as("alive all the same").isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(anonymous("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void prometheus_shows_the_apps_counters_request_latency_the_database_pool_sessions_and_backup_age() throws Exception {
        double signIns = count("sot.signins", "outcome", "success");
        double failures = count("sot.signins", "outcome", "failure");
        mvc.perform(formLogin("/login").user("student").password("demo-student"));
        mvc.perform(formLogin("/login").user("student").password("wrong password"));
        assertThat(count("sot.signins", "outcome", "success")).isEqualTo(signIns + 1);
        assertThat(count("sot.signins", "outcome", "failure")).isEqualTo(failures + 1);

        double started = count("sot.quiz.attempts.started");
        double submitted = count("sot.quiz.attempts.submitted", "passed", "false");
        double decisions = count("sot.case.decisions");
        double publishes = count("sot.content.publishes");
        // a student's real work through the services (the counters listen to the events the features publish)
        String student = users.newStudent("metrics");
        try {
            users.signIn("instructor");
            overrides.grantOverride(new UserId(users.id(student)), "category-two", "metrics test set-up");
            users.signIn(student);
            quizzes.submit(quizzes.startOrResume("foundations")); // nothing answered: submitted, not passed
            CaseRunId run = cases.startOrResume("category-two", "c2-hairdresser-low-back");
            CaseStudy cs = catalogue.module("category-two").orElseThrow().caseStudy("c2-hairdresser-low-back").orElseThrow();
            String stage = cases.run(run).current().stageId();
            String option = cs.stage(stage).orElseThrow().decision().options().getFirst().id();
            cases.decide(run, stage, Set.of(option));
            cases.decide(run, stage, Set.of(option)); // a repeated click decides nothing
        } finally {
            users.signOut();
        }
        events.publishEvent(new ContentPublished(List.of("foundations/lessons/a.md")));
        assertThat(count("sot.quiz.attempts.started")).isEqualTo(started + 1);
        assertThat(count("sot.quiz.attempts.submitted", "passed", "false")).isEqualTo(submitted + 1);
        assertThat(count("sot.case.decisions")).isEqualTo(decisions + 1);
        assertThat(count("sot.content.publishes")).isEqualTo(publishes + 1);

        anonymous("/login"); // one real request through Tomcat, for the latency histogram and a session
        String text = mvc.perform(get("/actuator/prometheus").with(user("admin").roles("ADMIN"))).andReturn().getResponse().getContentAsString();
        assertThat(text).contains("sot_signins_total{", "outcome=\"success\"", "outcome=\"failure\"", "sot_quiz_attempts_started_total",
                "sot_quiz_attempts_submitted_total{", "sot_case_decisions_total", "sot_content_publishes_total",
                "http_server_requests_seconds_bucket{", "hikaricp_connections_active{", "tomcat_sessions_active_current_sessions",
                "sot_backup_age_seconds", "sot_backup_failures_total", "application=\"sot-courseware\"");
    }

    private double count(String name, String... tags) {
        var search = registry.find(name);
        if (tags.length > 0) {
            search = search.tags(tags);
        }
        var counter = search.counter();
        assertThat(counter).as(name).isNotNull();
        return counter.count();
    }
}

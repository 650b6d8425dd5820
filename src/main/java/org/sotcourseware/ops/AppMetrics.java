package org.sotcourseware.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.sotcourseware.authoring.ContentPublished;
import org.sotcourseware.casestudy.CaseDecisionMade;
import org.sotcourseware.quiz.QuizAttemptStarted;
import org.sotcourseware.quiz.QuizAttemptSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The app's own counters for Prometheus, counted from the events the features publish (a rolled-back write counts
 * nothing: listeners run after commit). Beside them Spring Boot's own meters: {@code http.server.requests} (latency
 * histograms), {@code hikaricp.*} (database pool), {@code tomcat.sessions.*} (active sessions), JVM and process.
 * The backup age is {@link BackupService}'s gauge.
 */
@Component
class AppMetrics {

    private final Counter signIns;
    private final Counter signInFailures;
    private final Counter attemptsStarted;
    private final MeterRegistry registry;
    private final Counter caseDecisions;
    private final Counter publishes;

    AppMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.signIns = Counter.builder("sot.signins").tag("outcome", "success").description("Sign-ins").register(registry);
        this.signInFailures = Counter.builder("sot.signins").tag("outcome", "failure")
                .description("Sign-ins refused (wrong name or password, disabled account)").register(registry);
        this.attemptsStarted = Counter.builder("sot.quiz.attempts.started").description("Quiz attempts started").register(registry);
        this.caseDecisions = Counter.builder("sot.case.decisions").description("Decisions made in clinical case runs").register(registry);
        this.publishes = Counter.builder("sot.content.publishes").description("Publishes of content (each may hold several files)").register(registry);
        submitted(true);
        submitted(false);
    }

    private Counter submitted(boolean passed) {
        return Counter.builder("sot.quiz.attempts.submitted").tag("passed", Boolean.toString(passed))
                .description("Quiz attempts submitted and graded").register(registry);
    }

    @EventListener
    void on(AuthenticationSuccessEvent e) {
        signIns.increment();
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent e) {
        signInFailures.increment();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(QuizAttemptStarted e) {
        attemptsStarted.increment();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(QuizAttemptSubmitted e) {
        submitted(e.passed()).increment();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CaseDecisionMade e) {
        caseDecisions.increment();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ContentPublished e) {
        publishes.increment();
    }
}

package org.sotcourseware.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail outbox against a real SMTP server (GreenMail) that is down at first: a message is kept in the database
 * with the change that asked for it, tried again with a growing pause, given up after the last try, and sent once
 * the server is back; a rolled-back change sends nothing.
 */
@IntegrationTest(properties = {"sot.mail.max-attempts=3", "sot.mail.retry-check=1h"})
class MailOutboxTest {

    static final int PORT = freePort();
    static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry r) {
        r.add("spring.mail.host", () -> "127.0.0.1");
        r.add("spring.mail.port", () -> PORT);
        r.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
    }

    @TestConfiguration
    static class Config {
        /** Half a microsecond past a whole one: a database that rounds to microseconds rounds this up. */
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS).plusNanos(700));
        }
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired Mail mail;
    @Autowired MailOutbox outbox;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void a_message_waits_while_the_server_is_down_is_retried_with_growing_pauses_and_is_sent_when_it_is_back() throws Exception {
        Map<String, String> values = Map.of("name", "Ada", "what", "your password was changed", "when", "today");
        transactions.executeWithoutResult(t -> {
            mail.send("rolled-back@test.invalid", MailTemplate.SIGN_IN_CHANGED, values);
            t.setRollbackOnly();
        });
        assertThat(rows("rolled-back@test.invalid")).as("a rolled-back change queues nothing").isZero();

        transactions.executeWithoutResult(t -> mail.send("given-up@test.invalid", MailTemplate.SIGN_IN_CHANGED, values));
        awaitAttempts("given-up@test.invalid", 1); // the try right after the commit, on the mail thread
        assertThat((String) column("given-up@test.invalid", "last_error")).contains("Exception");
        assertThat(mail.deliverDue()).as("not due again before the pause").isZero();
        assertThat(attempts("given-up@test.invalid")).isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        mail.deliverDue();
        assertThat(attempts("given-up@test.invalid")).isEqualTo(2);
        clock.advance(Duration.ofMinutes(1));
        mail.deliverDue();
        assertThat(attempts("given-up@test.invalid")).as("the second pause is twice the first").isEqualTo(2);
        clock.advance(Duration.ofMinutes(1));
        mail.deliverDue();
        assertThat(attempts("given-up@test.invalid")).isEqualTo(3);
        assertThat(column("given-up@test.invalid", "failed_at")).as("given up after the third try").isNotNull();
        assertThat(column("given-up@test.invalid", "values_json")).as("its values (one-time links) are not kept").isNull();
        assertThat(outbox.givenUp()).isEqualTo(1);

        transactions.executeWithoutResult(t -> mail.send("later@test.invalid", MailTemplate.SIGN_IN_CHANGED, values));
        awaitAttempts("later@test.invalid", 1);
        assertThat(outbox.waiting()).isEqualTo(1);

        SMTP.start();
        clock.advance(Duration.ofMinutes(1));
        assertThat(mail.deliverDue()).isEqualTo(1);
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly("later@test.invalid");
        assertThat(column("later@test.invalid", "sent_at")).isNotNull();
        assertThat(column("later@test.invalid", "values_json")).isNull();
        assertThat(outbox.waiting()).isZero();
        assertThat(mail.deliverDue()).as("nothing is sent twice").isZero();
    }

    @Test
    void the_pause_doubles_from_the_first_up_to_the_longest() {
        Duration first = Duration.ofMinutes(1);
        Duration longest = Duration.ofHours(1);
        assertThat(MailOutbox.pauseAfter(1, first, longest)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailOutbox.pauseAfter(2, first, longest)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailOutbox.pauseAfter(4, first, longest)).isEqualTo(Duration.ofMinutes(8));
        assertThat(MailOutbox.pauseAfter(7, first, longest)).isEqualTo(Duration.ofHours(1));
        assertThat(MailOutbox.pauseAfter(40, first, longest)).isEqualTo(Duration.ofHours(1));
    }

    private int rows(String to) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = ?").param(to).query(Integer.class).single();
    }

    private int attempts(String to) {
        return jdbc.sql("select attempts from mail_outbox where recipient = ?").param(to).query(Integer.class).single();
    }

    private Object column(String to, String column) {
        return jdbc.sql("select " + column + " from mail_outbox where recipient = ?").param(to).query().singleRow().values().iterator().next();
    }

    private void awaitAttempts(String to, int n) throws InterruptedException {
        for (int i = 0; i < 200 && attempts(to) < n; i++) {
            Thread.sleep(50);
        }
        assertThat(attempts(to)).isEqualTo(n);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

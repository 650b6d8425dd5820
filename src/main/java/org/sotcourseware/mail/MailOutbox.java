package org.sotcourseware.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The durable queue behind {@link Mail}: a row per message, written in the transaction that asked for it, and
 * delivered by whichever node gets to it first. A node claims a row with a conditional update (no row is sent by
 * two nodes unless a node stalls for longer than the claim), tries the SMTP server, and on failure sets the next
 * try after a pause that doubles from {@link MailProperties#retryFirst()} up to {@link MailProperties#retryLongest()};
 * after {@link MailProperties#maxAttempts()} tries the message is given up and logged as an error. The template's
 * values (which may hold one-time links) are cleared once a message is sent or given up; rows are deleted after
 * {@link #KEEP}.
 */
@Component
class MailOutbox {

    interface Delivery {
        /** Sends one message; throws when the SMTP server refuses or cannot be reached. */
        void deliver(String to, MailTemplate template, Map<String, String> values) throws Exception;
    }

    /** One message that is due. */
    record Due(long id, MailTemplate template, String recipient, Map<String, String> values, int attempts) {
    }

    static final Duration CLAIM = Duration.ofMinutes(2);
    static final Duration KEEP = Duration.ofDays(30);
    private static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MailProperties properties;

    MailOutbox(JdbcClient jdbc, Clock clock, MailProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** Queues a message in the caller's transaction (or on its own without one). */
    void enqueue(String to, MailTemplate template, Map<String, String> values) {
        Timestamp now = Timestamp.from(now());
        jdbc.sql("insert into mail_outbox (template, recipient, values_json, created_at, next_attempt_at) values (?, ?, ?, ?, ?)")
                .params(template.name(), to, JSON.writeValueAsString(values), now, now).update();
    }

    /** Delivers every message that is due through {@code delivery}; returns how many were sent. */
    synchronized int deliverDue(Delivery delivery) {
        Instant now = now();
        int sent = 0;
        for (Due due : due(now)) {
            if (!claim(due.id(), now)) {
                continue; // another node has it
            }
            try {
                delivery.deliver(due.recipient(), due.template(), due.values());
                jdbc.sql("update mail_outbox set sent_at = ?, attempts = attempts + 1, values_json = null, claimed_until = null, last_error = null "
                        + "where id = ?").params(Timestamp.from(now()), due.id()).update();
                sent++;
            } catch (Exception e) {
                failed(due, e);
            }
        }
        jdbc.sql("delete from mail_outbox where (sent_at is not null or failed_at is not null) and created_at < ?")
                .param(Timestamp.from(now.minus(KEEP))).update();
        return sent;
    }

    /**
     * The time in whole microseconds, as the database keeps it: a nanosecond instant that the database rounds up
     * would make a message queued now look due only in the future to a query at the same instant.
     */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** Messages not yet sent nor given up. */
    int waiting() {
        return jdbc.sql("select count(*) from mail_outbox where sent_at is null and failed_at is null").query(Integer.class).single();
    }

    /** Messages given up in the last {@link #KEEP}. */
    int givenUp() {
        return jdbc.sql("select count(*) from mail_outbox where failed_at is not null").query(Integer.class).single();
    }

    /** The pause before the next try after {@code attempts} failed ones: doubling from the first, capped. */
    static Duration pauseAfter(int attempts, Duration first, Duration longest) {
        Duration pause = first;
        for (int i = 1; i < attempts && pause.compareTo(longest) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(longest) > 0 ? longest : pause;
    }

    private List<Due> due(Instant now) {
        Timestamp at = Timestamp.from(now);
        return jdbc.sql("select id, template, recipient, values_json, attempts from mail_outbox where sent_at is null and failed_at is null "
                        + "and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?) order by next_attempt_at, id fetch first " + BATCH + " rows only")
                .params(at, at)
                .query((rs, n) -> new Due(rs.getLong("id"), MailTemplate.valueOf(rs.getString("template")), rs.getString("recipient"),
                        JSON.readValue(rs.getString("values_json"), new TypeReference<Map<String, String>>() { }), rs.getInt("attempts")))
                .list();
    }

    private boolean claim(long id, Instant now) {
        return jdbc.sql("update mail_outbox set claimed_until = ? where id = ? and sent_at is null and failed_at is null "
                        + "and (claimed_until is null or claimed_until < ?)")
                .params(Timestamp.from(now.plus(CLAIM)), id, Timestamp.from(now)).update() == 1;
    }

    private void failed(Due due, Exception e) {
        int attempts = due.attempts() + 1;
        Instant now = now();
        String domain = due.recipient().substring(due.recipient().indexOf('@') + 1);
        String error = (e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage())).replace(due.recipient(), "(recipient)");
        error = error.length() > 200 ? error.substring(0, 200) : error;
        if (attempts >= properties.maxAttempts()) {
            jdbc.sql("update mail_outbox set attempts = ?, failed_at = ?, values_json = null, claimed_until = null, last_error = ? where id = ?")
                    .params(attempts, Timestamp.from(now), error, due.id()).update();
            log.error("Gave up the {} message to an address at {} after {} tries: {}", due.template().file(), domain, attempts, error);
            return;
        }
        Instant next = now.plus(pauseAfter(attempts, properties.retryFirst(), properties.retryLongest()));
        jdbc.sql("update mail_outbox set attempts = ?, next_attempt_at = ?, claimed_until = null, last_error = ? where id = ?")
                .params(attempts, Timestamp.from(next), error, due.id()).update();
        log.warn("Could not send the {} message to an address at {} (try {} of {}), next try at {}: {}", due.template().file(), domain,
                attempts, properties.maxAttempts(), next, e.getClass().getSimpleName());
    }
}

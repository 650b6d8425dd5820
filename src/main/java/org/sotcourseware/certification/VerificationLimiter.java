package org.sotcourseware.certification;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits how many certificate codes one address may look up on the public verification page: a sliding
 * window of one minute per address (so codes cannot be guessed by trying many), and a total across all
 * addresses of {@link #GLOBAL_FACTOR} times that. Kept in the database ({@code verification_lookup}), so the
 * nodes of a cluster share one budget; each lookup locks the single {@code verification_budget} row first,
 * so two nodes never both take the last place in a window. Lookups older than a minute are deleted as new
 * ones arrive, which bounds the table by the global budget.
 */
@Component
public class VerificationLimiter {

    static final int GLOBAL_FACTOR = 50;
    static final long WINDOW_MILLIS = 60_000;

    private final int perMinute;
    private final Clock clock;
    private final JdbcClient jdbc;

    VerificationLimiter(CertificationProperties properties, Clock clock, JdbcClient jdbc) {
        this.perMinute = Math.max(1, properties.verificationsPerMinute());
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Whether {@code address} may look up a code now; counts the lookup when it may. */
    @Transactional
    public boolean tryAcquire(String address) {
        String a = address.length() > 100 ? address.substring(0, 100) : address;
        long now = clock.millis();
        long windowStart = now - WINDOW_MILLIS;
        jdbc.sql("select id from verification_budget where id = 1 for update").query(Integer.class).list();
        jdbc.sql("delete from verification_lookup where looked_up_at <= ?").param(windowStart).update();
        long mine = jdbc.sql("select count(*) from verification_lookup where address = ?").param(a).query(Long.class).single();
        long everyone = jdbc.sql("select count(*) from verification_lookup").query(Long.class).single();
        if (mine >= perMinute || everyone >= (long) perMinute * GLOBAL_FACTOR) {
            return false;
        }
        jdbc.sql("insert into verification_lookup (address, looked_up_at) values (?, ?)").params(a, now).update();
        return true;
    }
}

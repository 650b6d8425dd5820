package org.sotcourseware.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.MutableClock;
import org.sotcourseware.testsupport.MutableClockConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The verification rate limit, kept in the database: two limiters on one database (two nodes) share one budget. */
@IntegrationTest
@Import(MutableClockConfig.class)
class VerificationLimiterTest {

    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    VerificationLimiter nodeA;
    VerificationLimiter nodeB;

    @BeforeEach
    void twoNodesWithAnEmptyWindow() {
        CertificationProperties properties = new CertificationProperties("Issuer", "http://x", 5);
        nodeA = new VerificationLimiter(properties, clock, jdbc);
        nodeB = new VerificationLimiter(properties, clock, jdbc);
        clock.advance(Duration.ofMinutes(2)); // whatever earlier tests looked up is out of the window
    }

    boolean acquire(VerificationLimiter limiter, String address) {
        return Boolean.TRUE.equals(tx.execute(s -> limiter.tryAcquire(address)));
    }

    @Test
    void one_address_gets_its_allowance_per_minute_and_then_waits() {
        for (int i = 0; i < 5; i++) {
            assertThat(acquire(nodeA, "10.0.0.1")).isTrue();
        }
        assertThat(acquire(nodeA, "10.0.0.1")).isFalse();
        assertThat(acquire(nodeA, "10.0.0.2")).as("another address is not affected").isTrue();
        clock.advance(Duration.ofSeconds(59));
        assertThat(acquire(nodeA, "10.0.0.1")).isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(acquire(nodeA, "10.0.0.1")).isTrue();
    }

    @Test
    void two_nodes_count_one_address_together() {
        int allowed = 0;
        for (int i = 0; i < 10; i++) {
            if (acquire(i % 2 == 0 ? nodeA : nodeB, "10.0.0.9")) {
                allowed++;
            }
        }
        assertThat(allowed).as("five look-ups a minute, whichever node answers").isEqualTo(5);
        assertThat(acquire(nodeB, "10.0.0.9")).isFalse();
    }

    @Test
    void all_addresses_together_are_capped_too() {
        int allowed = 0;
        for (int i = 0; i < 5 * VerificationLimiter.GLOBAL_FACTOR + 50; i++) {
            if (acquire(i % 2 == 0 ? nodeA : nodeB, "192.0.2." + i)) {
                allowed++;
            }
        }
        assertThat(allowed).isEqualTo(5 * VerificationLimiter.GLOBAL_FACTOR);
    }

    @Test
    void old_lookups_are_deleted_as_new_ones_arrive() {
        acquire(nodeA, "10.0.0.3");
        clock.advance(Duration.ofSeconds(61));
        acquire(nodeB, "10.0.0.4");
        long rows = jdbc.sql("select count(*) from verification_lookup").query(Long.class).single();
        assertThat(rows).isEqualTo(1);
    }
}

package org.sotcourseware.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.sotcourseware.testsupport.MutableClock;

class VerificationLimiterTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T10:00:00Z"));
    final VerificationLimiter limiter = new VerificationLimiter(new CertificationProperties("Issuer", "http://x", 5), clock);

    @Test
    void one_address_gets_its_allowance_per_minute_and_then_waits() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        }
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.2")).as("another address is not affected").isTrue();
        clock.advance(Duration.ofSeconds(59));
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
    }

    @Test
    void all_addresses_together_are_capped_too() {
        int allowed = 0;
        for (int i = 0; i < 5 * VerificationLimiter.GLOBAL_FACTOR + 50; i++) {
            if (limiter.tryAcquire("192.0.2." + i)) {
                allowed++;
            }
        }
        assertThat(allowed).isEqualTo(5 * VerificationLimiter.GLOBAL_FACTOR);
    }
}

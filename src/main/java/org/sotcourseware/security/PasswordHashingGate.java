package org.sotcourseware.security;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only a few password hashes run at once, first come first served. bcrypt is deliberately slow (about
 * 60-80 ms of CPU each at strength 10); when a seminar room of 500 signs in within a minute, dozens of
 * sign-ins hash at the same time and, sharing the cores, every one of them and every other request (the
 * dashboards of those already in) waits for all of them. With a queue in front, at most one hash per core
 * runs, each finishes in turn, and pages keep their share of the processors. Measured (docs/performance.md,
 * 500 students signing in within a minute on 2 cores): without the queue, dashboard p95 3.0 s and sign-in p95
 * 1.4 s; with it, dashboard p95 0.17 s and sign-in p95 4.2 s (the wait moves to the one step that hashes).
 * <p>
 * The work factor is not lowered: a hash costs the same, it just waits its turn. A thread waiting here holds
 * no lock and no database connection (the account is read before the check).
 * <p>
 * Two timers show where a sign-in's time goes: {@code sot.password.hash.wait} (in the queue) and
 * {@code sot.password.hash.work} (hashing), on {@code /actuator/prometheus}.
 */
final class PasswordHashingGate implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;
    private final Timer waited;
    private final Timer worked;

    PasswordHashingGate(PasswordEncoder delegate, int concurrent) {
        this(delegate, concurrent, new SimpleMeterRegistry());
    }

    PasswordHashingGate(PasswordEncoder delegate, int concurrent, MeterRegistry registry) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("sot.security.password-hashing-threads must be at least 1, was " + concurrent);
        }
        this.delegate = delegate;
        this.permits = new Semaphore(concurrent, true);
        this.waited = Timer.builder("sot.password.hash.wait").description("Time a password check or hash waited for its turn")
                .publishPercentiles(0.5, 0.95, 0.99).register(registry);
        this.worked = Timer.builder("sot.password.hash.work").description("Time a password check or hash took once its turn came")
                .publishPercentiles(0.5, 0.95, 0.99).register(registry);
    }

    Timer waited() {
        return waited;
    }

    Timer worked() {
        return worked;
    }

    /** One per processor: the default for {@code sot.security.password-hashing-threads}. */
    static int defaultConcurrency() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    int available() {
        return permits.availablePermits();
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return inTurn(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return inTurn(() -> {
            try {
                return delegate.matches(rawPassword, encodedPassword);
            } catch (IllegalArgumentException refused) {
                // bcrypt refuses input over 72 bytes (and a hash of an unknown encoding is refused too): such a
                // password cannot match this hash, so the sign-in fails like any wrong password instead of erroring
                return false;
            }
        });
    }

    private <T> T inTurn(Supplier<T> hashing) {
        long queued = System.nanoTime();
        permits.acquireUninterruptibly();
        long started = System.nanoTime();
        waited.record(started - queued, TimeUnit.NANOSECONDS);
        try {
            return hashing.get();
        } finally {
            permits.release();
            worked.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * Hashes and checks a throwaway password, in turn like any sign-in, until {@code rounds} checks are done or
     * {@code budget} has passed; returns how many were done. Run once after start-up, before the first visitors sign
     * in, so that the just-in-time compiler has compiled the hashing code at full speed by the time a seminar room
     * signs in at once (measured in docs/performance.md).
     */
    int warmUp(int rounds, Duration budget) {
        long end = System.nanoTime() + budget.toNanos();
        String hash = encode("warm-up, not a password");
        int done = 0;
        while (done < rounds && System.nanoTime() < end) {
            matches("warm-up, not a password", hash);
            done++;
        }
        return done;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}

package org.sotcourseware.security;

import java.util.concurrent.Semaphore;

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
 */
final class PasswordHashingGate implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;

    PasswordHashingGate(PasswordEncoder delegate, int concurrent) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("sot.security.password-hashing-threads must be at least 1, was " + concurrent);
        }
        this.delegate = delegate;
        this.permits = new Semaphore(concurrent, true);
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
        permits.acquireUninterruptibly();
        try {
            return delegate.encode(rawPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        permits.acquireUninterruptibly();
        try {
            return delegate.matches(rawPassword, encodedPassword);
        } catch (IllegalArgumentException refused) {
            // bcrypt refuses input over 72 bytes (and a hash of an unknown encoding is refused too): such a
            // password cannot match this hash, so the sign-in fails like any wrong password instead of erroring
            return false;
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}

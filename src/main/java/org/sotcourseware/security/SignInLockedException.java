package org.sotcourseware.security;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused because the account name or the source address is locked after failed attempts
 * ({@link SignInThrottle}). The same for names with and without an account.
 */
public class SignInLockedException extends AuthenticationException {

    private final Instant until;

    public SignInLockedException(Instant until) {
        super("too many failed sign-ins; locked until " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}

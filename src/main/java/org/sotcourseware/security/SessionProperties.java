package org.sotcourseware.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a signed-in session may sit unused before it ends ({@code sot.session.*}). Vaadin's
 * {@code closeIdleSessions} makes the heartbeat of an open tab not count as use, so an abandoned tab no longer
 * keeps a session (and the memory of its UI) alive. Students read long lessons, so their limit is longer;
 * staff accounts can publish and award, so theirs is shorter. A session before sign-in uses
 * {@code server.servlet.session.timeout}.
 * <p>
 * {@code absoluteLifetime}: a signed-in session ends this long after sign-in, however busy. {@code revocationCheck}:
 * how often a session re-reads (from the database) whether its user was signed out everywhere.
 */
@ConfigurationProperties("sot.session")
public record SessionProperties(@DefaultValue("2h") Duration studentIdle, @DefaultValue("30m") Duration staffIdle,
                                @DefaultValue("12h") Duration absoluteLifetime, @DefaultValue("5s") Duration revocationCheck) {

    /**
     * The idle limit for a user with these authorities ({@code ROLE_STUDENT}, ..., and others Spring Security
     * adds such as {@code FACTOR_PASSWORD}, which do not count): the student limit only for a user whose roles
     * are all {@code STUDENT}; the staff limit for any staff role, and for no role at all.
     */
    public Duration idleFor(java.util.Collection<String> authorities) {
        List<String> roles = authorities.stream().filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).toList();
        return !roles.isEmpty() && roles.stream().allMatch(Roles.STUDENT::equals) ? studentIdle : staffIdle;
    }
}

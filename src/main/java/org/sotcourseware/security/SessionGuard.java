package org.sotcourseware.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session, before Spring Security reads it, when
 * <ul>
 * <li>it was not used for longer than its idle limit (set by role by {@link SessionLifetime}): Vaadin's heartbeat,
 * which an open tab sends every few minutes, does not count as use, so a tab left open does not keep a session
 * alive (Vaadin's own {@code closeIdleSessions} aims at the same but did not end the session in our test),</li>
 * <li>it is older than {@link SessionProperties#absoluteLifetime()} (12 hours by default), however busy, or</li>
 * <li>the account's session generation has moved on since it signed in: the person or an administrator signed them
 * out everywhere, their password or roles changed, or the account was disabled or removed. The generation is in the
 * database, so this holds across nodes; a session re-reads it at most every
 * {@link SessionProperties#revocationCheck()} (5 seconds by default).</li>
 * <li>the person ended this session from another one (the list of sessions, {@link ActiveSessions}), read at the
 * same check, which also records the session's last use for that list.</li>
 * </ul>
 * The request then goes on without a session: a page is sent to sign-in, and Vaadin's client, finding its session
 * gone, reloads into the sign-in page. {@link SessionLifetime} stamps the session at its first signed-in request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
public class SessionGuard extends OncePerRequestFilter {

    public static final String USER_ID = SessionGuard.class.getName() + ".user";
    public static final String SIGNED_IN_AT = SessionGuard.class.getName() + ".signedInAt";
    public static final String GENERATION = SessionGuard.class.getName() + ".generation";
    static final String CHECKED_AT = SessionGuard.class.getName() + ".checkedAt";
    static final String LAST_USE = SessionGuard.class.getName() + ".lastUse";

    private static final Logger log = LoggerFactory.getLogger(SessionGuard.class);

    static final String TOUCHED_USE = SessionGuard.class.getName() + ".touchedUse";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SessionProperties properties;
    private final ActiveSessions activeSessions;

    SessionGuard(JdbcClient jdbc, Clock clock, SessionProperties properties, ActiveSessions activeSessions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.activeSessions = activeSessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                boolean use = !isHeartbeat(request);
                if (!check(session, use) && use) {
                    session.setAttribute(LAST_USE, clock.instant());
                }
            } catch (IllegalStateException alreadyInvalidated) {
                // another request ended it meanwhile
            }
        }
        chain.doFilter(request, response);
    }

    /** Vaadin's heartbeat ({@code ?v-r=heartbeat}): an open tab saying it is there, which is not use. */
    static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && (query.startsWith("v-r=heartbeat") || query.contains("&v-r=heartbeat"));
    }

    /**
     * Ends the session if it was idle (no request but heartbeats) for longer than its limit, outlived its absolute
     * lifetime, was signed out everywhere, or was ended from another of the person's sessions ({@link ActiveSessions});
     * true if ended.
     */
    boolean check(HttpSession session, boolean use) {
        if (!(session.getAttribute(USER_ID) instanceof Long userId)) {
            return false;
        }
        Instant now = clock.instant();
        if (session.getAttribute(SIGNED_IN_AT) instanceof Instant signedIn
                && Duration.between(signedIn, now).compareTo(properties.absoluteLifetime()) >= 0) {
            log.info("Ended the session of user {}: signed in at {}, longer ago than {}", userId, signedIn, properties.absoluteLifetime());
            session.invalidate();
            return true;
        }
        Instant lastUse = session.getAttribute(LAST_USE) instanceof Instant u ? u
                : session.getAttribute(SIGNED_IN_AT) instanceof Instant signedIn ? signedIn : now;
        int idleSeconds = session.getMaxInactiveInterval();
        if (idleSeconds > 0 && Duration.between(lastUse, now).toSeconds() >= idleSeconds) {
            log.info("Ended the session of user {}: unused since {} (heartbeats do not count), limit {} s", userId, lastUse, idleSeconds);
            session.invalidate();
            return true;
        }
        if (session.getAttribute(CHECKED_AT) instanceof Instant checked
                && Duration.between(checked, now).compareTo(properties.revocationCheck()) < 0) {
            return false;
        }
        Optional<Long> generation = jdbc.sql("select session_generation from app_user where id = ? and enabled = true")
                .param(userId).query(Long.class).optional();
        if (generation.isEmpty() || !generation.get().equals(session.getAttribute(GENERATION))) {
            log.info("Ended a session of user {}: signed out everywhere, or the account changed", userId);
            session.invalidate();
            return true;
        }
        if (session.getAttribute(ActiveSessions.KEY) instanceof String key) {
            Instant seen = use ? now : lastUse;
            if (!activeSessions.touch(key, seen.equals(session.getAttribute(TOUCHED_USE)) ? null : seen)) {
                log.info("Ended a session of user {}: the person signed it out from another session", userId);
                session.invalidate();
                return true;
            }
            session.setAttribute(TOUCHED_USE, seen);
        }
        session.setAttribute(CHECKED_AT, now);
        return false;
    }
}

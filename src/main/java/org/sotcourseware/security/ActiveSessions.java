package org.sotcourseware.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where each person is signed in (ASVS 5.0 V7.5.2): one {@code user_session} row per sign-in, kept in the database
 * so that any node can list a person's sessions and end one of them, whichever node holds it.
 * <ul>
 * <li>{@link SessionLifetime} opens a row at the first signed-in request and keeps its random key in the session
 * ({@link #KEY}); the servlet session id is never stored.</li>
 * <li>{@link SessionGuard} {@linkplain #touch touches} the row at each revocation check (every few seconds of use at
 * most): it records the last use, and a row ended from elsewhere ends the session there and then.</li>
 * <li>{@link ActiveSessionsListener} closes the row when the servlet session ends (sign-out, idle or absolute limit,
 * signed out everywhere).</li>
 * </ul>
 * A row whose node died is never closed; it stops being listed once it has been idle for its limit or outlived the
 * absolute lifetime, and a row behind the account's session generation (signed out everywhere) is not listed either.
 * Rows older than a month are deleted when the person next signs in.
 */
@Component
public class ActiveSessions {

    /** The session attribute holding the row's key. */
    public static final String KEY = ActiveSessions.class.getName() + ".key";

    static final Duration KEEP_ENDED = Duration.ofDays(30);

    /** One session as its owner sees it. */
    public record Active(String id, String device, String address, Instant signedInAt, Instant lastSeenAt, boolean current) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SessionProperties properties;

    ActiveSessions(JdbcClient jdbc, Clock clock, SessionProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** Opens the row of a new sign-in and returns its key; tidies the person's rows older than a month. */
    String opened(long userId, long generation, @Nullable String address, @Nullable String userAgent, Duration idleLimit) {
        Instant now = clock.instant();
        Timestamp monthAgo = Timestamp.from(now.minus(KEEP_ENDED));
        jdbc.sql("delete from user_session where user_id = ? and last_seen_at < ?").params(userId, monthAgo).update();
        String key = UUID.randomUUID().toString();
        jdbc.sql("insert into user_session (id, user_id, generation, signed_in_at, last_seen_at, address, device, idle_seconds) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(key, userId, generation, Timestamp.from(now), Timestamp.from(now), clip(address == null ? "unknown" : address, 64),
                        DeviceName.of(userAgent), (int) Math.min(Integer.MAX_VALUE, idleLimit.toSeconds()))
                .update();
        return key;
    }

    /**
     * Records the session's last use (null: no use since the last touch, only heartbeats) and answers whether the
     * session may go on: false once it was ended from elsewhere.
     */
    boolean touch(String key, @Nullable Instant lastUse) {
        int rows = lastUse == null
                ? jdbc.sql("select count(*) from user_session where id = ? and ended_at is null").param(key).query(Integer.class).single()
                : jdbc.sql("update user_session set last_seen_at = ? where id = ? and ended_at is null")
                        .params(Timestamp.from(lastUse), key).update();
        return rows > 0;
    }

    /** Closes the row of a session that ended (no effect when it was closed already). */
    void closed(String key, String how) {
        jdbc.sql("update user_session set ended_at = ?, ended_how = ? where id = ? and ended_at is null")
                .params(Timestamp.from(clock.instant()), clip(how, 60), key).update();
    }

    /**
     * The person's sessions that are still going, newest use first. {@code currentKey} marks this browser's own.
     * Rows behind the account's generation, idle past their limit or older than the absolute lifetime are not shown.
     */
    public List<Active> of(UserId user, @Nullable String currentKey) {
        Instant now = clock.instant();
        long generation = jdbc.sql("select session_generation from app_user where id = ?").param(user.value()).query(Long.class).single();
        return jdbc.sql("select id, device, address, signed_in_at, last_seen_at, idle_seconds, generation from user_session "
                        + "where user_id = ? and ended_at is null order by last_seen_at desc, signed_in_at desc")
                .param(user.value())
                .query((rs, n) -> {
                    Instant signedIn = rs.getTimestamp("signed_in_at").toInstant();
                    Instant lastSeen = rs.getTimestamp("last_seen_at").toInstant();
                    boolean live = rs.getLong("generation") == generation
                            && Duration.between(signedIn, now).compareTo(properties.absoluteLifetime()) < 0
                            && Duration.between(lastSeen, now).toSeconds() < rs.getInt("idle_seconds");
                    String id = rs.getString("id");
                    return live ? new Active(id, rs.getString("device"), rs.getString("address"), signedIn, lastSeen, id.equals(currentKey)) : null;
                })
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }

    /** Ends one of the person's sessions; empty if it is not theirs or no longer going. */
    Optional<Active> end(UserId user, String id, String how) {
        Optional<Active> target = of(user, null).stream().filter(a -> a.id().equals(id)).findFirst();
        target.ifPresent(a -> closeRow(user, a.id(), how));
        return target;
    }

    /** The session with this key stays after the account's generation moved on (its owner changed the password). */
    void adopt(String key, long generation) {
        jdbc.sql("update user_session set generation = ? where id = ? and ended_at is null").params(generation, key).update();
    }

    /** Ends every session of the person but the one with {@code keepKey}; returns how many were going. */
    int endAllBut(UserId user, @Nullable String keepKey, String how) {
        List<Active> others = of(user, keepKey).stream().filter(a -> !a.current()).toList();
        others.forEach(a -> closeRow(user, a.id(), how));
        return others.size();
    }

    private void closeRow(UserId user, String id, String how) {
        jdbc.sql("update user_session set ended_at = ?, ended_how = ? where id = ? and user_id = ? and ended_at is null")
                .params(Timestamp.from(clock.instant()), clip(how, 60), id, user.value()).update();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}

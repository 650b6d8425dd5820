package org.sotcourseware.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing (ASVS V6.3.1): counts failed sign-ins per account name and per source address in
 * the database ({@code sign_in_throttle}), so every node of a cluster sees the same counts.
 * <ul>
 * <li>Per account name: after {@link SignInProperties#accountFreeFailures()} failures in a row each further one
 * locks the name for a delay that doubles, from {@link SignInProperties#accountFirstDelay()} up to
 * {@link SignInProperties#accountMaxDelay()}. A success clears the count; so does a day without failures. The
 * name is counted whether or not such an account exists, so a lock reveals nothing about accounts.</li>
 * <li>Per source address: at most {@link SignInProperties#addressFailuresPerHour()} failures in an hour, then
 * the address is refused until the hour is over (a seminar room behind one address shares the budget).</li>
 * </ul>
 * While a name or address is locked the password is not even checked. Every outcome is published as a
 * {@link SecurityEvent} for the audit log, with the address.
 */
@Service
public class SignInThrottle {

    /** A name or address that is refused for now, and until when. */
    public record Lock(String key, org.sotcourseware.base.Message kind, String subject, int failures, Instant lockedUntil) {
    }

    private static final String ACCOUNT = "account:";
    private static final String ADDRESS = "address:";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SignInProperties properties;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    SignInThrottle(JdbcClient jdbc, Clock clock, SignInProperties properties, ApplicationEventPublisher events, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.events = events;
        this.currentUser = currentUser;
    }

    static String accountKey(String username) {
        String u = username.strip().toLowerCase(Locale.ROOT);
        return ACCOUNT + (u.length() > 300 ? u.substring(0, 300) : u);
    }

    static String addressKey(String address) {
        return ADDRESS + (address.length() > 300 ? address.substring(0, 300) : address);
    }

    /** When the name or the address may try again, if either is locked now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        return jdbc.sql("select locked_until from sign_in_throttle where throttle_key in (?, ?) and locked_until > ?")
                .params(accountKey(username), addressKey(address), Timestamp.from(now))
                .query(Timestamp.class).list().stream().map(Timestamp::toInstant).max(Instant::compareTo);
    }

    /** Counts a failed sign-in against the name and the address, and audits it. Returns the lock, if one starts. */
    @Transactional
    public Optional<Instant> failed(String username, String address, @Nullable UserId account, String reason) {
        Instant now = clock.instant();
        int accountFailures = count(accountKey(username), now, now.minus(Duration.ofDays(1)), false);
        Instant accountLock = accountLockAfter(accountFailures, now);
        int addressFailures = count(addressKey(address), now, now.minus(Duration.ofHours(1)), true);
        Instant addressLock = addressFailures >= properties.addressFailuresPerHour()
                ? windowStart(addressKey(address)).plus(Duration.ofHours(1)) : null;
        if (accountLock != null) {
            lock(accountKey(username), accountLock);
        }
        if (addressLock != null) {
            lock(addressKey(address), addressLock);
        }
        Instant until = later(accountLock, addressLock);
        events.publishEvent(new SecurityEvent("sign-in.failed", "user:" + clip(username), account, clip(username),
                "from " + address + "; " + reason + "; failures in a row for this name: " + accountFailures
                        + (until == null ? "" : "; locked until " + until)));
        return Optional.ofNullable(until);
    }

    /** When the account name may try again, if it is locked now (for a password typed while signed in). */
    @Transactional(readOnly = true)
    public Optional<Instant> accountLockedUntil(String username) {
        return jdbc.sql("select locked_until from sign_in_throttle where throttle_key = ? and locked_until > ?")
                .params(accountKey(username), Timestamp.from(clock.instant())).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /**
     * A wrong current password typed by a signed-in person (changing their password): counted against the account
     * name exactly like a failed sign-in, so guesses through either way share one budget. Returns the lock, if one
     * starts. The caller audits it.
     */
    @Transactional
    public Optional<Instant> failedReauthentication(String username) {
        Instant now = clock.instant();
        Instant lock = accountLockAfter(count(accountKey(username), now, now.minus(Duration.ofDays(1)), false), now);
        if (lock != null) {
            lock(accountKey(username), lock);
        }
        return Optional.ofNullable(lock);
    }

    /** The right current password typed by a signed-in person: clears the name's count, as a successful sign-in does. */
    @Transactional
    public void reauthenticated(String username) {
        jdbc.sql("delete from sign_in_throttle where throttle_key = ?").param(accountKey(username)).update();
    }

    private @Nullable Instant accountLockAfter(int accountFailures, Instant now) {
        return accountFailures >= properties.accountFreeFailures()
                ? now.plus(accountDelay(accountFailures - properties.accountFreeFailures(), properties)) : null;
    }

    /** A refused attempt while locked: audited, not counted (the lock already holds). */
    @Transactional
    public void refusedWhileLocked(String username, String address, Instant until) {
        events.publishEvent(new SecurityEvent("sign-in.locked", "user:" + clip(username), null, clip(username),
                "from " + address + "; refused without checking the password; locked until " + until));
    }

    /** A successful sign-in clears the name's count and is audited. */
    @Transactional
    public void succeeded(String username, String address, UserId account) {
        jdbc.sql("delete from sign_in_throttle where throttle_key = ?").param(accountKey(username)).update();
        events.publishEvent(new SecurityEvent("sign-in", "user:" + clip(username), account, clip(username), "from " + address));
    }

    /** The delay after the {@code n}-th failure beyond the free ones (n = 0 for the first): doubling, capped. */
    static Duration accountDelay(int n, SignInProperties p) {
        Duration d = p.accountFirstDelay();
        for (int i = 0; i < n && d.compareTo(p.accountMaxDelay()) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(p.accountMaxDelay()) > 0 ? p.accountMaxDelay() : d;
    }

    /** Names and addresses locked now, for administrators. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<Lock> locks() {
        return jdbc.sql("select throttle_key, failures, locked_until from sign_in_throttle where locked_until > ? order by locked_until desc")
                .param(Timestamp.from(clock.instant()))
                .query((rs, i) -> {
                    String key = rs.getString(1);
                    boolean account = key.startsWith(ACCOUNT);
                    return new Lock(key, org.sotcourseware.base.Message.of(account ? "security.locks.kind-account" : "security.locks.kind-address"), key.substring(account ? ACCOUNT.length() : ADDRESS.length()),
                            rs.getInt(2), rs.getTimestamp(3).toInstant());
                }).list();
    }

    /** Clears a lock and its count (audited). */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void clear(String key) {
        int n = jdbc.sql("delete from sign_in_throttle where throttle_key = ?").param(key).update();
        if (n > 0) {
            SignedInUser me = currentUser.require();
            events.publishEvent(new SecurityEvent("sign-in.unlock", key, me.id(), me.displayName() + " (" + me.username() + ")",
                    "cleared by an administrator"));
        }
    }

    /**
     * One more failure for the key, atomically (a row lock serialises nodes): the count restarts at 1 when the
     * last failure (or, for a window, its start) is before {@code resetBefore}. Returns the new count.
     */
    private int count(String key, Instant now, Instant resetBefore, boolean window) {
        String resetColumn = window ? "window_start" : "last_failure";
        String update = "update sign_in_throttle set failures = case when " + resetColumn + " < :reset then 1 else failures + 1 end, "
                + "window_start = case when " + resetColumn + " < :reset then :now else window_start end, "
                + "locked_until = case when " + resetColumn + " < :reset then null else locked_until end, "
                + "last_failure = :now where throttle_key = :key";
        var params = new java.util.HashMap<String, Object>();
        params.put("reset", Timestamp.from(resetBefore));
        params.put("now", Timestamp.from(now));
        params.put("key", key);
        if (jdbc.sql(update).params(params).update() == 0) {
            try {
                jdbc.sql("insert into sign_in_throttle (throttle_key, failures, window_start, last_failure) values (?, 1, ?, ?)")
                        .params(key, Timestamp.from(now), Timestamp.from(now)).update();
            } catch (DuplicateKeyException raced) {
                jdbc.sql(update).params(params).update();
            }
        }
        return jdbc.sql("select failures from sign_in_throttle where throttle_key = ?").param(key).query(Integer.class).single();
    }

    private Instant windowStart(String key) {
        return jdbc.sql("select window_start from sign_in_throttle where throttle_key = ?").param(key).query(Timestamp.class).single().toInstant();
    }

    private void lock(String key, Instant until) {
        jdbc.sql("update sign_in_throttle set locked_until = ? where throttle_key = ?").params(Timestamp.from(until), key).update();
    }

    private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String clip(String s) {
        String t = s.strip();
        return t.length() > 100 ? t.substring(0, 100) + "…" : t;
    }
}

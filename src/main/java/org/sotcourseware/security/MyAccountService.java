package org.sotcourseware.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.sotcourseware.base.Locales;
import org.sotcourseware.base.Message;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every signed-in person may do to their own account (from the user menu): change their password, with the
 * current one, and sign out everywhere. Both end the person's other sessions ({@link SessionGuard}); the caller
 * keeps the current session by adopting the returned generation ({@link SessionGuard#adopt}) or ends it.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MyAccountService {

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final ActiveSessions activeSessions;
    private final JdbcClient jdbc;

    MyAccountService(UserAccountRepository users, PasswordEncoder encoder, CurrentUser currentUser, ApplicationEventPublisher events,
                     SignInThrottle throttle, Clock clock, ActiveSessions activeSessions, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.activeSessions = activeSessions;
        this.throttle = throttle;
        this.clock = clock;
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * Changes the signed-in person's password after checking the current one. Throws
     * {@link UserAdminService.InvalidUserException} with what to fix. Returns the new session generation: every
     * other session of the person ends. A wrong current password is audited and counted against the account in
     * {@link SignInThrottle}, like a failed sign-in: after the free failures the account pauses (here and at
     * sign-in) and the password is not checked until the pause ends. The refusal does not roll back (the count
     * and the audit entry stay; no other write happens before a refusal).
     */
    @Transactional(noRollbackFor = UserAdminService.InvalidUserException.class)
    public long changePassword(String currentPassword, String newPassword) {
        return changePassword(currentPassword, newPassword, null);
    }

    /**
     * {@link #changePassword(String, String)} for the session whose {@link ActiveSessions#KEY} is {@code keepKey}: it
     * stays listed among the person's sessions with the new generation; every other one is closed.
     */
    @Transactional(noRollbackFor = UserAdminService.InvalidUserException.class)
    public long changePassword(String currentPassword, String newPassword, @org.jspecify.annotations.Nullable String keepKey) {
        SignedInUser me = currentUser.require();
        UserAccount account = reauthenticate(me, currentPassword, "user.password-change-refused");
        if (currentPassword.equals(newPassword)) {
            throw new UserAdminService.InvalidUserException(Message.of("security.account.same-password"));
        }
        PasswordPolicy.check(newPassword, account.getUsername());
        account.setPasswordHash(encoder.encode(newPassword));
        activeSessions.endAllBut(me.id(), keepKey, "the password was changed");
        long generation = account.endSessions();
        users.save(account);
        if (keepKey != null) {
            activeSessions.adopt(keepKey, generation);
        }
        events.publishEvent(new SecurityEvent("user.password-change", "user:" + me.username(), me.id(), actor(me),
                "changed their own password; other sessions signed out"));
        return generation;
    }

    /**
     * The interface language the person picked in the user menu, or empty while they follow the browser's language
     * (also for a stored language the app no longer speaks).
     */
    @Transactional(readOnly = true)
    public Optional<Locale> language() {
        return jdbc.sql("select language from app_user where id = ?").param(currentUser.require().id().value())
                .query(String.class).list().stream()
                .filter(java.util.Objects::nonNull).findFirst().flatMap(Locales::supported);
    }

    /** Remembers the person's interface language (one of {@link Locales#SUPPORTED}) for their next sign-in, on any device. */
    @Transactional
    public void setLanguage(Locale language) {
        Locale supported = Locales.supported(language.toLanguageTag())
                .orElseThrow(() -> new IllegalArgumentException("Not a language the app speaks: " + language));
        jdbc.sql("update app_user set language = ? where id = ?").param(supported.getLanguage())
                .param(currentUser.require().id().value()).update();
    }

    /** Ends every session of the signed-in person, this one included. */
    @Transactional
    public void signOutEverywhere() {
        SignedInUser me = currentUser.require();
        users.findById(me.id().value()).ifPresent(a -> {
            a.endSessions();
            users.save(a);
        });
        events.publishEvent(new SecurityEvent("user.sign-out-everywhere", "user:" + me.username(), me.id(), actor(me),
                "signed out everywhere by themselves"));
    }

    /**
     * The person's sessions that are still going (ASVS V7.5.2), newest use first; {@code currentKey} (the
     * {@link ActiveSessions#KEY} of the caller's own session) marks "this device".
     */
    @Transactional(readOnly = true)
    public java.util.List<ActiveSessions.Active> mySessions(@org.jspecify.annotations.Nullable String currentKey) {
        return activeSessions.of(currentUser.require().id(), currentKey);
    }

    /**
     * Ends one of the person's other sessions after checking their password again (ASVS V7.5.2: terminating a
     * session takes a fresh authentication); the session ends at its next request on whichever node holds it.
     * A wrong password counts like a failed sign-in ({@link #changePassword}). Throws
     * {@link UserAdminService.InvalidUserException} with what to fix.
     */
    @Transactional(noRollbackFor = UserAdminService.InvalidUserException.class)
    public ActiveSessions.Active endSession(String currentPassword, String sessionId) {
        SignedInUser me = currentUser.require();
        reauthenticate(me, currentPassword, "user.session-end-refused");
        ActiveSessions.Active ended = activeSessions.end(me.id(), sessionId, "signed out from another session")
                .orElseThrow(() -> new UserAdminService.InvalidUserException(Message.of("security.account.session-gone")));
        events.publishEvent(new SecurityEvent("user.session-ended", "user:" + me.username(), me.id(), actor(me),
                "signed out their session on " + ended.device() + " from " + ended.address() + " from another session"));
        return ended;
    }

    /** Ends every session of the person but this one ({@code currentKey}), after checking their password again. */
    @Transactional(noRollbackFor = UserAdminService.InvalidUserException.class)
    public int endOtherSessions(String currentPassword, @org.jspecify.annotations.Nullable String currentKey) {
        SignedInUser me = currentUser.require();
        reauthenticate(me, currentPassword, "user.session-end-refused");
        int ended = activeSessions.endAllBut(me.id(), currentKey, "signed out from another session");
        events.publishEvent(new SecurityEvent("user.session-ended", "user:" + me.username(), me.id(), actor(me),
                "signed out their " + ended + (ended == 1 ? " other session" : " other sessions")));
        return ended;
    }

    /**
     * Checks the signed-in person's password again before a sensitive change: refused without checking while the
     * account is paused, and a wrong password counts against the account in {@link SignInThrottle}. Both refusals
     * are audited as {@code refusedAction}.
     */
    private UserAccount reauthenticate(SignedInUser me, String currentPassword, String refusedAction) {
        UserAccount account = users.findById(me.id().value())
                .orElseThrow(() -> new UserAdminService.InvalidUserException(Message.of("security.account.gone")));
        Optional<Instant> locked = throttle.accountLockedUntil(account.getUsername());
        if (locked.isPresent()) {
            events.publishEvent(new SecurityEvent(refusedAction, "user:" + me.username(), me.id(), actor(me),
                    "refused without checking the current password: locked after wrong passwords until " + locked.get()));
            throw new UserAdminService.InvalidUserException(lockedMessage(locked.get()));
        }
        if (currentPassword.isEmpty() || !encoder.matches(currentPassword, account.getPasswordHash())) {
            Optional<Instant> lock = throttle.failedReauthentication(account.getUsername());
            events.publishEvent(new SecurityEvent(refusedAction, "user:" + me.username(), me.id(), actor(me),
                    "the current password given was wrong" + lock.map(u -> "; locked until " + u).orElse("")));
            throw new UserAdminService.InvalidUserException(lock.map(u -> Message.of("security.account.wrong-password-locked", minutesUntil(u)))
                    .orElse(Message.of("security.account.wrong-password")));
        }
        throttle.reauthenticated(account.getUsername());
        return account;
    }

    private Message lockedMessage(Instant until) {
        return Message.of("security.account.locked", minutesUntil(until));
    }

    /** Whole minutes (at least one) until {@code until}. */
    private long minutesUntil(Instant until) {
        return Math.max(1, (Duration.between(clock.instant(), until).toSeconds() + 59) / 60);
    }

    private static String actor(SignedInUser me) {
        return me.displayName() + " (" + me.username() + ")";
    }
}

package org.sotcourseware.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Student accounts made by seminar organisers (CSV enrolment): found by email, or created with a random
 * password nobody knows and a one-time link with which the student chooses their own (emailed by the
 * seminar when SMTP is configured, passed on by the organiser otherwise). The same links, valid an hour,
 * reset a forgotten password ({@link PasswordReset}). Only a SHA-256 of each link's token is stored.
 */
@Service
public class AccountProvisioning {

    /** How long a set-up link works. */
    public static final Duration LINK_VALIDITY = Duration.ofDays(14);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AccountProvisioning(UserAccountRepository users, PasswordEncoder encoder, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.users = users;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** A new account and the token of its set-up link. */
    public record Created(UserSummary user, String setupToken) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ORGANISER + "','" + Roles.ADMIN + "')")
    public Optional<UserSummary> findByEmail(String email) {
        return users.findByEmailIgnoreCase(email.strip().toLowerCase(Locale.ROOT)).map(UserAccount::toSummary);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ORGANISER + "','" + Roles.ADMIN + "')")
    public boolean usernameTaken(String username) {
        return users.findByUsernameIgnoreCase(username).isPresent();
    }

    /**
     * Creates a student account (username given, or made from the email's local part and made unique) and
     * its set-up link. Throws {@link UserAdminService.InvalidUserException} when the email is already used.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.ORGANISER + "','" + Roles.ADMIN + "')")
    public Created createStudent(String email, String displayName, @Nullable String username) {
        String mail = UserAdminService.normaliseEmail(email);
        if (mail == null) {
            throw new UserAdminService.InvalidUserException(Message.of("security.user.email-needed"));
        }
        if (users.findByEmailIgnoreCase(mail).isPresent()) {
            throw new UserAdminService.InvalidUserException(Message.of("security.user.email-taken", mail));
        }
        String u = username != null && !username.isBlank() ? username.strip().toLowerCase(Locale.ROOT) : uniqueUsername(mail);
        if (users.findByUsernameIgnoreCase(u).isPresent()) {
            throw new UserAdminService.InvalidUserException(Message.of("security.user.username-taken", u));
        }
        UserAccount account = new UserAccount(u, displayName.strip(), mail, encoder.encode(randomToken()), Set.of(Roles.STUDENT),
                clock.instant());
        UserSummary saved = users.save(account).toSummary();
        events.publishEvent(new AccountChanged(saved.id(), saved.username(), "account created", "student, by enrolment"));
        return new Created(saved, newLink(saved.id().value(), LINK_VALIDITY, SETUP));
    }

    static final String SETUP = "SETUP";
    static final String RESET = "RESET";

    /**
     * A new one-time link for the account (any older one stops working): {@code SETUP} for a new account,
     * {@code RESET} for a forgotten password. Returns the token; only its SHA-256 is stored.
     */
    String newLink(long userId, Duration validity, String purpose) {
        jdbc.sql("delete from password_setup where user_id = ?").param(userId).update();
        String token = randomToken();
        Instant now = clock.instant();
        jdbc.sql("insert into password_setup (token_hash, user_id, created_at, expires_at, purpose) values (?,?,?,?,?)")
                .params(hash(token), userId, Timestamp.from(now), Timestamp.from(now.plus(validity)), purpose).update();
        return token;
    }

    /** Who a one-time link is for, and whether it resets a forgotten password (or sets up a new account). */
    public record LinkFor(String name, boolean reset) {
    }

    /** Who an unused, unexpired one-time link is for. Anyone may ask. */
    @Transactional(readOnly = true)
    public Optional<LinkFor> linkFor(String token) {
        return valid(token).map(a -> new LinkFor(a.getDisplayName(), RESET.equals(purposeOf(token))));
    }

    private @Nullable String purposeOf(String token) {
        return jdbc.sql("select purpose from password_setup where token_hash = ?").param(hash(token)).query(String.class).optional().orElse(null);
    }

    /** The name of the person a set-up link is for, while it is unused and unexpired. Anyone may ask. */
    @Transactional(readOnly = true)
    public Optional<String> setupFor(String token) {
        return valid(token).map(a -> a.getDisplayName());
    }

    /** Sets the password through a set-up link, once. Throws InvalidUserException for a bad password or link. */
    @Transactional
    public String completeSetup(String token, String password) {
        UserAccount account = valid(token).orElseThrow(() -> new UserAdminService.InvalidUserException(
                Message.of("security.link.expired")));
        PasswordPolicy.check(password, account.getUsername());
        boolean reset = RESET.equals(purposeOf(token));
        if (jdbc.sql("update password_setup set used_at = ? where token_hash = ? and used_at is null").params(Timestamp.from(clock.instant()), hash(token))
                .update() != 1) {
            throw new UserAdminService.InvalidUserException(Message.of("security.link.used"));
        }
        account.setPasswordHash(encoder.encode(password));
        users.save(account);
        events.publishEvent(new AccountChanged(new UserId(account.getId()), account.getUsername(), reset ? "password reset" : "password set",
                reset ? "through an emailed link" : "through a one-time link"));
        return account.getUsername();
    }

    private Optional<UserAccount> valid(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select user_id from password_setup where token_hash = ? and used_at is null and expires_at > ?")
                .params(hash(token), Timestamp.from(clock.instant())).query(Long.class).optional()
                .flatMap(users::findById).filter(UserAccount::isEnabled);
    }

    private String uniqueUsername(String email) {
        String base = email.substring(0, email.indexOf('@')).replaceAll("[^a-z0-9._-]", "");
        if (base.length() < 3) {
            base = (base + "student").substring(0, Math.max(3, base.length() + 7));
        }
        if (base.length() > 90) {
            base = base.substring(0, 90);
        }
        String u = base;
        for (int n = 2; users.findByUsernameIgnoreCase(u).isPresent(); n++) {
            u = base + n;
        }
        return u;
    }

    private static String randomToken() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String hash(String token) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

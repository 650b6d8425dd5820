package org.sotcourseware.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

import org.sotcourseware.base.Message;
import org.sotcourseware.base.QrCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A second factor for staff (instructors, organisers, administrators): an authenticator app (TOTP,
 * {@link Totp}) enrolled with a QR code and a first code, and ten single-use recovery codes stored hashed.
 * Required for the roles the configuration names ({@code sot.security.second-factor.required-roles}: ADMIN
 * in production) and those an administrator requires; optional for other staff; not offered to students.
 * The methods for the signed-in person work while they are still between password and code (signed in,
 * with no roles yet; see {@link SecondFactorGate}).
 */
@Service
public class SecondFactor {

    public static final int RECOVERY_CODES = 10;
    /** The page where a person sets up, uses or manages their second factor. */
    public static final String ROUTE = "account/second-factor";
    static final Set<String> STAFF = Set.of(Roles.INSTRUCTOR, Roles.ORGANISER, Roles.ADMIN);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a person has to do at sign-in. */
    public enum Step {
        /** Nothing more: no second factor is set up and none is required. */
        NONE,
        /** Type a code from the app (or a recovery code). */
        VERIFY,
        /** Set up an app first: a second factor is required for one of their roles. */
        ENROL
    }

    /** Where the signed-in person stands: may enrol (staff), has enrolled, must have one, recovery codes left. */
    public record Status(boolean offered, boolean enrolled, boolean required, int recoveryCodesLeft) {
    }

    /** An enrolment begun: the secret (for typing into an app), the address the QR code holds and the QR code as PNG. */
    public record Enrolment(String secret, String uri, byte[] qrPng) {
    }

    private final UserAccountRepository users;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Set<String> configuredRoles;
    private final SecretBox box;

    SecondFactor(UserAccountRepository users, CurrentUser currentUser, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events,
                 @Value("${sot.security.second-factor.required-roles:}") String requiredRoles, SecretBox box) {
        this.box = box;
        this.users = users;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.configuredRoles = Arrays.stream(requiredRoles.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    // ----- at sign-in -----

    /** What a person with these roles has to do after their password. */
    @Transactional(readOnly = true)
    public Step stepFor(UserId user, Set<String> roles) {
        if (confirmed(user.value())) {
            return Step.VERIFY;
        }
        return roles.stream().anyMatch(requiredRoles()::contains) ? Step.ENROL : Step.NONE;
    }

    /**
     * Checks a code from the app, or a recovery code, for the signed-in person; true when it is good. A
     * code is good once; a recovery code is used up (and the person is told by email).
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public boolean verify(String typed) {
        UserAccount me = me();
        String t = typed.strip();
        if (t.length() > 60) {
            return false;
        }
        if (acceptCode(me.getId(), t)) {
            return true;
        }
        String hash = AccountProvisioning.hash(normaliseRecovery(t));
        int used = jdbc.sql("update recovery_code set used_at = ? where user_id = ? and code_hash = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), me.getId(), hash).update();
        if (used == 1) {
            changed(me, "recovery code used", recoveryLeft(me.getId()) + " left");
            return true;
        }
        return false;
    }

    // ----- the person's own -----

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Status status() {
        UserAccount me = me();
        boolean offered = me.getRoles().stream().anyMatch(STAFF::contains);
        boolean required = me.getRoles().stream().anyMatch(requiredRoles()::contains);
        return new Status(offered, confirmed(me.getId()), required, recoveryLeft(me.getId()));
    }

    /** Begins (or begins again) setting up an app: a new secret, not in force until {@link #confirm}. Staff only. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Enrolment begin() {
        UserAccount me = me();
        if (me.getRoles().stream().noneMatch(STAFF::contains)) {
            throw new UserAdminService.InvalidUserException(Message.of("security.second-factor.staff-only"));
        }
        if (confirmed(me.getId())) {
            throw new UserAdminService.InvalidUserException(Message.of("security.second-factor.already-enrolled"));
        }
        byte[] secret = Totp.newSecret();
        jdbc.sql("delete from second_factor where user_id = ?").param(me.getId()).update();
        jdbc.sql("insert into second_factor (user_id, secret, created_at) values (?,?,?)")
                .params(me.getId(), box.seal(Totp.base32(secret), owner(me.getId())), Timestamp.from(clock.instant())).update();
        String uri = Totp.uri("SOT Courseware", me.getUsername(), secret);
        return new Enrolment(Totp.base32(secret), uri, QrCode.png(uri, 220));
    }

    /**
     * Puts the app begun with {@link #begin} in force once the person types a code it shows; returns the ten
     * recovery codes, shown this once. InvalidUserException for a wrong code.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<String> confirm(String code) {
        UserAccount me = me();
        var secret = jdbc.sql("select secret from second_factor where user_id = ? and confirmed_at is null").param(me.getId())
                .query(String.class).optional().orElseThrow(() -> new UserAdminService.InvalidUserException(Message.of("security.second-factor.start-again")));
        OptionalLong step = Totp.verify(Totp.fromBase32(box.open(secret, owner(me.getId()))), code, clock.instant().getEpochSecond(), 0);
        if (step.isEmpty()) {
            throw new UserAdminService.InvalidUserException(Message.of("security.second-factor.wrong-first-code"));
        }
        jdbc.sql("update second_factor set confirmed_at = ?, last_step = ? where user_id = ?")
                .params(Timestamp.from(clock.instant()), step.getAsLong(), me.getId()).update();
        changed(me, "second factor enrolled", "authenticator app");
        return newRecoveryCodes(me);
    }

    /** New recovery codes for the signed-in person (the old ones stop working); needs a current code from the app. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<String> renewRecoveryCodes(String code) {
        UserAccount me = me();
        requireCode(me, code);
        List<String> codes = newRecoveryCodes(me);
        changed(me, "recovery codes renewed", null);
        return codes;
    }

    /** Removes the signed-in person's app, with a current code; refused when their role requires one. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void remove(String code) {
        UserAccount me = me();
        if (me.getRoles().stream().anyMatch(requiredRoles()::contains)) {
            throw new UserAdminService.InvalidUserException(Message.of("security.second-factor.required-cannot-remove"));
        }
        requireCode(me, code);
        delete(me.getId());
        changed(me, "second factor removed", null);
    }

    // ----- administrators -----

    /** Removes a person's second factor (a lost phone); they set up a new one at their next sign-in if required. Audited. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void reset(UserId user) {
        UserAccount account = users.findById(user.value()).orElseThrow(() -> new UserAdminService.InvalidUserException(Message.of("security.user.gone")));
        if (jdbc.sql("select count(*) from second_factor where user_id = ?").param(user.value()).query(Long.class).single() == 0) {
            throw new UserAdminService.InvalidUserException(Message.of("security.second-factor.none-to-reset", account.getDisplayName()));
        }
        delete(user.value());
        changed(account, "second factor reset", "by an administrator");
    }

    /** Whether a person has an app in force (for the administrator's list). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Set<UserId> enrolled() {
        Set<UserId> out = new java.util.HashSet<>();
        jdbc.sql("select user_id from second_factor where confirmed_at is not null").query(Long.class).list().forEach(id -> out.add(new UserId(id)));
        return out;
    }

    /** The roles that must use a second factor: the configuration's and the administrator's. */
    @Transactional(readOnly = true)
    public Set<String> requiredRoles() {
        Set<String> roles = new TreeSet<>(configuredRoles);
        roles.addAll(jdbc.sql("select role from second_factor_policy").query(String.class).list());
        return roles;
    }

    /** The roles the configuration requires (an administrator cannot lift these). */
    public Set<String> configuredRoles() {
        return configuredRoles;
    }

    /** Requires (or stops requiring) a second factor of everyone with {@code role}. Audited. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void require(String role, boolean required) {
        if (!STAFF.contains(role)) {
            throw new UserAdminService.InvalidUserException(Message.of("security.second-factor.staff-only-required"));
        }
        if (!required && configuredRoles.contains(role)) {
            throw new UserAdminService.InvalidUserException(Message.of("security.second-factor.configured", Roles.name(role)));
        }
        jdbc.sql("delete from second_factor_policy where role = ?").param(role).update();
        if (required) {
            jdbc.sql("insert into second_factor_policy (role) values (?)").param(role).update();
        }
        events.publishEvent(new SecurityPolicyChanged("second factor required of " + role, String.valueOf(required)));
    }

    // ----- internals -----

    /** The associated data a person's encrypted secret is bound to ({@link SecretBox}): it opens in their row only. */
    static String owner(long userId) {
        return "user " + userId;
    }

    private UserAccount me() {
        SignedInUser s = currentUser.require();
        return users.findById(s.id().value()).orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("no account"));
    }

    private boolean confirmed(long userId) {
        return jdbc.sql("select count(*) from second_factor where user_id = ? and confirmed_at is not null").param(userId)
                .query(Long.class).single() > 0;
    }

    private int recoveryLeft(long userId) {
        return jdbc.sql("select count(*) from recovery_code where user_id = ? and used_at is null").param(userId).query(Integer.class).single();
    }

    private void requireCode(UserAccount me, String code) {
        if (!confirmed(me.getId())) {
            throw new UserAdminService.InvalidUserException(Message.of("security.second-factor.none"));
        }
        if (!acceptCode(me.getId(), code)) {
            throw new UserAdminService.InvalidUserException(Message.of("security.second-factor.wrong-code"));
        }
    }

    /**
     * Whether {@code code} is a current code of the person's app not used before; if so it is used up now
     * (the condition on last_step makes two requests racing with one code accept it once).
     */
    private boolean acceptCode(long userId, String code) {
        var row = jdbc.sql("select secret, last_step from second_factor where user_id = ? and confirmed_at is not null")
                .param(userId).query((rs, i) -> new Object[] {rs.getString(1), rs.getLong(2)}).optional();
        if (row.isEmpty()) {
            return false;
        }
        byte[] secret = Totp.fromBase32(box.open((String) row.get()[0], owner(userId)));
        OptionalLong step = Totp.verify(secret, code, clock.instant().getEpochSecond(), (Long) row.get()[1]);
        return step.isPresent() && jdbc.sql("update second_factor set last_step = ? where user_id = ? and last_step < ?")
                .params(step.getAsLong(), userId, step.getAsLong()).update() == 1;
    }

    private void delete(long userId) {
        jdbc.sql("delete from second_factor where user_id = ?").param(userId).update();
        jdbc.sql("delete from recovery_code where user_id = ?").param(userId).update();
    }

    private List<String> newRecoveryCodes(UserAccount me) {
        jdbc.sql("delete from recovery_code where user_id = ?").param(me.getId()).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            // 120 random bits: ASVS 6.5.2 allows an unsalted SHA-256 only for lookup secrets of at least 112 bits
            byte[] b = new byte[15];
            RANDOM.nextBytes(b);
            String c = Totp.base32(b).toLowerCase(Locale.ROOT); // 24 characters
            String shown = String.join("-", c.substring(0, 4), c.substring(4, 8), c.substring(8, 12), c.substring(12, 16), c.substring(16, 20),
                    c.substring(20));
            codes.add(shown);
            jdbc.sql("insert into recovery_code (user_id, code_hash) values (?,?)").params(me.getId(), AccountProvisioning.hash(c)).update();
        }
        return codes;
    }

    /** A recovery code as typed (any case, with or without hyphens and spaces) in the form it was hashed. */
    static String normaliseRecovery(String typed) {
        return typed.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private void changed(UserAccount account, String action, @org.jspecify.annotations.Nullable String detail) {
        events.publishEvent(new AccountChanged(new UserId(account.getId()), account.getUsername(), action, detail));
    }
}

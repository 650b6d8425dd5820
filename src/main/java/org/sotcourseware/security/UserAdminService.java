package org.sotcourseware.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.Refusal;
import org.sotcourseware.base.TextLimits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User management for administrators: list, create, change roles, reset a password, disable. */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class UserAdminService {

    /** See {@link PasswordPolicy}. */
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    private static final Pattern USERNAME = Pattern.compile("^[a-zA-Z0-9._-]{3,100}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** A request the service refuses, with a message that says what to fix and the form field it is about. */
    public static class InvalidUserException extends Refusal {

        /** The field of the user form a refusal is about, so the form can show it there. */
        public enum Field { NAME, USERNAME, EMAIL, PASSWORD, ROLES, OTHER }

        private final Field field;
        public InvalidUserException(Message message) {
            this(message, Field.OTHER);
        }

        public InvalidUserException(Message message, Field field) {
            super(message);
            this.field = field;
        }

        public Field field() {
            return field;
        }
    }

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    UserAdminService(UserAccountRepository users, PasswordEncoder encoder, CurrentUser currentUser, Clock clock,
                     ApplicationEventPublisher events) {
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    private void audit(String action, UserAccount account, String detail) {
        SignedInUser me = currentUser.require();
        events.publishEvent(new SecurityEvent(action, "user:" + account.getUsername(), me.id(),
                me.displayName() + " (" + me.username() + ")", detail));
    }

    private void changed(UserAccount account, String action, @Nullable String detail) {
        events.publishEvent(new AccountChanged(new UserId(account.getId()), account.getUsername(), action, detail));
    }

    @Transactional(readOnly = true)
    public List<UserSummary> list() {
        return users.allByUsername().stream().map(UserAccount::toSummary).toList();
    }

    @Transactional
    public UserSummary create(String username, String displayName, @Nullable String email, String password, Set<String> roles) {
        String u = username.strip();
        if (!USERNAME.matcher(u).matches()) {
            throw new InvalidUserException(Message.of("security.user.username-format"), InvalidUserException.Field.USERNAME);
        }
        if (users.findByUsernameIgnoreCase(u).isPresent()) {
            throw new InvalidUserException(Message.of("security.user.username-taken", u), InvalidUserException.Field.USERNAME);
        }
        String mail = normaliseEmail(email);
        if (mail != null && users.findByEmailIgnoreCase(mail).isPresent()) {
            throw new InvalidUserException(Message.of("security.user.email-taken", mail), InvalidUserException.Field.EMAIL);
        }
        if (displayName.isBlank()) {
            throw new InvalidUserException(Message.of("security.user.name-missing"), InvalidUserException.Field.NAME);
        }
        if (displayName.strip().length() > TextLimits.NAME) {
            throw new InvalidUserException(Message.of("security.user.name-too-long", displayName.strip().length(), TextLimits.NAME),
                    InvalidUserException.Field.NAME);
        }
        try {
            PasswordPolicy.check(password, u);
        } catch (InvalidUserException e) {
            throw new InvalidUserException(e.message(), InvalidUserException.Field.PASSWORD);
        }
        checkRoles(roles);
        UserAccount account = users.save(new UserAccount(u, displayName.strip(), mail, encoder.encode(password), roles, Instant.now(clock)));
        changed(account, "account created", "roles " + String.join(", ", new java.util.TreeSet<>(roles)));
        return account.toSummary();
    }

    /**
     * A demo student (demo mode only): flagged as a demo account, so a production start disables it, and
     * given a random password nobody knows.
     */
    @Transactional
    /**
     * The password hash of demo students nobody signs in as: a random secret hashed once per run (one bcrypt
     * instead of one per student; seeding 28 students no longer spends two seconds hashing).
     */
    private String unusableDemoHash() {
        String hash = demoHash;
        if (hash == null) {
            hash = encoder.encode(java.util.UUID.randomUUID().toString());
            demoHash = hash;
        }
        return hash;
    }

    private volatile @org.jspecify.annotations.Nullable String demoHash;

    /** A demo student (demo mode only) with a password nobody knows, unless an account of that name exists already. */
    @Transactional
    public void ensureDemoStudent(String username, String displayName) {
        ensureDemoAccount(username, displayName, Roles.STUDENT);
    }

    /** A demo instructor (demo mode only, for example a demo exam's examiners), unless an account of that name exists already. */
    @Transactional
    public void ensureDemoInstructor(String username, String displayName) {
        ensureDemoAccount(username, displayName, Roles.INSTRUCTOR);
    }

    /** The demo seeders run at every start: an account they made before is kept as it is. */
    private void ensureDemoAccount(String username, String displayName, String role) {
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            return;
        }
        UserAccount account = new UserAccount(username, displayName, username + "@demo.sot-courseware.invalid",
                unusableDemoHash(), Set.of(role), Instant.now(clock));
        account.setDemo(true);
        users.save(account);
    }

    @Transactional
    public UserSummary changeRoles(UserId id, Set<String> roles) {
        checkRoles(roles);
        UserAccount account = find(id);
        if (!roles.contains(Roles.ADMIN) && account.getRoles().contains(Roles.ADMIN)
                && currentUser.get().map(c -> c.id().equals(id)).orElse(false)) {
            throw new InvalidUserException(Message.of("security.user.own-admin-role"));
        }
        var before = new java.util.TreeSet<>(account.getRoles());
        var after = new java.util.TreeSet<>(roles);
        if (before.equals(after)) {
            return account.toSummary(); // nothing changes: no entry, and nobody is signed out
        }
        account.setRoles(roles);
        // a session holds the roles it signed in with: end them so the new roles apply at once
        account.endSessions();
        users.save(account);
        changed(account, "roles changed", "from " + String.join(", ", before) + " to " + String.join(", ", after) + "; signed out everywhere");
        return account.toSummary();
    }

    /** Sets a new password and signs the person out everywhere. */
    @Transactional
    public void resetPassword(UserId id, String newPassword) {
        UserAccount account = find(id);
        PasswordPolicy.check(newPassword, account.getUsername());
        account.setPasswordHash(encoder.encode(newPassword));
        account.endSessions();
        users.save(account);
        changed(account, "password reset", "by an administrator; signed out everywhere");
    }

    /** Ends every session of the person, on every node, at each one's next request. */
    @Transactional
    public void signOutEverywhere(UserId id) {
        UserAccount account = find(id);
        account.endSessions();
        users.save(account);
        audit("user.sign-out-everywhere", account, "every session ended by an administrator");
    }

    @Transactional
    public UserSummary setEnabled(UserId id, boolean enabled) {
        if (!enabled && currentUser.get().map(c -> c.id().equals(id)).orElse(false)) {
            throw new InvalidUserException(Message.of("security.user.own-account-disable"));
        }
        UserAccount account = find(id);
        if (account.isEnabled() != enabled) {
            changed(account, enabled ? "account enabled" : "account disabled", enabled ? null : "signed out everywhere");
            account.setEnabled(enabled);
            if (!enabled) {
                account.endSessions();
            }
            users.save(account);
        }
        return account.toSummary();
    }

    private UserAccount find(UserId id) {
        return users.findById(id.value()).orElseThrow(() -> new InvalidUserException(Message.of("security.user.gone")));
    }


    private static void checkRoles(Set<String> roles) {
        if (roles.isEmpty()) {
            throw new InvalidUserException(Message.of("security.user.roles-missing"), InvalidUserException.Field.ROLES);
        }
        for (String r : roles) {
            if (!Roles.ALL.contains(r)) {
                throw new InvalidUserException(Message.of("security.user.unknown-role", r));
            }
        }
    }

    static @Nullable String normaliseEmail(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String e = email.strip().toLowerCase(Locale.ROOT);
        if (e.length() > TextLimits.EMAIL || !EMAIL.matcher(e).matches()) {
            throw new InvalidUserException(Message.of("security.user.not-an-email", email.strip()), InvalidUserException.Field.EMAIL);
        }
        return e;
    }
}

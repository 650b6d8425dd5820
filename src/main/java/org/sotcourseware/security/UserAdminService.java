package org.sotcourseware.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User management for administrators: list, create, change roles, reset a password, disable. */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class UserAdminService {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("^[a-zA-Z0-9._-]{3,100}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** A request the service refuses, with a message that says what to fix. */
    public static class InvalidUserException extends RuntimeException {
        public InvalidUserException(String message) {
            super(message);
        }
    }

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final Clock clock;

    UserAdminService(UserAccountRepository users, PasswordEncoder encoder, CurrentUser currentUser, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserSummary> list() {
        return users.findAllByOrderByUsernameAsc().stream().map(UserAccount::toSummary).toList();
    }

    @Transactional
    public UserSummary create(String username, String displayName, @Nullable String email, String password, Set<String> roles) {
        String u = username.strip();
        if (!USERNAME.matcher(u).matches()) {
            throw new InvalidUserException("Username must be 3 to 100 letters, digits, dots, hyphens or underscores.");
        }
        if (users.findByUsernameIgnoreCase(u).isPresent()) {
            throw new InvalidUserException("The username '" + u + "' is already taken.");
        }
        String mail = normaliseEmail(email);
        if (mail != null && users.findByEmailIgnoreCase(mail).isPresent()) {
            throw new InvalidUserException("Another account already uses " + mail + ".");
        }
        if (displayName.isBlank()) {
            throw new InvalidUserException("Enter the person's name.");
        }
        checkPassword(password);
        checkRoles(roles);
        UserAccount account = new UserAccount(u, displayName.strip(), mail, encoder.encode(password), roles, Instant.now(clock));
        return users.save(account).toSummary();
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

    public UserSummary createDemoStudent(String username, String displayName) {
        UserAccount account = new UserAccount(username, displayName, username + "@demo.sot-courseware.invalid",
                unusableDemoHash(), Set.of(Roles.STUDENT), Instant.now(clock));
        account.setDemo(true);
        return users.save(account).toSummary();
    }

    /** A demo instructor (demo mode only, for example a demo exam's examiners): a demo account with a password nobody knows. */
    @Transactional
    public UserSummary createDemoInstructor(String username, String displayName) {
        UserAccount account = new UserAccount(username, displayName, username + "@demo.sot-courseware.invalid",
                unusableDemoHash(), Set.of(Roles.INSTRUCTOR), Instant.now(clock));
        account.setDemo(true);
        return users.save(account).toSummary();
    }

    @Transactional
    public UserSummary changeRoles(UserId id, Set<String> roles) {
        checkRoles(roles);
        UserAccount account = find(id);
        if (!roles.contains(Roles.ADMIN) && account.getRoles().contains(Roles.ADMIN)
                && currentUser.get().map(c -> c.id().equals(id)).orElse(false)) {
            throw new InvalidUserException("You cannot remove your own administrator role; ask another administrator.");
        }
        account.setRoles(roles);
        return account.toSummary();
    }

    @Transactional
    public void resetPassword(UserId id, String newPassword) {
        checkPassword(newPassword);
        find(id).setPasswordHash(encoder.encode(newPassword));
    }

    @Transactional
    public UserSummary setEnabled(UserId id, boolean enabled) {
        if (!enabled && currentUser.get().map(c -> c.id().equals(id)).orElse(false)) {
            throw new InvalidUserException("You cannot disable your own account.");
        }
        UserAccount account = find(id);
        account.setEnabled(enabled);
        return account.toSummary();
    }

    private UserAccount find(UserId id) {
        return users.findById(id.value()).orElseThrow(() -> new InvalidUserException("That user no longer exists."));
    }

    static void checkPassword(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidUserException("The password must have at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
    }

    private static void checkRoles(Set<String> roles) {
        if (roles.isEmpty()) {
            throw new InvalidUserException("Choose at least one role.");
        }
        for (String r : roles) {
            if (!Roles.ALL.contains(r)) {
                throw new InvalidUserException("Unknown role " + r + ".");
            }
        }
    }

    static @Nullable String normaliseEmail(@Nullable String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String e = email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(e).matches()) {
            throw new InvalidUserException("'" + email.strip() + "' is not an email address.");
        }
        return e;
    }
}

package org.sotcourseware.security;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Locales;

/**
 * A user account (table {@code app_user}, roles in {@code app_user_role}), read and written by
 * {@link UserAccountRepository}: a change is kept only when it is saved there. Only this feature touches it; others
 * see {@link UserSummary}.
 */
class UserAccount {

    private @Nullable Long id;
    private String username;
    private String displayName;
    private @Nullable String email;
    private String passwordHash;
    private boolean enabled = true;
    private boolean demo;
    /** The interface language the person picked ("en", "de"), or null while they follow the browser (written only by {@link MyAccountService}). */
    private @Nullable String language;
    private Instant createdAt;
    /** Raised by every save; a save of an account someone else saved meanwhile is refused (optimistic locking). */
    private long version;
    /** Raised to end every session of this account (see {@link SessionGuard}). */
    private long sessionGeneration;
    private final Set<String> roles = new HashSet<>();
    /** The roles as the database has them (none for a new account): a save writes only the difference. */
    private Set<String> storedRoles = Set.of();

    /** An account as stored. */
    UserAccount(long id, String username, String displayName, @Nullable String email, String passwordHash, boolean enabled, boolean demo,
                @Nullable String language, Instant createdAt, long version, long sessionGeneration, Set<String> roles) {
        this(username, displayName, email, passwordHash, roles, createdAt);
        this.id = id;
        this.enabled = enabled;
        this.demo = demo;
        this.language = language;
        this.version = version;
        this.sessionGeneration = sessionGeneration;
    }

    /** A new account, not yet saved. */
    UserAccount(String username, String displayName, @Nullable String email, String passwordHash, Set<String> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles.addAll(roles);
        this.createdAt = createdAt;
    }

    @Nullable Long getId() {
        return id;
    }

    /** Set once, by the repository, when a new account is first saved. */
    void assignId(long id) {
        if (this.id != null) {
            throw new IllegalStateException("account " + this.id + " already has an id");
        }
        this.id = id;
    }

    long getVersion() {
        return version;
    }

    void savedAs(long version) {
        this.version = version;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    @Nullable String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    boolean isDemo() {
        return demo;
    }

    void setDemo(boolean demo) {
        this.demo = demo;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Set<String> getRoles() {
        return roles;
    }

    void setRoles(Set<String> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    Set<String> getStoredRoles() {
        return storedRoles;
    }

    /** The roles now are the ones in the database (after reading or saving the account). */
    void rolesStored() {
        this.storedRoles = Set.copyOf(roles);
    }

    long getSessionGeneration() {
        return sessionGeneration;
    }

    /** Ends every signed-in session of this account (at each one's next request). Returns the new generation. */
    long endSessions() {
        return ++sessionGeneration;
    }

    UserSummary toSummary() {
        return new UserSummary(new UserId(Objects.requireNonNull(id)), username, displayName, email,
                Set.copyOf(roles), enabled, demo, createdAt);
    }

    /** The language to write to this person in (e-mails): the one they picked, English when none. */
    Locale mailLanguage() {
        return Locales.supported(language).orElse(Locales.ENGLISH);
    }
}

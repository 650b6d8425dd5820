package org.sotcourseware.security;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A user account. Only this feature touches the entity; others see {@link UserSummary}. */
@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private @Nullable String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    private boolean enabled = true;

    private boolean demo;

    /** The interface language the person picked ("en", "de"), or null while they follow the browser (set by {@link MyAccountService}). */
    @Column(insertable = false, updatable = false)
    private @Nullable String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    /** Raised to end every session of this account (see {@link SessionGuard}). */
    @Column(name = "session_generation", nullable = false)
    private long sessionGeneration;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    protected UserAccount() {
        this.username = "";
        this.displayName = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
    }

    UserAccount(String username, String displayName, @Nullable String email, String passwordHash, Set<String> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.createdAt = createdAt;
    }

    @Nullable Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    @Nullable String getEmail() {
        return email;
    }

    void setEmail(@Nullable String email) {
        this.email = email;
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

    long getSessionGeneration() {
        return sessionGeneration;
    }

    /** Ends every signed-in session of this account (at each one's next request). Returns the new generation. */
    long endSessions() {
        return ++sessionGeneration;
    }

    UserSummary toSummary() {
        return new UserSummary(new UserId(java.util.Objects.requireNonNull(id)), username, displayName, email,
                Set.copyOf(roles), enabled, demo, createdAt);
    }

    /** The language to write to this person in (e-mails): the one they picked, English when none. */
    java.util.Locale mailLanguage() {
        return org.sotcourseware.base.Locales.supported(language).orElse(org.sotcourseware.base.Locales.ENGLISH);
    }
}

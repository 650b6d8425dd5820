package org.sotcourseware.security;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What other features and the admin screen may know about a user. Never the password hash. */
public record UserSummary(UserId id, String username, String displayName, @Nullable String email, Set<String> roles,
                          boolean enabled, boolean demo, Instant createdAt) {

    public UserSummary {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}

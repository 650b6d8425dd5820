package org.sotcourseware.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security holds it: id and display name ride along, no entity. The session
 * generation is the account's as it signed in; {@link SessionGuard} ends the session once the account's moves on.
 */
record AppUserPrincipal(UserId id, String username, String displayName, String passwordHash, boolean enabled,
                        List<String> roles, long sessionGeneration) implements UserDetails {

    AppUserPrincipal {
        roles = List.copyOf(roles);
    }

    static AppUserPrincipal of(UserAccount a) {
        return new AppUserPrincipal(new UserId(java.util.Objects.requireNonNull(a.getId())), a.getUsername(), a.getDisplayName(),
                a.getPasswordHash(), a.isEnabled(), a.getRoles().stream().sorted().toList(), a.getSessionGeneration());
    }

    AppUserPrincipal withPasswordHash(String hash) {
        return new AppUserPrincipal(id, username, displayName, hash, enabled, roles, sessionGeneration);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "AppUserPrincipal[" + username + "]"; // never the hash
    }
}

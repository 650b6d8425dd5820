package org.sotcourseware.security;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user of the current request or UI. Services use it for ownership checks: a student
 * reads only their own records.
 */
@Component
public class CurrentUser {

    public Optional<SignedInUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof AppUserPrincipal p) {
            return Optional.of(new SignedInUser(p.id(), p.username(), p.displayName(), java.util.Set.copyOf(p.roles())));
        }
        return Optional.empty();
    }

    /** The signed-in user, or an AccessDeniedException for code that must not run anonymously. */
    public SignedInUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }
}

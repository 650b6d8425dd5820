package org.sotcourseware.security;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The signed-in user of the current request or UI. Services use it for ownership checks: a student
 * reads only their own records.
 */
@Component
public class CurrentUser {

    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy;
    }

    public Optional<SignedInUser> get() {
        // the same strategy method security reads (Vaadin registers a session-aware one), so an ownership
        // check always sees the user that @PreAuthorize saw
        SecurityContextHolderStrategy s = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        Authentication auth = s.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof AppUserPrincipal p) {
            return Optional.of(new SignedInUser(p.id(), p.username(), p.displayName(), java.util.Set.copyOf(p.roles())));
        }
        return Optional.empty();
    }

    /**
     * Ownership check for a record of learning: passes only for its owner. Anyone else gets the same
     * AccessDeniedException as for a record that does not exist (so ids reveal nothing).
     */
    public SignedInUser requireOwner(long ownerId, String what) {
        SignedInUser me = require();
        if (me.id().value() != ownerId) {
            throw new org.springframework.security.access.AccessDeniedException("no such " + what);
        }
        return me;
    }

    /** Passes for the user themselves, and for instructors, organisers and admins reading a student's records. */
    public SignedInUser requireSelfOrStaff(UserId userId) {
        SignedInUser me = require();
        if (!me.id().equals(userId) && !me.isStaff() && !me.hasRole(Roles.ORGANISER)) {
            throw new org.springframework.security.access.AccessDeniedException("not your records");
        }
        return me;
    }

    /** The signed-in user, or an AccessDeniedException for code that must not run anonymously. */
    public SignedInUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }
}

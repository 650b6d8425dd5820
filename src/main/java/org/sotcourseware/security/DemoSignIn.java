package org.sotcourseware.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo data is made through the real services as the people who would do the work (a student reading, an
 * organiser enrolling), so it passes every check they pass. This signs the current thread in as one of them.
 */
@Component
public class DemoSignIn {

    private final UserDetailsService users;
    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    DemoSignIn(UserDetailsService users, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.users = users;
        this.strategy = strategy;
    }

    /** Acts as {@code username} on this thread until {@link #signOut()}. */
    public void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolderStrategy holder = holder();
        var ctx = holder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        holder.setContext(ctx);
    }

    public void signOut() {
        holder().clearContext();
    }

    private SecurityContextHolderStrategy holder() {
        return strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }
}

package org.sotcourseware.security;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Between password and second factor. On the first request after a password sign-in, a person who has an
 * authenticator app, or whose role requires one, keeps their session but loses their roles: the session's
 * authentication is replaced by one with no role and only the {@code SECOND_FACTOR_PENDING} authority, so
 * no role-guarded view or service admits them, and the navigation gate sends every page to the code page.
 * A good code ({@link #passed}) puts their roles back. The step is remembered in the session, so one sign-in
 * asks once.
 */
@Component
public class SecondFactorGate extends OncePerRequestFilter {

    /** The session attribute holding where the signed-in person stands. */
    static final String STATE = SecondFactorGate.class.getName() + ".state";
    public static final String PENDING_AUTHORITY = "SECOND_FACTOR_PENDING";

    /** Where one sign-in stands: whose, and what is still to do ({@code NONE} once done). */
    record State(String username, SecondFactor.Step step) implements Serializable {
    }

    private final SecondFactor secondFactor;

    SecondFactorGate(SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            SecurityContext context = SecurityContextHolder.getContextHolderStrategy().getContext();
            Authentication auth = context.getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof AppUserPrincipal p && !p.roles().isEmpty()
                    && !(session.getAttribute(STATE) instanceof State s && s.username().equals(p.username()))) {
                SecondFactor.Step step = secondFactor.stepFor(p.id(), Set.copyOf(p.roles()));
                session.setAttribute(STATE, new State(p.username(), step));
                if (step != SecondFactor.Step.NONE) {
                    context.setAuthentication(pending(p));
                }
            }
        }
        chain.doFilter(request, response);
    }

    static Authentication pending(AppUserPrincipal p) {
        AppUserPrincipal roleless = new AppUserPrincipal(p.id(), p.username(), p.displayName(), p.passwordHash(), p.enabled(), List.of(), p.sessionGeneration());
        return UsernamePasswordAuthenticationToken.authenticated(roleless, null, List.of(new SimpleGrantedAuthority(PENDING_AUTHORITY)));
    }

    /** What the person signed in to this session still has to do (NONE when nothing, or nobody is signed in). */
    public static SecondFactor.Step stepOf(@Nullable Object stateAttribute, @Nullable String username) {
        return stateAttribute instanceof State s && s.username().equals(username) ? s.step() : SecondFactor.Step.NONE;
    }

    /** The name of the session attribute {@link #stepOf} reads. */
    public static String stateAttribute() {
        return STATE;
    }

    /**
     * The second factor is done: puts the person's roles back (read afresh) into the session's authentication
     * and marks the step done. {@code setAttribute} stores into the session the page runs in.
     */
    public static void passed(SecurityContextHolderStrategy strategy, UserDetailsService users, java.util.function.BiConsumer<String, Object> setAttribute) {
        SecurityContext context = strategy.getContext();
        Authentication auth = context.getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AppUserPrincipal p)) {
            return;
        }
        var full = users.loadUserByUsername(p.username());
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(full, null, full.getAuthorities()));
        setAttribute.accept(STATE, new State(p.username(), SecondFactor.Step.NONE));
    }

    /** The strategy the app's services read (Vaadin's, in a UI), for {@link #passed}. */
    public static SecurityContextHolderStrategy strategy(ObjectProvider<SecurityContextHolderStrategy> provider) {
        return provider.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }
}

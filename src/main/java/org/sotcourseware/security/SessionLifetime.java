package org.sotcourseware.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives a signed-in session its idle limit: {@link SessionProperties#studentIdle()} for students,
 * {@link SessionProperties#staffIdle()} for instructors, organisers and admins. Runs after Spring Security on
 * every request and sets the limit once per session and set of roles (a session attribute remembers which),
 * so the first request after signing in, whichever way the user signed in, sets it. That first request also
 * stamps the session with the user, the sign-in time and the account's session generation, which
 * {@link SessionGuard} checks on every later request.
 */
@Component
class SessionLifetime extends OncePerRequestFilter {

    static final String APPLIED = SessionLifetime.class.getName() + ".roles";

    private final SessionProperties properties;
    private final java.time.Clock clock;
    private final ActiveSessions activeSessions;

    SessionLifetime(SessionProperties properties, java.time.Clock clock, ActiveSessions activeSessions) {
        this.properties = properties;
        this.clock = clock;
        this.activeSessions = activeSessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        apply(request);
        chain.doFilter(request, response);
    }

    void apply(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session == null || auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return;
        }
        if (auth.getPrincipal() instanceof AppUserPrincipal p && !Long.valueOf(p.id().value()).equals(session.getAttribute(SessionGuard.USER_ID))) {
            // the first request of this sign-in: what SessionGuard checks on every later request
            session.setAttribute(SessionGuard.SIGNED_IN_AT, clock.instant());
            session.setAttribute(SessionGuard.GENERATION, p.sessionGeneration());
            session.setAttribute(SessionGuard.USER_ID, p.id().value());
            var authorities = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
            session.setAttribute(ActiveSessions.KEY, activeSessions.opened(p.id().value(), p.sessionGeneration(),
                    request.getRemoteAddr(), request.getHeader("User-Agent"), properties.idleFor(authorities)));
        }
        var roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList();
        String key = String.join(",", roles);
        if (!key.equals(session.getAttribute(APPLIED))) {
            session.setMaxInactiveInterval((int) properties.idleFor(roles).toSeconds());
            session.setAttribute(APPLIED, key);
        }
    }
}

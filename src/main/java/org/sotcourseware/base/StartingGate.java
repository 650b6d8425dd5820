package org.sotcourseware.base;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps visitors out until the app is ready. Tomcat accepts connections as soon as the context has started,
 * but the start-up tasks (the content folder sync, demo data) run after that; Spring Boot reports readiness
 * ({@link ReadinessState#ACCEPTING_TRAFFIC}) only when they have finished. Until then every page answers 503
 * with a short page that reloads itself, instead of a module without its lessons. Health probes under
 * {@code /actuator/} pass through so a load balancer can watch the start.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StartingGate extends OncePerRequestFilter {

    static final String PAGE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="2">
            <meta name="viewport" content="width=device-width, initial-scale=1"><title>SOT Courseware is starting</title>
            <style>body{font-family:system-ui,sans-serif;margin:0;display:grid;place-items:center;min-height:100vh;color:#1d2b2e}
            main{max-width:28rem;padding:1.5rem;text-align:center}</style></head>
            <body><main><h1>SOT Courseware is starting</h1><p>This takes a few seconds. The page reloads by itself.</p></main></body></html>
            """;

    private final ApplicationAvailability availability;
    private volatile boolean ready;

    StartingGate(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ready || (ready = availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "2");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=utf-8");
        response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
}

package org.sotcourseware.security;

import java.io.IOException;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every response (ASVS V3.4), written first, before any other filter, so pages, Vaadin's
 * requests, static files, errors, the start-up page and refusals all carry them. A response that needs a stricter
 * policy replaces it (module SVG images are sent with {@code default-src 'none'; sandbox}).
 * <p>
 * The Content-Security-Policy is what Vaadin Flow 25.2 in production mode needs and no more (decision 014):
 * scripts and styles from this origin, inline ones for Vaadin's bootstrap page and component styles, and
 * {@code 'unsafe-eval'} because Flow's client builds functions from the JavaScript expressions the server sends
 * ({@code executeJs}, event data). Images from this origin, {@code data:} and {@code blob:} URLs, and the
 * https hosts in {@code sot.web.image-hosts}; no plug-ins, no framing by anyone, forms only to this origin.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeaders extends OncePerRequestFilter {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final String policy;
    private final boolean hsts;

    SecurityHeaders(WebSecurityProperties web) {
        this.policy = policy(web);
        this.hsts = web.hsts();
    }

    /** The Content-Security-Policy for these settings. */
    public static String policy(WebSecurityProperties web) {
        String imageHosts = web.imageHosts().stream().map(String::strip).filter(h -> !h.isEmpty())
                .map(h -> h.startsWith("https://") ? h : "https://" + h).collect(Collectors.joining(" "));
        return "default-src 'self'; "
                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:" + (imageHosts.isEmpty() ? "" : " " + imageHosts) + "; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "media-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-src 'self'; "
                + "frame-ancestors 'none'";
    }

    /** The Content-Security-Policy sent with pages. */
    public String policy() {
        return policy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
                + "accelerometer=(), gyroscope=(), magnetometer=(), midi=(), browsing-topics=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        if (hsts) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}

package org.sotcourseware.security;

import java.io.IOException;
import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers only for the configured host names: the public URL's ({@code sot.certificates.public-url}, from
 * {@code SOT_PUBLIC_URL}) and {@code sot.web.allowed-hosts} (local names by default). A request with any other
 * {@code Host} gets 400 and a plain sentence, so a forged host is never echoed into the sign-in redirect or a
 * link. The host is the one Tomcat reports: the {@code Host} header, or a forwarded host only when
 * {@code server.forward-headers-strategy} and the trusted proxies are configured (docs/operations.md).
 * Health probes under {@code /actuator/} pass, as load balancers often call nodes by address. Requests that change
 * something and come from another site's page are refused with 403 ({@link #crossSite}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class HostHeaderGuard extends OncePerRequestFilter {

    private final Set<String> allowed = new HashSet<>();

    HostHeaderGuard(WebSecurityProperties web, @Value("${sot.certificates.public-url:}") String publicUrl) {
        web.allowedHosts().forEach(h -> allowed.add(normalise(h)));
        if (!publicUrl.isBlank()) {
            String host = URI.create(publicUrl.strip()).getHost();
            if (host != null) {
                allowed.add(normalise(host));
            }
        }
    }

    static String normalise(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    boolean allows(String serverName) {
        return allowed.contains(normalise(serverName));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
    }

    /**
     * A request that changes something (not GET, HEAD or OPTIONS) sent by a browser from a page of another site:
     * {@code Sec-Fetch-Site: cross-site}, or an {@code Origin} whose host is not one of ours. Vaadin's security
     * configurer exempts the sign-in form's POST from Spring's CSRF token, so without this check another site could
     * sign a visitor in to an account of the attacker's ("login CSRF"); Vaadin's own requests carry their own token.
     */
    boolean crossSite(HttpServletRequest request) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return false;
        }
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return false; // not sent by a browser on behalf of another site
        }
        try {
            String host = URI.create(origin.strip()).getHost();
            return host == null || !allows(host);
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!allows(request.getServerName())) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "This server does not answer for the host name in this request. "
                    + "Open SOT Courseware at its public address.");
            return;
        }
        if (crossSite(request)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "This request came from another site and was refused. "
                    + "Open SOT Courseware at its public address and try again there.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().write(message + "\n");
    }
}

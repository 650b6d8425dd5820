package org.sotcourseware.base;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Long-lived caching for the front-end bundle. Vite names every file under {@code /VAADIN/build/} after a hash
 * of its content ({@code indexhtml-DzCXPVP6.js}), so a file of that name never changes: a browser may keep it
 * for a year without asking again. Vaadin itself sends {@code max-age=3600} for them, which makes a returning
 * student revalidate the whole bundle every hour; this filter replaces that header for hashed names only.
 * Styles referenced with a {@code ?v-c=} version already get a year from Vaadin; everything else keeps
 * Vaadin's header.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaticCaching extends OncePerRequestFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** A Vite output name: a base name, a dash, an 8-character hash, a script or style extension. */
    private static final Pattern HASHED = Pattern.compile("/VAADIN/build/[A-Za-z0-9_.-]+-[A-Za-z0-9_-]{8}\\.(?:js|css)");

    static boolean isHashed(String path) {
        return HASHED.matcher(path).matches();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isHashed(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", IMMUTABLE);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!isCacheHeader(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!isCacheHeader(name)) {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void setDateHeader(String name, long date) {
                if (!isCacheHeader(name)) {
                    super.setDateHeader(name, date);
                }
            }
        });
    }

    private static boolean isCacheHeader(String name) {
        return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name) || "Pragma".equalsIgnoreCase(name);
    }
}

package org.sotcourseware.shell;

import java.io.IOException;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives an address that no view has the HTTP status 404, while the page is still the app's friendly not-found page.
 * Vaadin answers a browser's first request with its start page and status 200, then shows the route (here
 * {@code base.ui.NotFoundView}) in the browser, so without this every unknown address would be a "soft 404" to
 * crawlers, link checkers and monitoring. Only page loads are touched: a {@code GET} that is not one of Vaadin's own
 * requests ({@code v-r=}, {@code VAADIN/}), not a module image and does not name a file (no dot in its last
 * segment), for a path that Vaadin's route registry cannot resolve.
 */
@Component
class NotFoundStatus extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        String query = request.getQueryString();
        if (query != null && (query.startsWith("v-r=") || query.contains("&v-r="))) {
            return true;
        }
        String path = path(request);
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".") || path.startsWith("VAADIN/") || path.startsWith("content-assets/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApplicationRouteRegistry routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()));
        if (routes.getNavigationRouteTarget(path(request)).hasTarget()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int status) {
                super.setStatus(status == HttpServletResponse.SC_OK ? HttpServletResponse.SC_NOT_FOUND : status);
            }
        });
    }

    /** The path inside the app, without the leading slash, as Vaadin's router reads it. */
    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return uri.startsWith("/") ? uri.substring(1) : uri;
    }
}

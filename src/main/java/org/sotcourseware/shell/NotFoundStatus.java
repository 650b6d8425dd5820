package org.sotcourseware.shell;

import java.io.IOException;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives an address that no view has the HTTP status 404, while the page is still the app's friendly not-found page.
 * Vaadin answers a browser's first request with its start page and status 200, then shows the route (here
 * {@code base.ui.NotFoundView}) in the browser, so without this every unknown address would be a "soft 404" to
 * crawlers, link checkers and monitoring. Only page loads are touched: a {@code GET} that is not one of Vaadin's own
 * requests ({@code v-r=}, {@code VAADIN/}), not a module image or the actuator (Spring MVC serves those) and does not
 * name a file (no dot in its last segment), for a path that Vaadin's route registry cannot resolve or whose view the
 * person may not open (they see the same not-found page).
 */
@Component
class NotFoundStatus extends OncePerRequestFilter {

    /**
     * Where Spring Boot's actuator answers when it shares the app's port (Spring MVC, not Vaadin, serves it); null when
     * it has a port of its own ({@code management.server.port}), where the app's port has no such path.
     */
    private final @Nullable String actuator;
    private final AccessAnnotationChecker access = new AccessAnnotationChecker();

    NotFoundStatus(@Value("${management.endpoints.web.base-path:/actuator}") String actuatorBasePath,
                   @Value("${management.server.port:}") String managementPort, @Value("${server.port:8080}") String serverPort) {
        String base = actuatorBasePath.startsWith("/") ? actuatorBasePath.substring(1) : actuatorBasePath;
        String m = managementPort.strip();
        boolean ownPort = !m.isEmpty() && (m.equals("0") || !m.equals(serverPort.strip())); // 0: a random port of its own
        this.actuator = ownPort ? null : base.endsWith("/") ? base : base + "/";
    }

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
        return last.contains(".") || path.startsWith("VAADIN/") || path.startsWith("content-assets/") || (actuator != null && (path.startsWith(actuator) || (path + "/").equals(actuator)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApplicationRouteRegistry routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()));
        var target = routes.getNavigationRouteTarget(path(request));
        // a view the person may not open shows the same not-found page, so it gets the same status (the status does not
        // reveal that a staff page exists); Vaadin's own reading of the view's access annotations decides
        if (target.hasTarget() && access.hasAccess(target.getRouteTarget().getTarget(), request)) {
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

package org.sotcourseware.ops;

import org.sotcourseware.security.Roles;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Who may read the actuator endpoints (decision 012). On the app's own port the health probes
 * ({@code /actuator/health}, {@code /liveness}, {@code /readiness}) answer anyone with the status alone, so a load
 * balancer or systemd can watch the app; their details and every other endpoint (Prometheus metrics included) need a
 * signed-in administrator, and anyone else gets 401 (not the sign-in page: these are not pages). When
 * {@code management.server.port} puts the actuator on a port of its own (loopback unless told otherwise), the app's
 * port serves none of it and the management port answers without signing in: that port is for the machine's own
 * scraper and probes.
 */
@Configuration
class ManagementSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, Environment env) throws Exception {
        boolean ownPort = ManagementPortType.get(env) == ManagementPortType.DIFFERENT;
        http.securityMatcher(EndpointRequest.toAnyEndpoint());
        http.authorizeHttpRequests(auth -> {
            if (ownPort) {
                auth.anyRequest().permitAll();
            } else {
                auth.requestMatchers(EndpointRequest.to("health")).permitAll()
                        .anyRequest().hasRole(Roles.ADMIN);
            }
        });
        http.exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        // read-only endpoints; the session of a signed-in administrator is the app's own (form sign-in)
        http.csrf(c -> c.disable());
        http.requestCache(c -> c.disable());
        return http.build();
    }
}

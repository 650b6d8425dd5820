package org.sotcourseware.authoring;

import org.sotcourseware.base.DemoProperties;
import org.sotcourseware.content.CatalogueService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo mode: the demo instructor has a new lesson in draft (never published, so no student sees it and no
 * file of the content folder is touched), so the authoring screens show a draft on first run. Runs once.
 */
@Component
@Order(30)
class DemoAuthoring implements ApplicationRunner {

    static final String TITLE = "Practical workshop: grading the indicators";

    private final DemoProperties demo;
    private final JdbcClient jdbc;
    private final AuthoringService authoring;
    private final CatalogueService catalogue;
    private final UserDetailsService users;
    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    DemoAuthoring(DemoProperties demo, JdbcClient jdbc, AuthoringService authoring, CatalogueService catalogue, UserDetailsService users,
                  ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.authoring = authoring;
        this.catalogue = catalogue;
        this.users = users;
        this.strategy = strategy;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || catalogue.module("extremities").isEmpty()
                || jdbc.sql("select count(*) from content_revision where origin <> 'DISK'").query(Integer.class).single() > 0) {
            return;
        }
        SecurityContextHolderStrategy holder = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        try {
            UserDetails user = users.loadUserByUsername("instructor");
            var ctx = holder.createEmptyContext();
            ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            holder.setContext(ctx);
            authoring.createLesson("extremities", TITLE);
        } finally {
            holder.clearContext();
        }
    }
}

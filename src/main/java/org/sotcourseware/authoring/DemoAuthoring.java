package org.sotcourseware.authoring;

import org.sotcourseware.base.DemoProperties;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.security.DemoSignIn;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final StructureService structure;
    private final CatalogueService catalogue;
    private final DemoSignIn signIn;

    DemoAuthoring(DemoProperties demo, JdbcClient jdbc, StructureService structure, CatalogueService catalogue,
                  DemoSignIn signIn) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.structure = structure;
        this.catalogue = catalogue;
        this.signIn = signIn;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || catalogue.module("extremities").isEmpty()
                || jdbc.sql("select count(*) from content_revision where origin <> 'DISK'").query(Integer.class).single() > 0) {
            return;
        }
        try {
            signIn.as("instructor");
            structure.createLesson("extremities", TITLE);
        } finally {
            signIn.signOut();
        }
    }
}

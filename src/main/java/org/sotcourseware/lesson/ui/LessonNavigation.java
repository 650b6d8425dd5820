package org.sotcourseware.lesson.ui;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import org.sotcourseware.base.ui.Destination;
import org.sotcourseware.base.ui.NavItem;
import org.sotcourseware.base.ui.PlaceRoute;
import org.sotcourseware.content.CoursePlace;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reading pages and how to reach them: the catalogue, a module's page, a lesson. Other features reach
 * them as {@link CoursePlace}s; the side navigation's "Modules" entry opens the catalogue.
 */
@Configuration
class LessonNavigation {

    static final String MODULE_ID = "moduleId";
    static final String LESSON_ID = "lessonId";

    static Destination catalogue() {
        return Destination.of(CatalogueView.class);
    }

    static Destination module(String moduleId) {
        return Destination.of(ModuleView.class, new RouteParameters(MODULE_ID, moduleId));
    }

    static Destination lesson(String moduleId, String lessonId) {
        return Destination.of(LessonView.class, new RouteParameters(new RouteParam(MODULE_ID, moduleId), new RouteParam(LESSON_ID, lessonId)));
    }

    @Bean
    NavItem modulesNavItem() {
        return new NavItem("lesson.nav.modules", CatalogueView.class, VaadinIcon.BOOK, 10, Set.of());
    }

    @Bean
    PlaceRoute<CoursePlace.Catalogue> catalogueRoute() {
        return PlaceRoute.of(CoursePlace.Catalogue.class, p -> catalogue());
    }

    @Bean
    PlaceRoute<CoursePlace.ModulePage> moduleRoute() {
        return PlaceRoute.of(CoursePlace.ModulePage.class, p -> module(p.moduleId()));
    }

    @Bean
    PlaceRoute<CoursePlace.LessonPage> lessonRoute() {
        return PlaceRoute.of(CoursePlace.LessonPage.class, p -> lesson(p.moduleId(), p.lessonId()));
    }
}

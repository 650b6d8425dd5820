package org.sotcourseware.seminar.ui;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import org.sotcourseware.base.ui.Destination;
import org.sotcourseware.base.ui.NavItem;
import org.sotcourseware.base.ui.PlaceRoute;
import org.sotcourseware.security.Roles;
import org.sotcourseware.seminar.SeminarId;
import org.sotcourseware.seminar.SeminarPlace;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The seminar pages and how to reach them (as {@link SeminarPlace}s from other features), and their side-navigation entry. */
@Configuration
class SeminarNavigation {

    static final String SEMINAR_ID = "seminarId";

    static Destination seminars() {
        return Destination.of(SeminarsView.class);
    }

    static Destination seminar(SeminarId seminar) {
        return Destination.of(SeminarView.class, new RouteParameters(SEMINAR_ID, String.valueOf(seminar.value())));
    }

    @Bean
    NavItem seminarsNavItem() {
        return new NavItem("seminar.nav.seminars", SeminarsView.class, VaadinIcon.CALENDAR_USER, 45, Set.of(Roles.ORGANISER, Roles.INSTRUCTOR, Roles.ADMIN));
    }

    @Bean
    PlaceRoute<SeminarPlace.All> seminarsRoute() {
        return PlaceRoute.of(SeminarPlace.All.class, p -> seminars());
    }

    @Bean
    PlaceRoute<SeminarPlace.One> seminarRoute() {
        return PlaceRoute.of(SeminarPlace.One.class, p -> seminar(p.seminar()));
    }
}

package org.sotcourseware.review.ui;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.sotcourseware.base.ui.Destination;
import org.sotcourseware.base.ui.NavItem;
import org.sotcourseware.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Review page, how to reach it, and its side-navigation entry (students; staff may open it by address). */
@Configuration
class ReviewNavigation {

    static Destination review() {
        return Destination.of(ReviewView.class);
    }

    @Bean
    NavItem reviewNavItem() {
        return new NavItem("review.nav.review", ReviewView.class, VaadinIcon.REFRESH, 15, Set.of(Roles.STUDENT));
    }
}

package org.sotcourseware.authoring;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.sotcourseware.base.ui.NavItem;
import org.sotcourseware.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Authoring's entries in the side navigation (instructors and administrators). */
@Configuration
class AuthoringNav {

    @Bean
    NavItem authoringNavItem() {
        return new NavItem("Authoring", "authoring", VaadinIcon.EDIT, 300, Set.of(Roles.INSTRUCTOR, Roles.ADMIN));
    }

    @Bean
    NavItem itemAnalysisNavItem() {
        return new NavItem("Item analysis", "authoring/analysis", VaadinIcon.BAR_CHART, 310, Set.of(Roles.INSTRUCTOR, Roles.ADMIN));
    }
}

package org.sotcourseware.seminar;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.sotcourseware.base.ui.NavItem;
import org.sotcourseware.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The seminars' entry in the side navigation. */
@Configuration
class SeminarNav {

    @Bean
    NavItem seminarsNavItem() {
        return new NavItem("Seminars", "organiser/seminars", VaadinIcon.CALENDAR_USER, 45, Set.of(Roles.ORGANISER, Roles.INSTRUCTOR, Roles.ADMIN));
    }
}

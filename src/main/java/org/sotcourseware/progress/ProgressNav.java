package org.sotcourseware.progress;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.sotcourseware.base.ui.NavItem;
import org.sotcourseware.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Navigation entries of the progress feature. */
@Configuration
class ProgressNav {

    @Bean
    NavItem homeNavItem() {
        return new NavItem("My progress", "", VaadinIcon.DASHBOARD, 0, Set.of());
    }

    @Bean
    NavItem studentsNavItem() {
        return new NavItem("Students", "students", VaadinIcon.GROUP, 50, Set.of(Roles.INSTRUCTOR, Roles.ORGANISER, Roles.ADMIN));
    }
}

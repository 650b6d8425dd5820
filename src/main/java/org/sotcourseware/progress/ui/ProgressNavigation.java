package org.sotcourseware.progress.ui;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.sotcourseware.base.ui.NavItem;
import org.sotcourseware.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The progress pages in the side navigation: the student's dashboard (their start page; staff have their own, see base.ui.StartPage) and the staff's list of students. */
@Configuration
class ProgressNavigation {

    @Bean
    NavItem homeNavItem() {
        return new NavItem("progress.nav.my-progress", DashboardView.class, VaadinIcon.DASHBOARD, 0, Set.of(Roles.STUDENT));
    }

    @Bean
    NavItem studentsNavItem() {
        return new NavItem("progress.nav.students", StudentsView.class, VaadinIcon.GROUP, 50, Set.of(Roles.INSTRUCTOR, Roles.ORGANISER, Roles.ADMIN));
    }
}

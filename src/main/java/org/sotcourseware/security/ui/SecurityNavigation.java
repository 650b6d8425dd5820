package org.sotcourseware.security.ui;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.sotcourseware.base.ui.Destination;
import org.sotcourseware.base.ui.NavItem;
import org.sotcourseware.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sign-in page and the administrator's user management, with its side-navigation entry. */
@Configuration
class SecurityNavigation {

    static Destination login() {
        return Destination.of(LoginView.class);
    }

    @Bean
    NavItem secondFactorNavItem() {
        return new NavItem("Two-step sign-in", SecondFactorAdminView.class, VaadinIcon.KEY, 910, Set.of(Roles.ADMIN));
    }

    @Bean
    NavItem usersNavItem() {
        return new NavItem("Users", UsersView.class, VaadinIcon.USERS, 900, Set.of(Roles.ADMIN));
    }
}

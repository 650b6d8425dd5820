package org.sotcourseware.security;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.sotcourseware.base.ui.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The admin's entry in the side navigation. */
@Configuration
class AdminNav {

    @Bean
    NavItem usersNavItem() {
        return new NavItem("Users", "admin/users", VaadinIcon.USERS, 900, Set.of(Roles.ADMIN));
    }
}

package org.sotcourseware.privacy.ui;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.sotcourseware.base.ui.NavItem;
import org.sotcourseware.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The administrator's side-navigation entry for erasure ("My data" is in the user menu). */
@Configuration
class PrivacyNavigation {

    @Bean
    NavItem erasureNavItem() {
        return new NavItem("privacy.nav.erase-a-student", ErasureView.class, VaadinIcon.ERASER, 920, Set.of(Roles.ADMIN));
    }
}

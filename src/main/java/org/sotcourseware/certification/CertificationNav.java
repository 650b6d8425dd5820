package org.sotcourseware.certification;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.sotcourseware.base.ui.NavItem;
import org.sotcourseware.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Certification's entries in the side navigation (organisers, instructors, administrators). */
@Configuration
class CertificationNav {

    @Bean
    NavItem matrixNavItem() {
        return new NavItem("Progress matrix", "organiser", VaadinIcon.TABLE, 40, Set.of(Roles.ORGANISER, Roles.INSTRUCTOR, Roles.ADMIN));
    }

    @Bean
    NavItem eligibilityNavItem() {
        return new NavItem("Certificates", "organiser/eligibility", VaadinIcon.DIPLOMA, 60, Set.of(Roles.ORGANISER, Roles.INSTRUCTOR, Roles.ADMIN));
    }
}

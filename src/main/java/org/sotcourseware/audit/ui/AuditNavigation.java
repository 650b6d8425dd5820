package org.sotcourseware.audit.ui;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.sotcourseware.base.ui.NavItem;
import org.sotcourseware.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit log's entry in the side navigation (administrators). */
@Configuration
class AuditNavigation {

    @Bean
    NavItem auditNavItem() {
        return new NavItem("audit.nav.audit-log", AuditView.class, VaadinIcon.RECORDS, 910, Set.of(Roles.ADMIN));
    }
}

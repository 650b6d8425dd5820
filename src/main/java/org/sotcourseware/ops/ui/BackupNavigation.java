package org.sotcourseware.ops.ui;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.sotcourseware.base.ui.NavItem;
import org.sotcourseware.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The backup screen's entry in the side navigation (administrators). */
@Configuration
class BackupNavigation {

    @Bean
    NavItem backupNavItem() {
        return new NavItem("Backups", BackupView.class, VaadinIcon.DATABASE, 920, Set.of(Roles.ADMIN));
    }
}

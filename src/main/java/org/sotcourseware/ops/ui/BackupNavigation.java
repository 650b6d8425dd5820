package org.sotcourseware.ops.ui;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.sotcourseware.base.ui.Destination;
import org.sotcourseware.base.ui.NavItem;
import org.sotcourseware.base.ui.StartPage;
import org.sotcourseware.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The backup screen's and the administrators' start page's entries in the side navigation (administrators). */
@Configuration
class BackupNavigation {

    static Destination backups() {
        return Destination.of(BackupView.class);
    }

    @Bean
    NavItem backupNavItem() {
        return new NavItem("ops.nav.backups", BackupView.class, VaadinIcon.DATABASE, 920, Set.of(Roles.ADMIN));
    }

    @Bean
    NavItem adminStartNavItem() {
        return new NavItem("ops.nav.admin-overview", AdminStartView.class, VaadinIcon.HOME, 3, Set.of(Roles.ADMIN));
    }

    @Bean
    StartPage adminStartPage() {
        return new StartPage(Roles.ADMIN, AdminStartView.class);
    }
}

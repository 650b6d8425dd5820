package org.sotcourseware.authoring.ui;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import org.sotcourseware.base.ui.Destination;
import org.sotcourseware.base.ui.NavItem;
import org.sotcourseware.base.ui.StartPage;
import org.sotcourseware.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The authoring pages and how to reach them: the content tree, the editor and the history of a file (by its
 * path in the content folder), export and import, and item analysis; with their side-navigation entries.
 */
@Configuration
class AuthoringNavigation {

    static final String PATH = "path";
    static final String MODULE_ID = "moduleId";

    static Destination authoring() {
        return Destination.of(AuthoringView.class);
    }

    static Destination edit(String path) {
        return Destination.of(EditorView.class, new RouteParameters(PATH, path));
    }

    static Destination history(String path) {
        return Destination.of(HistoryView.class, new RouteParameters(PATH, path));
    }

    static Destination transfer() {
        return Destination.of(TransferView.class);
    }

    static Destination analysis() {
        return Destination.of(ItemAnalysisView.class);
    }

    static Destination analysis(String moduleId) {
        return Destination.of(ItemAnalysisView.class, new RouteParameters(MODULE_ID, moduleId));
    }

    @Bean
    NavItem authoringNavItem() {
        return new NavItem("authoring.nav.authoring", AuthoringView.class, VaadinIcon.EDIT, 300, Set.of(Roles.INSTRUCTOR, Roles.ADMIN));
    }

    @Bean
    NavItem teachingStartNavItem() {
        return new NavItem("authoring.nav.teaching-overview", TeachingStartView.class, VaadinIcon.HOME, 1, Set.of(Roles.INSTRUCTOR));
    }

    @Bean
    StartPage teachingStartPage() {
        return new StartPage(Roles.INSTRUCTOR, TeachingStartView.class);
    }

    @Bean
    NavItem itemAnalysisNavItem() {
        return new NavItem("authoring.nav.item-analysis", ItemAnalysisView.class, VaadinIcon.BAR_CHART, 310, Set.of(Roles.INSTRUCTOR, Roles.ADMIN));
    }
}

package org.sotcourseware.security.ui;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.sotcourseware.base.ui.Destination;
import org.sotcourseware.base.ui.NavItem;
import org.sotcourseware.base.ui.PlaceRoute;
import org.sotcourseware.base.ui.UserMenuItem;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.LoginPage;
import org.sotcourseware.security.MyAccountService;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.UsersPlace;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sign-in page, the administrator's user management and sign-in locks, and the user menu's account actions. */
@Configuration
class SecurityNavigation {

    static Destination login() {
        return Destination.of(LoginView.class);
    }

    /** The sign-in page for the security configuration (static: needed before this configuration's other beans). */
    @Bean
    static LoginPage loginPage() {
        return new LoginPage(LoginView.class);
    }

    @Bean
    NavItem secondFactorNavItem() {
        return new NavItem("security.nav.two-step-sign-in", SecondFactorAdminView.class, VaadinIcon.KEY, 910, Set.of(Roles.ADMIN));
    }

    @Bean
    PlaceRoute<UsersPlace> usersRoute() {
        return PlaceRoute.of(UsersPlace.class, p -> Destination.of(UsersView.class));
    }

    @Bean
    NavItem usersNavItem() {
        return new NavItem("security.nav.users", UsersView.class, VaadinIcon.USERS, 900, Set.of(Roles.ADMIN));
    }

    @Bean
    NavItem signInLocksNavItem() {
        return new NavItem("security.nav.sign-in-locks", SignInLocksView.class, VaadinIcon.LOCK, 905, Set.of(Roles.ADMIN));
    }

    @Bean
    UserMenuItem changePasswordMenuItem(MyAccountService service, CurrentUser currentUser) {
        return new UserMenuItem("security.menu.change-password", VaadinIcon.KEY, 10,
                () -> MyAccountDialogs.changePassword(service, currentUser.require()).open());
    }

    @Bean
    UserMenuItem sessionsMenuItem(MyAccountService service) {
        return new UserMenuItem("security.menu.where-you-are-signed-in", VaadinIcon.DESKTOP, 15, () -> MyAccountDialogs.sessions(service).open());
    }

    @Bean
    UserMenuItem signOutEverywhereMenuItem(MyAccountService service, AuthenticationContext auth) {
        return new UserMenuItem("security.menu.sign-out-everywhere", VaadinIcon.EXIT_O, 20, () -> MyAccountDialogs.signOutEverywhere(service, auth).open());
    }
}

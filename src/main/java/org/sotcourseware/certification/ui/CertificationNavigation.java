package org.sotcourseware.certification.ui;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import org.sotcourseware.base.ui.Destination;
import org.sotcourseware.base.ui.NavItem;
import org.sotcourseware.base.ui.StartPage;
import org.sotcourseware.base.ui.PlaceRoute;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.StudentRecordPlace;
import org.sotcourseware.security.UserId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The certification pages and how to reach them: the progress matrix, eligibility and certificates, a
 * student's record (a {@link StudentRecordPlace} for other features), and their side-navigation entries.
 */
@Configuration
class CertificationNavigation {

    static final String USER_ID = "userId";

    static Destination matrix() {
        return Destination.of(MatrixView.class);
    }

    static Destination eligibility() {
        return Destination.of(EligibilityView.class);
    }

    static Destination student(UserId student) {
        return Destination.of(StudentRecordView.class, new RouteParameters(USER_ID, String.valueOf(student.value())));
    }

    @Bean
    NavItem seminarStartNavItem() {
        return new NavItem("certification.nav.seminar-overview", SeminarStartView.class, VaadinIcon.HOME, 2, Set.of(Roles.ORGANISER));
    }

    @Bean
    StartPage seminarStartPage() {
        return new StartPage(Roles.ORGANISER, SeminarStartView.class);
    }

    @Bean
    NavItem matrixNavItem() {
        return new NavItem("certification.nav.progress-matrix", MatrixView.class, VaadinIcon.TABLE, 40, Set.of(Roles.ORGANISER, Roles.INSTRUCTOR, Roles.ADMIN));
    }

    @Bean
    NavItem eligibilityNavItem() {
        return new NavItem("certification.nav.certificates", EligibilityView.class, VaadinIcon.DIPLOMA, 60, Set.of(Roles.ORGANISER, Roles.INSTRUCTOR, Roles.ADMIN));
    }

    @Bean
    PlaceRoute<StudentRecordPlace> studentRecordRoute() {
        return PlaceRoute.of(StudentRecordPlace.class, p -> student(p.student()));
    }
}

package org.sotcourseware.exam.ui;

import java.util.Set;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import org.sotcourseware.base.ui.Destination;
import org.sotcourseware.base.ui.NavItem;
import org.sotcourseware.exam.PracticalExamId;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.UserId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The practical exam pages, how to reach them, and their side-navigation entries. */
@Configuration
class ExamNavigation {

    static final String EXAM = "examId";
    static final String STATION = "station";
    static final String CANDIDATE = "candidate";

    static Destination exams() {
        return Destination.of(ExamsView.class);
    }

    static Destination exam(PracticalExamId exam) {
        return Destination.of(ExamView.class, new RouteParameters(EXAM, String.valueOf(exam.value())));
    }

    static Destination examining() {
        return Destination.of(ExaminerView.class);
    }

    static Destination queue(PracticalExamId exam, int station) {
        return Destination.of(StationQueueView.class, new RouteParameters(java.util.Map.of(EXAM, String.valueOf(exam.value()), STATION,
                String.valueOf(station))));
    }

    static Destination sheet(PracticalExamId exam, int station, UserId candidate) {
        return Destination.of(ScoreSheetView.class, new RouteParameters(java.util.Map.of(EXAM, String.valueOf(exam.value()), STATION,
                String.valueOf(station), CANDIDATE, String.valueOf(candidate.value()))));
    }

    @Bean
    NavItem practicalExamsNavItem() {
        return new NavItem("exam.nav.practical-exams", ExamsView.class, VaadinIcon.CLIPBOARD_CHECK, 46, Set.of(Roles.ORGANISER, Roles.ADMIN));
    }

    @Bean
    NavItem examiningNavItem() {
        return new NavItem("exam.nav.examining", ExaminerView.class, VaadinIcon.CLIPBOARD_USER, 47, Set.of(Roles.INSTRUCTOR, Roles.ORGANISER, Roles.ADMIN));
    }

    @Bean
    NavItem feedbackNavItem() {
        return new NavItem("exam.nav.my-practical-exams", FeedbackView.class, VaadinIcon.DIPLOMA_SCROLL, 48, Set.of(Roles.STUDENT));
    }
}

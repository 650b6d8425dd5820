package org.sotcourseware.quiz.ui;

import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import org.sotcourseware.base.ui.Destination;
import org.sotcourseware.base.ui.PlaceRoute;
import org.sotcourseware.content.CoursePlace;
import org.sotcourseware.quiz.AttemptId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The quiz pages and how to reach them: a module's quiz (a {@link CoursePlace.QuizPage} for other features) and an attempt. */
@Configuration
class QuizNavigation {

    static final String MODULE_ID = "moduleId";
    static final String ATTEMPT_ID = "attemptId";

    static Destination quiz(String moduleId) {
        return Destination.of(QuizView.class, new RouteParameters(MODULE_ID, moduleId));
    }

    static Destination attempt(String moduleId, AttemptId attempt) {
        return Destination.of(QuizAttemptView.class,
                new RouteParameters(new RouteParam(MODULE_ID, moduleId), new RouteParam(ATTEMPT_ID, attempt.value())));
    }

    @Bean
    PlaceRoute<CoursePlace.QuizPage> quizRoute() {
        return PlaceRoute.of(CoursePlace.QuizPage.class, p -> quiz(p.moduleId()));
    }
}

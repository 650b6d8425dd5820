package org.sotcourseware.casestudy.ui;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import org.sotcourseware.base.ui.Destination;
import org.sotcourseware.base.ui.PlaceRoute;
import org.sotcourseware.casestudy.CaseRunId;
import org.sotcourseware.content.CoursePlace;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The case pages and how to reach them: a module's cases, working a case, and reviewing an earlier run
 * ({@code ?run=ID}). Other features reach the first two as {@link CoursePlace}s.
 */
@Configuration
class CaseNavigation {

    static final String MODULE_ID = "moduleId";
    static final String CASE_ID = "caseId";
    static final String RUN = "run";

    static Destination cases(String moduleId) {
        return Destination.of(CaseListView.class, new RouteParameters(MODULE_ID, moduleId));
    }

    /** The case, at the student's run in progress (or a new one). */
    static Destination caseStudy(String moduleId, String caseId) {
        return Destination.of(CaseRunView.class, new RouteParameters(new RouteParam(MODULE_ID, moduleId), new RouteParam(CASE_ID, caseId)));
    }

    /** An earlier run of the case, for review. */
    static Destination run(String moduleId, String caseId, CaseRunId run) {
        return caseStudy(moduleId, caseId).withQuery(QueryParameters.of(RUN, String.valueOf(run.value())));
    }

    @Bean
    PlaceRoute<CoursePlace.CasesPage> casesRoute() {
        return PlaceRoute.of(CoursePlace.CasesPage.class, p -> cases(p.moduleId()));
    }

    @Bean
    PlaceRoute<CoursePlace.CasePage> caseRoute() {
        return PlaceRoute.of(CoursePlace.CasePage.class, p -> caseStudy(p.moduleId(), p.caseId()));
    }
}

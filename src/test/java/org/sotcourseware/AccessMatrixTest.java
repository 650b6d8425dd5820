package org.sotcourseware;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.base.ui.MissingView;
import org.sotcourseware.base.ui.NotFoundView;
import org.sotcourseware.security.LoginPage;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.ClassUtils;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * Every route for every kind of user: who gets the page, who is sent to sign in, who sees "not found".
 * A new route must be added here, and the test fails until it is.
 */
@IntegrationTest
class AccessMatrixTest extends SpringBrowserlessTest {

    /** The sign-in page (its view is package-private in security.ui). */
    @Autowired
    LoginPage loginPage;

    private static final String ANONYMOUS = "anonymous";
    private static final List<String> USERS = List.of(ANONYMOUS, "student", "instructor", "organiser", "admin");
    private static final Set<String> SIGNED_IN = Set.of("student", "instructor", "organiser", "admin");

    /**
     * A sample {@code path} of the route registered as {@code template}, and who may open it. The views are
     * named by their route template, not their class, so they can stay package-private in their feature.
     */
    record Route(String path, String template, Set<String> allowed) {
    }

    /** Every route with a sample path (also walked over HTTP by SecurityHeadersTest). */
    static final List<Route> ROUTES = List.of(
            new Route("", "", SIGNED_IN),
            new Route("start/teaching", "start/teaching", Set.of("instructor", "admin")),
            new Route("start/seminars", "start/seminars", Set.of("organiser", "admin")),
            new Route("start/admin", "start/admin", Set.of("admin")),
            new Route("students", "students", Set.of("instructor", "organiser", "admin")),
            new Route("modules", "modules", SIGNED_IN),
            new Route("modules/foundations", "modules/:moduleId", SIGNED_IN),
            new Route("modules/foundations/history-and-organisations", "modules/:moduleId/:lessonId", SIGNED_IN),
            new Route("modules/foundations/quiz", "modules/:moduleId/quiz", SIGNED_IN),
            new Route("modules/foundations/cases", "modules/:moduleId/cases", SIGNED_IN),
            new Route("modules/category-two/cases/c2-hairdresser-low-back", "modules/:moduleId/cases/:caseId", SIGNED_IN),
            new Route("admin/users", "admin/users", Set.of("admin")),
            new Route("admin/audit", "admin/audit", Set.of("admin")),
            new Route("admin/backups", "admin/backups", Set.of("admin")),
            new Route("admin/sign-in-locks", "admin/sign-in-locks", Set.of("admin")),
            new Route("authoring", "authoring", Set.of("instructor", "admin")),
            new Route("authoring/edit/category-one/lessons/01-category-one-model.md", "authoring/edit/:path*",
                    Set.of("instructor", "admin")),
            new Route("authoring/history/category-one/lessons/01-category-one-model.md", "authoring/history/:path*",
                    Set.of("instructor", "admin")),
            new Route("authoring/transfer", "authoring/transfer", Set.of("instructor", "admin")),
            new Route("authoring/analysis/foundations", "authoring/analysis/:moduleId?", Set.of("instructor", "admin")),
            new Route("organiser", "organiser", Set.of("instructor", "organiser", "admin")),
            new Route("organiser/eligibility", "organiser/eligibility", Set.of("instructor", "organiser", "admin")),
            new Route("organiser/students/1", "organiser/students/:userId", Set.of("instructor", "organiser", "admin")),
            new Route("organiser/seminars", "organiser/seminars", Set.of("instructor", "organiser", "admin")),
            new Route("organiser/seminars/1", "organiser/seminars/:seminarId", Set.of("instructor", "organiser", "admin")),
            new Route("organiser/exams", "organiser/exams", Set.of("organiser", "admin")),
            new Route("organiser/exams/1", "organiser/exams/:examId", Set.of("organiser", "admin")),
            new Route("examiner", "examiner", Set.of("instructor", "organiser", "admin")),
            // the demo exam's station 1 is examined by the demo instructor (the exam is over: the page says scoring is closed)
            new Route("examiner/1/1", "examiner/:examId/:station", Set.of("instructor")),
            new Route("my-exams", "my-exams", SIGNED_IN),
            new Route("review", "review", SIGNED_IN),
            new Route("verify/ABCDE-FGHJK-MNPQR-STVWX", "verify/:code?", Set.copyOf(USERS)),
            new Route("account/setup/not-a-token", "account/setup/:token", Set.copyOf(USERS)),
            new Route("account/forgot", "account/forgot", Set.copyOf(USERS)),
            new Route("account/second-factor", "account/second-factor",
                    Set.of("student", "instructor", "organiser", "admin")),
            new Route("admin/second-factor", "admin/second-factor", Set.of("admin")),
            new Route("account/data", "account/data", Set.of("student", "instructor", "organiser", "admin")),
            new Route("admin/erasure", "admin/erasure", Set.of("admin")),
            new Route("notes/foundations", "notes/:moduleId", SIGNED_IN),
            new Route("handbook/foundations", "handbook/:moduleId", SIGNED_IN),
            new Route("search", "search", SIGNED_IN),
            new Route("glossary", "glossary", SIGNED_IN),
            new Route("login", "login", Set.copyOf(USERS)));

    /** Staff opening the app's address are forwarded to the start page of their role; a student keeps the dashboard. */
    static final Map<String, String> START_PAGES = Map.of("instructor", "start/teaching", "organiser", "start/seminars", "admin", "start/admin");

    @Autowired
    UserDetailsService userDetails;

    @Test
    @WithAnonymousUser
    void every_route_admits_exactly_the_users_it_should() {
        Map<String, String> outcomes = new LinkedHashMap<>();
        RouteConfiguration registry = RouteConfiguration.forApplicationScope();
        for (Route route : ROUTES) {
            // the sample path is one of the route's own paths, not one another route happens to match
            Class<? extends Component> target = registry.getRoute(route.path()).orElseThrow(() -> new AssertionError("no route for " + route.path()));
            assertThat(registry.getTemplate(target)).as("route of " + route.path()).contains(route.template());
            for (String user : USERS) {
                signInAs(user);
                Component view = navigate(route.path(), Component.class);
                String outcome;
                if (target.isInstance(view)) {
                    outcome = "shown";
                } else if (loginPage.view().isInstance(view)) {
                    outcome = "login";
                } else if (view instanceof NotFoundView || view instanceof MissingView) {
                    outcome = "not found";
                } else if (registry.getTemplate(ClassUtils.getUserClass(view).asSubclass(Component.class)).isPresent()) {
                    outcome = "forwarded to " + registry.getTemplate(ClassUtils.getUserClass(view).asSubclass(Component.class)).get();
                } else {
                    outcome = view.getClass().getSimpleName();
                }
                outcomes.put(route.path() + " as " + user, outcome);
                String expected = route.allowed().contains(user) ? "shown" : user.equals(ANONYMOUS) ? "login" : "not found";
                if (route.path().isEmpty() && START_PAGES.containsKey(user)) {
                    expected = "forwarded to " + START_PAGES.get(user);
                }
                assertThat(outcome).as(route.path() + " as " + user).isEqualTo(expected);
            }
        }
        assertThat(outcomes).hasSize(ROUTES.size() * USERS.size());
    }

    @Test
    @WithAnonymousUser
    void an_attempt_page_is_for_signed_in_users_and_only_for_the_attempts_owner() {
        navigate("modules/foundations/quiz/attempt/1", loginPage.view());
        signInAs("student");
        navigate("modules/foundations/quiz/attempt/999999", NotFoundView.class);
        navigate("modules/foundations/quiz/attempt/not-a-number", NotFoundView.class);
        navigate("modules/foundations/cases/no-such-case", MissingView.class);
    }

    @Test
    void every_route_in_the_app_is_in_the_matrix() {
        Set<String> known = Set.of("", "start/teaching", "start/seminars", "start/admin", "modules", "modules/:moduleId", "modules/:moduleId/:lessonId", "modules/:moduleId/quiz",
                "modules/:moduleId/quiz/attempt/:attemptId", "modules/:moduleId/cases", "modules/:moduleId/cases/:caseId",
                "students", "admin/users", "login", "admin/audit", "admin/backups", "admin/sign-in-locks", "authoring", "authoring/edit/:path*", "authoring/history/:path*",
                "authoring/transfer", "authoring/analysis/:moduleId?", "organiser", "organiser/eligibility", "organiser/students/:userId",
                "organiser/seminars", "organiser/seminars/:seminarId", "verify/:code?", "account/setup/:token",
                "account/forgot", "account/second-factor", "admin/second-factor",
                "account/data", "admin/erasure", "organiser/exams",
                "organiser/exams/:examId", "examiner", "examiner/:examId/:station", "examiner/:examId/:station/:candidate", "my-exams",
                "review",
                "notes/:moduleId", "handbook/:moduleId",
                "search", "glossary");
        var registered = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(r -> r.getTemplate()).toList();
        assertThat(registered).as("routes; add new ones to ROUTES above and to this list").containsExactlyInAnyOrderElementsOf(known);
    }

    @Test
    @WithAnonymousUser
    void a_score_sheet_is_for_the_station_examiners_only_and_only_while_the_exam_runs() {
        navigate("examiner/1/1/1", loginPage.view());
        signInAs("student");
        navigate("examiner/1/1/1", NotFoundView.class);
        signInAs("organiser");
        navigate("examiner/1/1/1", NotFoundView.class); // not an examiner at station 1
        signInAs("instructor");
        // the examiner of station 1, but the demo exam is over: the sheet says why instead of opening
        var view = navigate("examiner/1/1/1", Component.class);
        RouteConfiguration registry = RouteConfiguration.forApplicationScope();
        Class<? extends Component> sheet = registry.getRoute("examiner/1/1/1").orElseThrow();
        assertThat(registry.getTemplate(sheet)).contains("examiner/:examId/:station/:candidate");
        assertThat(view).isInstanceOf(sheet);
        assertThat(view.getElement().getTextRecursively()).contains("closed");
    }

    @AfterEach
    void signOut() {
        // the matrix switches users by hand; leave no authentication behind for the next test class
        SecurityContextHolder.clearContext();
    }

    private void signInAs(String username) {
        if (username.equals(ANONYMOUS)) {
            SecurityContextHolder.clearContext();
            return;
        }
        UserDetails details = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }
}

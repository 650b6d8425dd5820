package org.sotcourseware;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.base.ui.MissingView;
import org.sotcourseware.base.ui.NotFoundView;
import org.sotcourseware.lesson.ui.CatalogueView;
import org.sotcourseware.lesson.ui.LessonView;
import org.sotcourseware.lesson.ui.ModuleView;
import org.sotcourseware.casestudy.ui.CaseListView;
import org.sotcourseware.casestudy.ui.CaseRunView;
import org.sotcourseware.progress.ui.DashboardView;
import org.sotcourseware.progress.ui.StudentsView;
import org.sotcourseware.quiz.ui.QuizView;
import org.sotcourseware.security.ui.LoginView;
import org.sotcourseware.security.ui.UsersView;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
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

    private static final String ANONYMOUS = "anonymous";
    private static final List<String> USERS = List.of(ANONYMOUS, "student", "instructor", "organiser", "admin");
    private static final Set<String> SIGNED_IN = Set.of("student", "instructor", "organiser", "admin");

    record Route(String path, Class<? extends Component> view, Set<String> allowed) {
    }

    /** Every route with a sample path (also walked over HTTP by SecurityHeadersTest). */
    static final List<Route> ROUTES = List.of(
            new Route("", DashboardView.class, SIGNED_IN),
            new Route("students", StudentsView.class, Set.of("instructor", "organiser", "admin")),
            new Route("modules", CatalogueView.class, SIGNED_IN),
            new Route("modules/foundations", ModuleView.class, SIGNED_IN),
            new Route("modules/foundations/history-and-organisations", LessonView.class, SIGNED_IN),
            new Route("modules/foundations/quiz", QuizView.class, SIGNED_IN),
            new Route("modules/foundations/cases", CaseListView.class, SIGNED_IN),
            new Route("modules/category-two/cases/c2-hairdresser-low-back", CaseRunView.class, SIGNED_IN),
            new Route("admin/users", UsersView.class, Set.of("admin")),
            new Route("admin/audit", org.sotcourseware.audit.ui.AuditView.class, Set.of("admin")),
            new Route("admin/backups", org.sotcourseware.ops.ui.BackupView.class, Set.of("admin")),
            new Route("admin/sign-in-locks", org.sotcourseware.security.ui.SignInLocksView.class, Set.of("admin")),
            new Route("authoring", org.sotcourseware.authoring.ui.AuthoringView.class, Set.of("instructor", "admin")),
            new Route("authoring/edit/category-one/lessons/01-category-one-model.md", org.sotcourseware.authoring.ui.EditorView.class,
                    Set.of("instructor", "admin")),
            new Route("authoring/history/category-one/lessons/01-category-one-model.md", org.sotcourseware.authoring.ui.HistoryView.class,
                    Set.of("instructor", "admin")),
            new Route("authoring/transfer", org.sotcourseware.authoring.ui.TransferView.class, Set.of("instructor", "admin")),
            new Route("authoring/analysis/foundations", org.sotcourseware.authoring.ui.ItemAnalysisView.class, Set.of("instructor", "admin")),
            new Route("organiser", org.sotcourseware.certification.ui.MatrixView.class, Set.of("instructor", "organiser", "admin")),
            new Route("organiser/eligibility", org.sotcourseware.certification.ui.EligibilityView.class, Set.of("instructor", "organiser", "admin")),
            new Route("organiser/students/1", org.sotcourseware.certification.ui.StudentRecordView.class, Set.of("instructor", "organiser", "admin")),
            new Route("organiser/seminars", org.sotcourseware.seminar.ui.SeminarsView.class, Set.of("instructor", "organiser", "admin")),
            new Route("organiser/seminars/1", org.sotcourseware.seminar.ui.SeminarView.class, Set.of("instructor", "organiser", "admin")),
            new Route("organiser/exams", org.sotcourseware.exam.ui.ExamsView.class, Set.of("organiser", "admin")),
            new Route("organiser/exams/1", org.sotcourseware.exam.ui.ExamView.class, Set.of("organiser", "admin")),
            new Route("examiner", org.sotcourseware.exam.ui.ExaminerView.class, Set.of("instructor", "organiser", "admin")),
            // the demo exam's station 1 is examined by the demo instructor (the exam is over: the page says scoring is closed)
            new Route("examiner/1/1", org.sotcourseware.exam.ui.StationQueueView.class, Set.of("instructor")),
            new Route("my-exams", org.sotcourseware.exam.ui.FeedbackView.class, SIGNED_IN),
            new Route("verify/ABCDE-FGHJK-MNPQR-STVWX", org.sotcourseware.certification.ui.VerifyView.class, Set.copyOf(USERS)),
            new Route("account/setup/not-a-token", org.sotcourseware.security.ui.AccountSetupView.class, Set.copyOf(USERS)),
            new Route("account/forgot", org.sotcourseware.security.ui.ForgotPasswordView.class, Set.copyOf(USERS)),
            new Route("account/second-factor", org.sotcourseware.security.ui.SecondFactorView.class,
                    Set.of("student", "instructor", "organiser", "admin")),
            new Route("admin/second-factor", org.sotcourseware.security.ui.SecondFactorAdminView.class, Set.of("admin")),
            new Route("account/data", org.sotcourseware.privacy.ui.MyDataView.class, Set.of("student", "instructor", "organiser", "admin")),
            new Route("admin/erasure", org.sotcourseware.privacy.ui.ErasureView.class, Set.of("admin")),
            new Route("login", LoginView.class, Set.copyOf(USERS)));

    @Autowired
    UserDetailsService userDetails;

    @Test
    @WithAnonymousUser
    void every_route_admits_exactly_the_users_it_should() {
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (Route route : ROUTES) {
            for (String user : USERS) {
                signInAs(user);
                Component view = navigate(route.path(), Component.class);
                String outcome;
                if (route.view().isInstance(view)) {
                    outcome = "shown";
                } else if (view instanceof LoginView) {
                    outcome = "login";
                } else if (view instanceof NotFoundView || view instanceof MissingView) {
                    outcome = "not found";
                } else {
                    outcome = view.getClass().getSimpleName();
                }
                outcomes.put(route.path() + " as " + user, outcome);
                String expected = route.allowed().contains(user) ? "shown" : user.equals(ANONYMOUS) ? "login" : "not found";
                assertThat(outcome).as(route.path() + " as " + user).isEqualTo(expected);
            }
        }
        assertThat(outcomes).hasSize(ROUTES.size() * USERS.size());
    }

    @Test
    @WithAnonymousUser
    void an_attempt_page_is_for_signed_in_users_and_only_for_the_attempts_owner() {
        navigate("modules/foundations/quiz/attempt/1", LoginView.class);
        signInAs("student");
        navigate("modules/foundations/quiz/attempt/999999", NotFoundView.class);
        navigate("modules/foundations/quiz/attempt/not-a-number", NotFoundView.class);
        navigate("modules/foundations/cases/no-such-case", MissingView.class);
    }

    @Test
    void every_route_in_the_app_is_in_the_matrix() {
        Set<String> known = Set.of("", "modules", "modules/:moduleId", "modules/:moduleId/:lessonId", "modules/:moduleId/quiz",
                "modules/:moduleId/quiz/attempt/:attemptId", "modules/:moduleId/cases", "modules/:moduleId/cases/:caseId",
                "students", "admin/users", "login", "admin/audit", "admin/backups", "admin/sign-in-locks", "authoring", "authoring/edit/:path*", "authoring/history/:path*",
                "authoring/transfer", "authoring/analysis/:moduleId?", "organiser", "organiser/eligibility", "organiser/students/:userId",
                "organiser/seminars", "organiser/seminars/:seminarId", "verify/:code?", "account/setup/:token",
                "account/forgot", "account/second-factor", "admin/second-factor",
                "account/data", "admin/erasure", "organiser/exams",
                "organiser/exams/:examId", "examiner", "examiner/:examId/:station", "examiner/:examId/:station/:candidate", "my-exams");
        var registered = com.vaadin.flow.router.RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(r -> r.getTemplate()).toList();
        assertThat(registered).as("routes; add new ones to ROUTES above and to this list").containsExactlyInAnyOrderElementsOf(known);
    }

    @Test
    @WithAnonymousUser
    void a_score_sheet_is_for_the_station_examiners_only_and_only_while_the_exam_runs() {
        navigate("examiner/1/1/1", LoginView.class);
        signInAs("student");
        navigate("examiner/1/1/1", NotFoundView.class);
        signInAs("organiser");
        navigate("examiner/1/1/1", NotFoundView.class); // not an examiner at station 1
        signInAs("instructor");
        // the examiner of station 1, but the demo exam is over: the sheet says why instead of opening
        var view = navigate("examiner/1/1/1", org.sotcourseware.exam.ui.ScoreSheetView.class);
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

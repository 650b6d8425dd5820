package org.sotcourseware.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.sotcourseware.authoring.AuthoringReadModel;
import org.sotcourseware.authoring.AuthoringService;
import org.sotcourseware.base.ui.Greeting;
import org.sotcourseware.certification.CertificationService;
import org.sotcourseware.security.UserAdminService;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The app's address greets each role on its own start page by first name: a student keeps the dashboard,
 * an instructor gets drafts and problems, an organiser seminars and certification standing, an admin users and
 * system health. The figures are checked against the services they come from.
 */
@IntegrationTest
class StartPagesTest extends SpringBrowserlessTest {

    @Autowired AuthoringService authoring;
    @Autowired CertificationService certification;
    @Autowired UserAdminService users;

    @Test
    @WithUserDetails("student")
    void a_student_keeps_the_dashboard_and_is_greeted_by_first_name() {
        Component view = navigate("", Component.class);
        assertThat(view.getClassNames()).contains("dashboard-page");
        assertThat($(H1.class).single().getText()).isEqualTo("Welcome back, Sam");
    }

    @Test
    @WithUserDetails("instructor")
    void an_instructor_lands_on_drafts_and_problems_greeted_by_name_not_title() {
        Component view = navigate("", Component.class);
        assertThat(view.getClassNames()).contains("teaching-start").doesNotContain("dashboard-page");
        assertThat($(H1.class).single().getText()).isEqualTo("Welcome back, Iris");
        assertThat(card("drafts")).isNotNull();
        AuthoringReadModel.Tree tree = authoring.tree();
        long withProblems = tree.modules().stream().flatMap(m -> m.files().stream()).filter(f -> f.errors() > 0).count();
        List<String> problemLinks = $(Anchor.class, card("problems")).all().stream().map(Anchor::getHref).toList();
        if (withProblems == 0) {
            assertThat(card("problems").getElement().getTextRecursively()).contains("No problems");
        } else {
            assertThat(problemLinks).isNotEmpty().allMatch(h -> h.startsWith("authoring/"));
        }
        assertThat($(Anchor.class).all().stream().map(Anchor::getText)).contains("Open authoring", "Item analysis");
    }

    @Test
    @WithUserDetails("organiser")
    void an_organiser_lands_on_upcoming_seminars_and_the_certification_standing() {
        Component view = navigate("", Component.class);
        assertThat(view.getClassNames()).contains("seminar-start");
        assertThat($(H1.class).single().getText()).isEqualTo("Welcome back, Olive");
        long running = certification.seminars().stream().filter(s -> !s.endsOn().isBefore(java.time.LocalDate.now())).count();
        assertThat($(Anchor.class, card("seminars")).all()).hasSize((int) running);
        String standing = card("standing").getElement().getTextRecursively();
        assertThat(standing).contains("SOT Proficiency").contains("certified").contains("eligible");
        assertThat($(Anchor.class).all().stream().map(Anchor::getText)).contains("Progress matrix", "Eligibility and certificates");
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_lands_on_users_and_system_health() {
        Component view = navigate("", Component.class);
        assertThat(view.getClassNames()).contains("admin-start");
        assertThat($(H1.class).single().getText()).isEqualTo("Welcome back, Alex");
        String usersCard = card("users").getElement().getTextRecursively();
        long students = users.list().stream().filter(u -> u.enabled() && u.hasRole("STUDENT")).count();
        assertThat(usersCard).contains("Student" + students).contains("Administrator");
        String health = card("health").getElement().getTextRecursively();
        assertThat(health).contains("Database OK").containsPattern("(Last backup|No backup yet)").doesNotContain("diskSpace");
        assertThat($(Anchor.class).all().stream().map(Anchor::getText)).contains("Manage users", "Backups");
    }

    @Test
    void a_greeting_uses_the_first_name_after_any_title() {
        assertThat(Greeting.welcomeBack("Dr Iris Instructor")).isEqualTo("Welcome back, Iris");
        assertThat(Greeting.firstName("Prof. Dr. Anna Berg")).isEqualTo("Anna");
        assertThat(Greeting.firstName("Dr")).isEqualTo("Dr");
        assertThat(Greeting.firstName("  Sam  Student ")).isEqualTo("Sam");
    }

    private Div card(String key) {
        return $(Div.class).all().stream().filter(d -> key.equals(d.getElement().getAttribute("data-card"))).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + key));
    }
}

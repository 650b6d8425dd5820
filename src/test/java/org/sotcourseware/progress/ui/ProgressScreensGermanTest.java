package org.sotcourseware.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.Learner;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** The student's dashboard and the staff's Students page and student record, in German, without a browser. */
@IntegrationTest
class ProgressScreensGermanTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired Learner learner;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void the_dashboard_speaks_german_with_activity_status_and_figures_in_german() {
        String student = users.newStudent("dashboard-de");
        users.signIn(student);
        learner.readAll("foundations");
        learner.takeQuiz("foundations", true);
        UI.getCurrent().setLocale(Locale.GERMAN);
        Component view = navigate("", Component.class);

        String text = view.getElement().getTextRecursively();
        assertThat(((HasDynamicTitle) view).getPageTitle()).isEqualTo("Mein Fortschritt · SOT Courseware");
        assertThat($(H1.class).single().getText()).startsWith("Willkommen");
        assertThat(text).contains("Ihr Curriculum", "von 12 Modulen abgeschlossen", "Weitermachen, wo Sie aufgehört haben", "Nächster Schritt",
                "Letzte Aktivitäten", "abgegeben (100\u00a0%, bestanden)")
                .doesNotContain("Continue where", "Recent activity", "!progress.");
        String cards = $(Anchor.class).withClassName("dashboard-module").all().stream()
                .map(a -> a.getElement().getProperty("innerHTML", "")).reduce("", String::concat);
        assertThat(cards).contains("Modul 1", "Bestes Quizergebnis 100&nbsp;%", "In Bearbeitung", "Gesperrt", "Nach Foundations of SOT").doesNotContain("In progress", "Locked");
    }

    @Test
    void the_students_page_and_a_student_record_speak_german() {
        String student = users.newStudent("students-de");
        users.signIn("instructor");
        UI.getCurrent().setLocale(Locale.GERMAN);
        Component view = navigate("students", Component.class);

        assertThat(((HasDynamicTitle) view).getPageTitle()).isEqualTo("Studierende · SOT Courseware");
        assertThat($(H1.class).single().getText()).isEqualTo("Studierende");
        TextField filter = $(TextField.class).withClassName("users-filter").single();
        assertThat(filter.getPlaceholder()).isEqualTo("Nach Name oder Benutzername suchen");
        test(filter).setValue(student);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).single();
        assertThat(test(grid).getHeaderCell(2)).isEqualTo("Abgeschlossene Module");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("0 von 12");
        assertThat(test(grid).getCellComponent(0, 1).getElement().getTextRecursively()).isEqualTo("0\u00a0%");

        test(grid).clickRow(0);
        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getElement().getTextRecursively()).contains("0 von 12 Modulen abgeschlossen · Curriculum 0\u00a0%", "Nicht begonnen",
                "Gesperrt", "Modul trotz fehlender Voraussetzungen freischalten");
        test($(Button.class).withText("Modul freischalten").single()).click();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Wählen Sie das Modul, das freigeschaltet werden soll.");
    }
}

package org.sotcourseware.handbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The handbook page in German, without building a PDF. */
@IntegrationTest
class GermanHandbookViewTest extends SpringBrowserlessTest {

    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    private void german(String who) {
        users.signIn(users.newStudent(who));
        VaadinSession.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void the_handbook_page_speaks_german() {
        german("handbook-de");
        jdbc.sql("delete from handbook_pdf where module_id = 'foundations'").update();
        HandbookView view = navigate("handbook/foundations", HandbookView.class);
        assertThat(find(Button.class).withClassName("build-handbook").single().getText()).isEqualTo("Handbuch erstellen");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Modulhandbuch (PDF)")
                .contains("Alle Lektionen des Moduls in einem PDF").contains("Lektionen mit ihren Abbildungen");
        assertThat(find(H1.class).single().getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(view.getPageTitle()).endsWith("· Handbuch – SOT Courseware");
    }

    @Test
    void a_locked_modules_handbook_page_says_so_in_german() {
        german("handbook-de-locked");
        navigate("handbook/category-one", HandbookView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Das Handbuch wird mit dem Modul freigeschaltet.");
        assertThat(find(Button.class).withClassName("build-handbook").all()).isEmpty();
    }
}

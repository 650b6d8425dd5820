package org.sotcourseware.seminar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.sotcourseware.seminar.SeminarReadModel;
import org.sotcourseware.seminar.SeminarService;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The seminar screens for a reader of German: list, one seminar's tabs, the seminar form's field errors. */
@IntegrationTest
class SeminarScreensGermanTest extends SpringBrowserlessTest {

    @Autowired SeminarService seminars;

    @Test
    @WithUserDetails("organiser")
    void the_seminar_list_and_the_new_seminar_form_speak_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        SeminarsView list = navigate(SeminarsView.class);
        assertThat(list.getElement().getTextRecursively()).contains("Seminare").contains("Neues Seminar").contains("Fortbildungsstunden")
                .doesNotContain("CE hours").doesNotContain("!seminar.");
        assertThat(list.getPageTitle()).isEqualTo("Seminare · SOT Courseware");
        test($(Button.class).withText("Neues Seminar").single()).click();
        Dialog dialog = $(Dialog.class).single();
        TextField title = $(TextField.class, dialog).withCaption("Titel").single();
        test(title).setValue("");
        test($(Button.class, dialog).withText("Seminar anlegen").single()).click();
        assertThat(title.getErrorMessage()).isEqualTo("Geben Sie dem Seminar einen Titel.");
    }

    @Test
    @WithUserDetails("organiser")
    void one_seminar_shows_participants_attendance_and_exams_in_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        SeminarReadModel.Summary s = seminars.list().stream().filter(x -> x.enrolled() > 0).findFirst().orElseThrow();
        Component view = navigate("organiser/seminars/" + s.id().value(), Component.class);
        assertThat(view.getElement().getTextRecursively()).contains("Teilnehmende").contains("Anwesenheit").contains("Prüfungsergebnisse")
                .contains("Fortbildungsstunden pro Tag").contains("Studierende aus CSV importieren").doesNotContain("!seminar.");
        $(Tabs.class).first().setSelectedIndex(1);
        assertThat(view.getElement().getTextRecursively()).contains("Alle noch nicht Erfassten als anwesend markieren");
        $(Tabs.class).first().setSelectedIndex(2);
        assertThat(view.getElement().getTextRecursively()).contains("Prüfungsergebnis erfassen");
    }
}

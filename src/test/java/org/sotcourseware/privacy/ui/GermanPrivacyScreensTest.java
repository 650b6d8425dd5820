package org.sotcourseware.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.security.UserSummary;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** "My data" and the erasure page in German, including the erasure plan the service writes. */
@IntegrationTest
class GermanPrivacyScreensTest extends SpringBrowserlessTest {

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    @WithUserDetails("student")
    void my_data_speaks_german() {
        MyDataView view = navigate(MyDataView.class);
        assertThat(view.getPageTitle()).isEqualTo("Meine Daten · SOT Courseware");
        assertThat($(H1.class).single().getText()).isEqualTo("Meine Daten");
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).contains("Alles herunterladen (JSON)");
        assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain("!privacy.");
    }

    @Test
    @WithUserDetails("admin")
    void the_erasure_page_and_its_plan_speak_german() {
        ErasureView view = navigate(ErasureView.class);
        assertThat(view.getPageTitle()).isEqualTo("Studierende löschen · SOT Courseware");
        @SuppressWarnings("unchecked")
        ComboBox<UserSummary> student = $(ComboBox.class).single();
        UserSummary demo = student.getListDataView().getItems().filter(u -> u.username().equals("student")).findFirst().orElseThrow();
        test(student).selectItem(student.getItemLabelGenerator().apply(demo));
        test($(Button.class).withText("Anzeigen, was das Löschen bewirkt").single()).click();
        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo(demo.displayName() + " löschen?");
        assertThat($(ListItem.class, dialog).first().getText()).contains("werden durch „erased-", "nicht rückgängig machen");
        test($(Button.class, dialog).withText(demo.displayName() + " löschen").single()).click();
        TextField typed = $(TextField.class, dialog).single();
        assertThat(typed.getErrorMessage()).as("the service's refusal, in German")
                .isEqualTo("Geben Sie zur Bestätigung der Löschung den Benutzernamen student ein.");
        dialog.close();
    }
}

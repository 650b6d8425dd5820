package org.sotcourseware.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.sotcourseware.base.ui.Toasts;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The new-user form shows each problem beside its field, including the one only the service knows (a taken username). */
@IntegrationTest
class NewUserFormTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void problems_show_beside_their_fields_and_a_taken_username_beside_the_username() {
        navigate(UsersView.class);
        test($(Button.class).withText("New user").single()).click();
        Dialog dialog = $(Dialog.class).single();
        TextField name = $(TextField.class, dialog).withCaption("Full name").single();
        TextField username = $(TextField.class, dialog).withCaption("Username").single();
        EmailField email = $(EmailField.class, dialog).withCaption("Email (optional)").single();
        test(username).setValue("x");
        test(email).setValue("not-an-address");
        test($(Button.class, dialog).withText("Create user").single()).click();
        assertThat(name.getErrorMessage()).isEqualTo("Enter the person's name.");
        assertThat(username.getErrorMessage()).isEqualTo("3 to 100 letters, digits, dots, hyphens or underscores");
        assertThat(email.getErrorMessage()).startsWith("Enter an email address");
        assertThat(dialog.isOpened()).isTrue();

        test(name).setValue("Another Student");
        test(username).setValue("student"); // taken by the demo student
        test(email).setValue("");
        test($(com.vaadin.flow.component.textfield.PasswordField.class, dialog).single()).setValue("a-long-and-unusual-secret-42");
        test($(Button.class, dialog).withText("Create user").single()).click();
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("The username 'student' is already taken.");
        assertThat($(Notification.class).all()).as("no toast for a problem shown beside its field").isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void a_success_closes_error_toasts_left_from_earlier_tries() {
        navigate(UsersView.class);
        Toasts.error("An earlier problem");
        assertThat($(Notification.class).all()).anyMatch(Notification::isOpened);
        Toasts.success("Saved.");
        assertThat($(Notification.class).all().stream().filter(Notification::isOpened)
                .filter(n -> n.getThemeNames().contains("error")).toList()).isEmpty();
    }
}

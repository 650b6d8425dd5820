package org.sotcourseware.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.MyAccountService;
import org.sotcourseware.security.Roles;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The security screens in German: every word from the German bundle, none of it English, no missing key. */
@IntegrationTest
class GermanScreensTest extends SpringBrowserlessTest {

    @Autowired
    MyAccountService myAccount;
    @Autowired
    CurrentUser currentUser;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    private static String title(Object view) {
        return ((HasDynamicTitle) view).getPageTitle();
    }

    private void noMissingKey() {
        assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain("!security.", "!privacy.", "!base.");
    }

    @Test
    @WithAnonymousUser
    void the_sign_in_page_speaks_german_with_the_demo_accounts_and_a_language_switch() {
        navigate(ForgotPasswordView.class); // the sign-in page the test began on was made in English: open a new one
        LoginView view = navigate(LoginView.class);
        assertThat(title(view)).isEqualTo("Anmelden · SOT Courseware");
        LoginForm form = $(LoginForm.class).single();
        String i18n = String.valueOf(form.getElement().getPropertyRaw("i18n"));
        assertThat(i18n).contains("\"Anmelden\"", "\"Benutzername\"", "\"Passwort\"", "\"Passwort vergessen?\"",
                "Benutzername oder Passwort stimmen nicht").doesNotContain("Log in", "Username");
        assertThat($(H2.class).single().getText()).isEqualTo("Demo-Konten");
        assertThat($(Span.class).withClassName("demo-account-role").all()).extracting(Span::getText)
                .contains("Studierende", "Lehrende", "Seminarorganisation", "Administration");
        assertThat($(Span.class).all()).extracting(Span::getText).contains("Module", "Kategorien", "Zertifizierungswege");
        assertThat($(Button.class).withClassName("login-language").all()).extracting(Button::getText).containsExactly("English", "Deutsch");
        assertThat($(Button.class).withText("Deutsch").single().getElement().getAttribute("aria-current")).isEqualTo("true");
        noMissingKey();
    }

    @Test
    @WithAnonymousUser
    void the_language_switch_sets_the_language_of_the_visit() {
        navigate(ForgotPasswordView.class);
        navigate(LoginView.class);
        test($(Button.class).withText("English").single()).click();
        assertThat(UI.getCurrent().getSession().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    @WithAnonymousUser
    void a_paused_sign_in_is_explained_in_german_with_the_minutes_in_the_right_number() {
        navigate(LoginView.class);
        // the pause's words as the form shows them after a locked sign-in
        assertThat(getTranslation("security.login.locked-text", 1)).contains("in einer Minute erneut");
        assertThat(getTranslation("security.login.locked-text", 5)).contains("in 5 Minuten erneut");
    }

    private static String getTranslation(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    @Test
    @WithAnonymousUser
    void forgot_password_and_a_dead_set_up_link_speak_german() {
        ForgotPasswordView forgot = navigate(ForgotPasswordView.class);
        assertThat(title(forgot)).isEqualTo("Passwort vergessen · SOT Courseware");
        assertThat($(H1.class).single().getText()).isEqualTo("Passwort vergessen?");
        noMissingKey();

        AccountSetupView setup = navigate("account/setup/no-such-token", AccountSetupView.class);
        assertThat(title(setup)).isEqualTo("Passwort wählen · SOT Courseware");
        assertThat($(H1.class).single().getText()).isEqualTo("Dieser Link funktioniert nicht");
        noMissingKey();
    }

    @Test
    @WithUserDetails("admin")
    void the_users_page_and_its_new_user_form_speak_german() {
        UsersView view = navigate(UsersView.class);
        assertThat(title(view)).isEqualTo("Benutzerkonten · SOT Courseware");
        assertThat($(H1.class).single().getText()).isEqualTo("Benutzerkonten");
        test($(Button.class).withText("Neues Konto").single()).click();
        Dialog dialog = $(Dialog.class).single();
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> roles = $(CheckboxGroup.class, dialog).single();
        assertThat(roles.getLabel()).isEqualTo("Rollen");
        assertThat(roles.getItemLabelGenerator().apply(Roles.ADMIN)).isEqualTo("Administration");
        assertThat(roles.getItemLabelGenerator().apply(Roles.STUDENT)).isEqualTo("Studierende");
        TextField name = $(TextField.class, dialog).withCaption("Vollständiger Name").single();
        test($(Button.class, dialog).withText("Konto anlegen").single()).click();
        assertThat(name.getErrorMessage()).isEqualTo("Geben Sie den Namen der Person ein.");

        test(name).setValue("Neue Person");
        test($(TextField.class, dialog).withCaption("Benutzername").single()).setValue("student"); // taken
        test($(PasswordField.class, dialog).single()).setValue("ein-langes-und-seltenes-geheimnis");
        test($(Button.class, dialog).withText("Konto anlegen").single()).click();
        assertThat($(TextField.class, dialog).withCaption("Benutzername").single().getErrorMessage())
                .as("the service's refusal, in German").isEqualTo("Der Benutzername „student“ ist bereits vergeben.");
        noMissingKey();
    }

    @Test
    @WithUserDetails("admin")
    void the_sign_in_locks_and_two_step_administration_speak_german() {
        SignInLocksView locks = navigate(SignInLocksView.class);
        assertThat(title(locks)).isEqualTo("Anmeldesperren · SOT Courseware");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).anyMatch(t -> t.startsWith("Nach 5 fehlgeschlagenen Anmeldungen"));
        noMissingKey();

        SecondFactorAdminView admin = navigate(SecondFactorAdminView.class);
        assertThat(title(admin)).isEqualTo("Zweistufige Anmeldung · SOT Courseware");
        assertThat($(Checkbox.class).all()).extracting(Checkbox::getLabel).containsExactly("Lehrende", "Seminarorganisation", "Administration");
        assertThat($(Grid.class).single().getColumns()).extracting(c -> ((Grid.Column<?>) c).getHeaderText()).contains("Zweiter Faktor");
        noMissingKey();
    }

    @Test
    @WithUserDetails("instructor")
    void the_two_step_set_up_speaks_german() {
        SecondFactorView view = navigate(SecondFactorView.class);
        assertThat(title(view)).isEqualTo("Zweistufige Anmeldung · SOT Courseware");
        assertThat($(H1.class).single().getText()).isEqualTo("Zweistufige Anmeldung einrichten");
        noMissingKey();
    }

    @Test
    @WithUserDetails("student")
    void the_account_dialogs_speak_german() {
        MyAccountDialogs.sessions(myAccount).open();
        assertThat($(Dialog.class).single().getHeaderTitle()).isEqualTo("Wo Sie angemeldet sind");
        assertThat($(Paragraph.class).withClassName("session-facts").all()).extracting(Paragraph::getText)
                .allMatch(t -> t.startsWith("Von ") && t.contains("angemeldet am"));
        $(Dialog.class).single().close();

        Dialog change = MyAccountDialogs.changePassword(myAccount, currentUser.require());
        change.open();
        assertThat(change.getHeaderTitle()).isEqualTo("Passwort ändern");
        NewPasswordField fresh = $(NewPasswordField.class, change).single();
        assertThat(fresh.hintText()).isEqualTo("Mindestens 12 Zeichen, beliebige Zeichen erlaubt; einige Wörter, die nicht zusammengehören, "
                + "eignen sich gut.");
        test(fresh).setValue("kurz");
        assertThat(fresh.hintText()).startsWith("Nicht zulässig. Das Passwort muss mindestens 12 Zeichen haben (es hat 4).");
        test(fresh).setValue("ein-langes-und-seltenes-geheimnis");
        test($(PasswordField.class, change).withCaption("Das neue Passwort noch einmal").single()).setValue("ein-anderes-geheimnis");
        test($(Button.class, change).withText("Passwort ändern").single()).click();
        assertThat($(PasswordField.class, change).withCaption("Das neue Passwort noch einmal").single().getErrorMessage())
                .isEqualTo("Die beiden neuen Passwörter stimmen nicht überein.");
        noMissingKey();
    }
}

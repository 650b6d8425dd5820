package org.sotcourseware.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.base.ui.Destination;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.security.AccountProvisioning;
import org.sotcourseware.security.UserAdminService;

/**
 * Where a student whose account an organiser created chooses their password, through the one-time link
 * the organiser passed on. An unknown, used or expired link says so and nothing else.
 */
@Route(value = "account/setup/:token", autoLayout = false)
@PageTitle("Choose your password · SOT Courseware")
@AnonymousAllowed
class AccountSetupView extends Main implements BeforeEnterObserver {

    private final AccountProvisioning accounts;

    public AccountSetupView(AccountProvisioning accounts) {
        this.accounts = accounts;
        addClassNames("status-page", "setup-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        Div card = new Div();
        card.addClassName("status-card");
        var link = accounts.linkFor(token);
        if (link.isEmpty()) {
            card.add(new H1("This link does not work"), new Paragraph("It has expired or was already used. Ask for a new one with "
                    + "\"Forgot your password?\" on the sign-in page (or ask your seminar organiser), or sign in if you have already chosen "
                    + "a password."), Links.to(Destination.of(ForgotPasswordView.class), "Forgot your password?"),
                    Links.to(SecurityNavigation.login(), "Go to sign in"));
            add(card);
            return;
        }
        NewPasswordField password = new NewPasswordField("New password").withPersonalWords(java.util.List.of(link.get().name()));
        password.setWidthFull();
        PasswordField again = new PasswordField("The same password again");
        again.setMaxLength(TextLimits.PASSWORD);
        again.setWidthFull();
        Button save = new Button("Set my password", e -> {
            if (!password.getValue().equals(again.getValue())) {
                again.setInvalid(true);
                again.setErrorMessage("The two passwords are not the same.");
                return;
            }
            try {
                String username = accounts.completeSetup(token, password.getValue());
                card.removeAll();
                card.add(new H1("Your password is set"), new Paragraph("Sign in with the username " + username + " and your new password."),
                        Links.to(SecurityNavigation.login(), "Sign in"));
            } catch (UserAdminService.InvalidUserException ex) {
                password.setInvalid(true);
                password.setErrorMessage(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(new H1(link.get().reset() ? "Choose a new password, " + link.get().name() : "Welcome, " + link.get().name()),
                new Paragraph(link.get().reset() ? "Choose the new password for your SOT Courseware account. The link works once."
                        : "Choose the password for your SOT Courseware account."), password, again,
                new Div(save));
        add(card);
    }
}

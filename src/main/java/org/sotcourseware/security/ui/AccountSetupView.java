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
import com.vaadin.flow.router.HasDynamicTitle;
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
@AnonymousAllowed
class AccountSetupView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountProvisioning accounts;

    public AccountSetupView(AccountProvisioning accounts) {
        this.accounts = accounts;
        addClassNames("status-page", "setup-page");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.setup.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse(""); // not UI text: a route parameter
        removeAll();
        Div card = new Div();
        card.addClassName("status-card");
        var link = accounts.linkFor(token);
        if (link.isEmpty()) {
            card.add(new H1(getTranslation("security.setup.link-dead-title")), new Paragraph(getTranslation("security.setup.link-dead-text")),
                    Links.to(Destination.of(ForgotPasswordView.class), getTranslation("security.setup.forgot")),
                    Links.to(SecurityNavigation.login(), getTranslation("security.setup.go-to-sign-in")));
            add(card);
            return;
        }
        NewPasswordField password = new NewPasswordField(getTranslation("security.setup.new-password"))
                .withPersonalWords(java.util.List.of(link.get().name()));
        password.setWidthFull();
        PasswordField again = new PasswordField(getTranslation("security.setup.again"));
        again.setMaxLength(TextLimits.PASSWORD);
        again.setWidthFull();
        Button save = new Button(getTranslation("security.setup.save"), e -> {
            if (!password.getValue().equals(again.getValue())) {
                again.setInvalid(true);
                again.setErrorMessage(getTranslation("security.setup.not-the-same"));
                return;
            }
            try {
                String username = accounts.completeSetup(token, password.getValue());
                card.removeAll();
                card.add(new H1(getTranslation("security.setup.done-title")), new Paragraph(getTranslation("security.setup.done-text", username)),
                        Links.to(SecurityNavigation.login(), getTranslation("security.setup.sign-in")));
            } catch (UserAdminService.InvalidUserException ex) {
                password.setInvalid(true);
                password.setErrorMessage(ex.message().in(getLocale()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean reset = link.get().reset();
        card.add(new H1(getTranslation(reset ? "security.setup.reset-title" : "security.setup.welcome-title", link.get().name())),
                new Paragraph(getTranslation(reset ? "security.setup.reset-text" : "security.setup.welcome-text")), password, again,
                new Div(save));
        add(card);
    }
}

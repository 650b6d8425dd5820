package org.sotcourseware.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.security.PasswordReset;

/**
 * "Forgot password": asks for an email address or username and always answers the same way, so the page
 * cannot be used to learn who has an account. Without an SMTP server it says to ask an administrator.
 */
@Route(value = "account/forgot", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends Main implements HasDynamicTitle {

    public ForgotPasswordView(PasswordReset reset) {
        addClassNames("status-page", "setup-page");
        Div card = new Div();
        card.addClassName("status-card");
        add(card);
        if (!reset.available()) {
            card.add(new H1(getTranslation("security.forgot.title")), new Paragraph(getTranslation("security.forgot.no-mail")),
                    backToSignIn());
            return;
        }
        TextField who = new TextField(getTranslation("security.forgot.who"));
        who.setMaxLength(TextLimits.EMAIL);
        who.setWidthFull();
        who.setAutofocus(true);
        Button send = new Button(getTranslation("security.forgot.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            if (who.getValue().isBlank()) {
                who.setInvalid(true);
                who.setErrorMessage(getTranslation("security.forgot.who-missing"));
                return;
            }
            VaadinRequest request = VaadinRequest.getCurrent();
            reset.request(who.getValue(), request == null ? "unknown" : request.getRemoteAddr()); // not UI text: an audit value
            card.removeAll();
            Paragraph sent = new Paragraph(getTranslation("security.forgot.sent"));
            sent.addClassName("reset-sent");
            card.add(new H1(getTranslation("security.forgot.check-email")), sent, backToSignIn());
        });
        send.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        card.add(new H1(getTranslation("security.forgot.title")), new Paragraph(getTranslation("security.forgot.intro")), who, new Div(send),
                backToSignIn());
    }

    private com.vaadin.flow.component.html.Anchor backToSignIn() {
        return Links.to(SecurityNavigation.login(), getTranslation("security.forgot.back"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.forgot.page-title");
    }
}

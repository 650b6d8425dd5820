package org.sotcourseware.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Forgot your password · SOT Courseware")
@AnonymousAllowed
class ForgotPasswordView extends Main {

    static final String SENT = "If an account has that email address or username, we have sent a link to its email address. "
            + "It works once, for one hour. Nothing arrived? Check the spam folder, or wait a few minutes and ask again.";

    public ForgotPasswordView(PasswordReset reset) {
        addClassNames("status-page", "setup-page");
        Div card = new Div();
        card.addClassName("status-card");
        add(card);
        if (!reset.available()) {
            card.add(new H1("Forgot your password?"), new Paragraph("This server cannot send email, so ask an administrator to "
                    + "reset your password (students: ask your seminar organiser)."), Links.to(SecurityNavigation.login(), "Back to sign in"));
            return;
        }
        TextField who = new TextField("Email address or username");
        who.setMaxLength(TextLimits.EMAIL);
        who.setWidthFull();
        who.setAutofocus(true);
        Button send = new Button("Send me a link");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            if (who.getValue().isBlank()) {
                who.setInvalid(true);
                who.setErrorMessage("Enter your email address or username.");
                return;
            }
            VaadinRequest request = VaadinRequest.getCurrent();
            reset.request(who.getValue(), request == null ? "unknown" : request.getRemoteAddr());
            card.removeAll();
            Paragraph sent = new Paragraph(SENT);
            sent.addClassName("reset-sent");
            card.add(new H1("Check your email"), sent, Links.to(SecurityNavigation.login(), "Back to sign in"));
        });
        send.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        card.add(new H1("Forgot your password?"), new Paragraph("Enter the email address or username of your account. We email a link "
                + "with which you choose a new password."), who, new Div(send), Links.to(SecurityNavigation.login(), "Back to sign in"));
    }
}

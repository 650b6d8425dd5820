package org.sotcourseware.security.ui;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.SecondFactor;
import org.sotcourseware.security.SecondFactorGate;
import org.sotcourseware.security.UserAdminService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two-step sign-in: after the password, the code from the authenticator app (or a recovery code); for
 * staff whose role requires a second factor and who have none, setting up the app first (QR code and a
 * first code, then ten recovery codes shown once); and, for staff who have one, new recovery codes or
 * removing it.
 */
@Route(value = SecondFactor.ROUTE, autoLayout = false)
@PageTitle("Two-step sign-in · SOT Courseware")
@PermitAll
class SecondFactorView extends Main implements BeforeEnterObserver {

    private final SecondFactor secondFactor;
    private final CurrentUser currentUser;
    private final UserDetailsService users;
    private final ObjectProvider<SecurityContextHolderStrategy> strategy;
    private final AuthenticationContext auth;
    private final Div card = new Div();

    public SecondFactorView(SecondFactor secondFactor, CurrentUser currentUser, UserDetailsService users,
                            ObjectProvider<SecurityContextHolderStrategy> strategy, AuthenticationContext auth) {
        this.secondFactor = secondFactor;
        this.currentUser = currentUser;
        this.users = users;
        this.strategy = strategy;
        this.auth = auth;
        addClassNames("status-page", "setup-page", "second-factor-page");
        card.addClassName("status-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        card.removeAll();
        SecondFactor.Step step = pendingStep();
        SecondFactor.Status status = secondFactor.status();
        if (step == SecondFactor.Step.VERIFY) {
            verify();
        } else if (step == SecondFactor.Step.ENROL || (status.offered() && !status.enrolled())) {
            enrol(step == SecondFactor.Step.ENROL);
        } else if (status.enrolled()) {
            manage(status);
        } else {
            card.add(new H1("Two-step sign-in"), new Paragraph("A second factor is for instructors, organisers and administrators."),
                    Links.to(".", "Back"));
        }
    }

    private SecondFactor.Step pendingStep() {
        return SecondFactorGate.stepOf(VaadinSession.getCurrent().getSession().getAttribute(SecondFactorGate.stateAttribute()),
                currentUser.get().map(u -> u.username()).orElse(null));
    }

    private TextField codeField(String label) {
        TextField code = new TextField(label);
        code.setMaxLength(60);
        code.setWidthFull();
        code.setAutofocus(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.addClassName("second-factor-code");
        return code;
    }

    private Button signOut() {
        Button out = new Button("Sign out", e -> auth.logout());
        out.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return out;
    }

    private void verify() {
        TextField code = codeField("Code from your authenticator app");
        code.setHelperText("Lost your phone? Type one of your recovery codes instead. None left? Ask an administrator to reset your "
                + "second factor.");
        Button go = new Button("Continue", e -> {
            if (secondFactor.verify(code.getValue())) {
                done();
            } else {
                code.setInvalid(true);
                code.setErrorMessage("That code is not right, or was already used. Type the six digits the app shows now.");
            }
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickShortcut(Key.ENTER);
        card.add(new H1("Two-step sign-in"), new Paragraph("Open your authenticator app and type the code it shows for SOT Courseware."),
                code, new Div(go, signOut()));
    }

    private void enrol(boolean required) {
        SecondFactor.Enrolment e;
        try {
            e = secondFactor.begin();
        } catch (UserAdminService.InvalidUserException ex) {
            card.add(new H1("Two-step sign-in"), new Paragraph(ex.getMessage()), Links.to(".", "Back"));
            return;
        }
        byte[] png = e.qrPng();
        Image qr = new Image(DownloadHandler.fromInputStream(ev -> new DownloadResponse(new ByteArrayInputStream(png), "qr.png", "image/png",
                png.length)), "QR code to scan with an authenticator app");
        qr.addClassName("second-factor-qr");
        Span secret = new Span(e.secret().replaceAll("(.{4})", "$1 ").strip());
        secret.addClassName("code-snippet");
        secret.addClassName("second-factor-secret");
        TextField code = codeField("The six digits the app now shows");
        Button confirm = new Button("Turn on two-step sign-in", ev -> {
            try {
                List<String> codes = secondFactor.confirm(code.getValue());
                showRecoveryCodes(codes);
            } catch (UserAdminService.InvalidUserException ex) {
                code.setInvalid(true);
                code.setErrorMessage(ex.getMessage());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(new H1("Set up two-step sign-in"),
                new Paragraph(required ? "Your role requires a second factor: an authenticator app on your phone (for example Google "
                        + "Authenticator, Microsoft Authenticator, 1Password or FreeOTP). Set it up now to go on."
                        : "Add an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator, 1Password or "
                        + "FreeOTP): signing in then needs your password and a code from the app."),
                new Paragraph("1. In the app, add an account and scan this QR code:"), qr,
                new Paragraph("or type this key: "), secret,
                new Paragraph("2. Type the code the app shows:"), code, new Div(confirm, required ? signOut() : Links.to(".", "Not now")));
    }

    private void showRecoveryCodes(List<String> codes) {
        card.removeAll();
        OrderedList list = new OrderedList();
        list.addClassName("recovery-codes");
        codes.forEach(c -> list.add(new ListItem(c)));
        byte[] text = (String.join("\n", codes) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var download = Links.to(".", "Download them as a text file");
        download.setHref(DownloadHandler.fromInputStream(ev -> new DownloadResponse(new ByteArrayInputStream(text),
                "sot-courseware-recovery-codes.txt", "text/plain", text.length)));
        download.getElement().setAttribute("download", true);
        Button go = new Button("I have kept them: continue", e -> done());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(new H1("Keep your recovery codes"), new Paragraph("If you lose your phone, each of these codes signs you in once instead of "
                + "a code from the app. Keep them somewhere safe (a password manager, or printed). They are shown only now."), list, download,
                new Div(go));
    }

    private void manage(SecondFactor.Status status) {
        TextField code = codeField("A code from your app, to confirm");
        Div result = new Div();
        Button renew = new Button("New recovery codes", e -> {
            try {
                showRecoveryCodes(secondFactor.renewRecoveryCodes(code.getValue()));
            } catch (UserAdminService.InvalidUserException ex) {
                code.setInvalid(true);
                code.setErrorMessage(ex.getMessage());
            }
        });
        Button remove = new Button("Remove the authenticator app", e -> {
            try {
                secondFactor.remove(code.getValue());
                card.removeAll();
                card.add(new H1("Two-step sign-in is off"), new Paragraph("Signing in needs only your password now."), Links.to(".", "Back"));
            } catch (UserAdminService.InvalidUserException ex) {
                code.setInvalid(true);
                code.setErrorMessage(ex.getMessage());
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.setVisible(!status.required());
        card.add(new H1("Two-step sign-in is on"), new Paragraph("Signing in needs your password and a code from your authenticator app. "
                + status.recoveryCodesLeft() + " of " + SecondFactor.RECOVERY_CODES + " recovery codes are unused."
                + (status.required() ? " Your role requires it." : "")), code, new Div(renew, remove), result, Links.to(".", "Back"));
    }

    private void done() {
        if (pendingStep() != SecondFactor.Step.NONE) {
            var session = VaadinSession.getCurrent().getSession();
            SecondFactorGate.passed(SecondFactorGate.strategy(strategy), users, session::setAttribute);
        }
        UI.getCurrent().navigate("");
    }
}

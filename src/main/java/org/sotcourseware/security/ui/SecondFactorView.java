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
import com.vaadin.flow.router.HasDynamicTitle;
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
@PermitAll
class SecondFactorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

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
            card.add(new H1(getTranslation("security.two-step.title")), new Paragraph(getTranslation("security.second-factor.staff-only")),
                    back());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.two-step.page-title");
    }

    private com.vaadin.flow.component.html.Anchor back() {
        return Links.to(".", getTranslation("security.two-step.back"));
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
        code.getElement().setAttribute("autocomplete", "one-time-code"); // not UI text: an autofill token
        code.addClassName("second-factor-code");
        return code;
    }

    private Button signOut() {
        Button out = new Button(getTranslation("security.two-step.sign-out"), e -> auth.logout());
        out.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return out;
    }

    private void verify() {
        TextField code = codeField(getTranslation("security.two-step.code"));
        code.setHelperText(getTranslation("security.two-step.code-help"));
        Button go = new Button(getTranslation("security.two-step.continue"), e -> {
            if (secondFactor.verify(code.getValue())) {
                done();
            } else {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation("security.two-step.code-wrong"));
            }
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickShortcut(Key.ENTER);
        card.add(new H1(getTranslation("security.two-step.title")), new Paragraph(getTranslation("security.two-step.verify-intro")),
                code, new Div(go, signOut()));
    }

    private void enrol(boolean required) {
        SecondFactor.Enrolment e;
        try {
            e = secondFactor.begin();
        } catch (UserAdminService.InvalidUserException ex) {
            card.add(new H1(getTranslation("security.two-step.title")), new Paragraph(ex.message().in(getLocale())), back());
            return;
        }
        byte[] png = e.qrPng();
        Image qr = new Image(DownloadHandler.fromInputStream(ev -> new DownloadResponse(new ByteArrayInputStream(png), "qr.png", "image/png",
                png.length)), getTranslation("security.two-step.qr-alt"));
        qr.addClassName("second-factor-qr");
        Span secret = new Span(e.secret().replaceAll("(.{4})", "$1 ").strip());
        secret.addClassName("code-snippet");
        secret.addClassName("second-factor-secret");
        TextField code = codeField(getTranslation("security.two-step.first-code"));
        Button confirm = new Button(getTranslation("security.two-step.turn-on"), ev -> {
            try {
                List<String> codes = secondFactor.confirm(code.getValue());
                showRecoveryCodes(codes);
            } catch (UserAdminService.InvalidUserException ex) {
                code.setInvalid(true);
                code.setErrorMessage(ex.message().in(getLocale()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(new H1(getTranslation("security.two-step.set-up-title")),
                new Paragraph(getTranslation(required ? "security.two-step.set-up-required" : "security.two-step.set-up-optional")),
                new Paragraph(getTranslation("security.two-step.step-scan")), qr,
                new Paragraph(getTranslation("security.two-step.or-type")), secret,
                new Paragraph(getTranslation("security.two-step.step-code")), code,
                new Div(confirm, required ? signOut() : Links.to(".", getTranslation("security.two-step.not-now"))));
    }

    private void showRecoveryCodes(List<String> codes) {
        card.removeAll();
        OrderedList list = new OrderedList();
        list.addClassName("recovery-codes");
        codes.forEach(c -> list.add(new ListItem(c)));
        byte[] text = (String.join("\n", codes) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var download = Links.to(".", getTranslation("security.two-step.download"));
        download.setHref(DownloadHandler.fromInputStream(ev -> new DownloadResponse(new ByteArrayInputStream(text),
                "sot-courseware-recovery-codes.txt", "text/plain", text.length))); // not UI text: a file name
        download.getElement().setAttribute("download", true);
        Button go = new Button(getTranslation("security.two-step.kept"), e -> done());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(new H1(getTranslation("security.two-step.codes-title")), new Paragraph(getTranslation("security.two-step.codes-text")), list,
                download, new Div(go));
    }

    private void manage(SecondFactor.Status status) {
        TextField code = codeField(getTranslation("security.two-step.confirm-code"));
        Div result = new Div();
        Button renew = new Button(getTranslation("security.two-step.renew"), e -> {
            try {
                showRecoveryCodes(secondFactor.renewRecoveryCodes(code.getValue()));
            } catch (UserAdminService.InvalidUserException ex) {
                code.setInvalid(true);
                code.setErrorMessage(ex.message().in(getLocale()));
            }
        });
        Button remove = new Button(getTranslation("security.two-step.remove"), e -> {
            try {
                secondFactor.remove(code.getValue());
                card.removeAll();
                card.add(new H1(getTranslation("security.two-step.off-title")), new Paragraph(getTranslation("security.two-step.off-text")), back());
            } catch (UserAdminService.InvalidUserException ex) {
                code.setInvalid(true);
                code.setErrorMessage(ex.message().in(getLocale()));
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.setVisible(!status.required());
        card.add(new H1(getTranslation("security.two-step.on-title")), new Paragraph(getTranslation("security.two-step.on-text",
                status.recoveryCodesLeft(), SecondFactor.RECOVERY_CODES, status.required() ? 1 : 0)), code, new Div(renew, remove), result, back());
    }

    private void done() {
        if (pendingStep() != SecondFactor.Step.NONE) {
            var session = VaadinSession.getCurrent().getSession();
            SecondFactorGate.passed(SecondFactorGate.strategy(strategy), users, session::setAttribute);
        }
        UI.getCurrent().navigate("");
    }
}

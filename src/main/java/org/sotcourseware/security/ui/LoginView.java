package org.sotcourseware.security.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.DemoProperties;
import org.sotcourseware.base.Locales;
import org.sotcourseware.security.DemoAccounts;
import org.sotcourseware.security.LoginPage;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.SignInLockedException;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page. In demo mode it lists the demo accounts and their passwords. A signed-out visitor can switch the
 * language for this visit ("English · Deutsch"); once signed in, the language stored with the account wins.
 */
@Route(value = LoginPage.ROUTE, autoLayout = false)
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView(DemoProperties demo) {
        addClassName("login-page");

        Div brand = new Div();
        brand.addClassName("login-brand");
        Span mark = new Span();
        mark.addClassName("brand-mark");
        mark.addClassName("brand-mark-large");
        H1 title = new H1(getTranslation("security.login.product"));
        Paragraph tagline = new Paragraph(getTranslation("security.login.tagline"));
        tagline.addClassName("login-tagline");
        Div facts = new Div();
        facts.addClassName("login-facts");
        facts.add(fact(12, "security.login.fact-modules"), fact(3, "security.login.fact-categories"),
                fact(3, "security.login.fact-tracks"));
        brand.add(mark, title, tagline, facts);

        Div panel = new Div();
        panel.addClassName("login-panel");
        form.setI18n(i18n(null));
        form.setAction(LoginPage.ROUTE);
        // "Forgot password" opens its own page (ForgotPasswordView), which answers the same whoever asks
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> form.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        panel.add(languages(), form);
        if (demo.enabled()) {
            panel.add(demoAccounts());
        }
        add(brand, panel);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.page-title");
    }

    /**
     * "English · Deutsch": each language in its own name; a click sets the language for this visit (the Vaadin
     * session's) and reloads the page in it.
     */
    private Div languages() {
        Div box = new Div();
        box.addClassName("login-languages");
        // styled here, not in the app stylesheet: a change there needs a rebuilt production bundle
        box.getStyle().set("display", "flex").set("align-items", "center").set("justify-content", "flex-end").set("gap", "0.2rem")
                .set("width", "min(360px, 100%)").set("color", "var(--sot-text-muted)");
        box.getElement().setAttribute("role", "group");
        box.getElement().setAttribute("aria-label", getTranslation("security.login.language"));
        Locale current = Locales.closest(getLocale());
        for (Locale language : Locales.SUPPORTED) {
            if (box.getComponentCount() > 0) {
                Span dot = new Span("·");
                dot.getElement().setAttribute("aria-hidden", "true");
                box.add(dot);
            }
            Button pick = new Button(Locales.nativeName(language), e -> switchTo(language));
            pick.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            pick.addClassName("login-language");
            pick.getElement().setAttribute("lang", language.getLanguage());
            if (language.equals(current)) {
                pick.getElement().setAttribute("aria-current", "true"); // not UI text: an ARIA state
                pick.getStyle().set("font-weight", "700").set("text-decoration", "underline");
            }
            box.add(pick);
        }
        return box;
    }

    private static void switchTo(Locale language) {
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(language);
        ui.setLocale(language);
        ui.getPage().reload();
    }

    private Div fact(int number, String labelKey) {
        Div d = new Div();
        d.addClassName("login-fact");
        Span n = new Span(getTranslation("security.login.fact-number", number));
        n.addClassName("login-fact-number");
        d.add(n, new Span(getTranslation(labelKey, number)));
        return d;
    }

    private Div demoAccounts() {
        Div box = new Div();
        box.addClassName("demo-accounts");
        H2 heading = new H2(getTranslation("security.login.demo-heading"));
        Paragraph note = new Paragraph(getTranslation("security.login.demo-note"));
        box.add(heading, note);
        Div table = new Div();
        table.addClassName("demo-account-list");
        for (DemoAccounts.Account a : DemoAccounts.ALL) {
            Div row = new Div();
            row.addClassName("demo-account");
            Span role = new Span(Roles.name(a.role()).in(getLocale()));
            role.addClassName("demo-account-role");
            Span user = new Span(a.username());
            user.addClassName("demo-account-user");
            Span pass = new Span(a.password());
            pass.addClassName("demo-account-password");
            // a long role name ("Seminarorganisation") puts username and password on a line of their own, never over it
            Span credentials = new Span(user, pass);
            credentials.getStyle().set("display", "flex").set("gap", "0.5rem").set("margin-inline-start", "auto");
            row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("column-gap", "0.5rem");
            row.add(role, credentials);
            table.add(row);
        }
        box.add(table);
        return box;
    }

    /** The form's words; with {@code locked}, the error says the sign-in is paused (else: wrong username or password). */
    private LoginI18n i18n(@Nullable SignInLockedException locked) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("security.login.title"));
        i18n.getForm().setUsername(getTranslation("security.login.username"));
        i18n.getForm().setPassword(getTranslation("security.login.password"));
        i18n.getForm().setSubmit(getTranslation("security.login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("security.login.forgot-password"));
        if (locked != null) {
            long minutes = Math.max(1, (Duration.between(Instant.now(), locked.until()).toSeconds() + 59) / 60);
            i18n.getErrorMessage().setTitle(getTranslation("security.login.locked-title"));
            // the same words whether or not an account of that name exists
            i18n.getErrorMessage().setMessage(getTranslation("security.login.locked-text", minutes));
        } else {
            i18n.getErrorMessage().setTitle(getTranslation("security.login.failed-title"));
            i18n.getErrorMessage().setMessage(getTranslation("security.login.failed-text"));
        }
        i18n.getErrorMessage().setUsername(getTranslation("security.login.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("security.login.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error"); // not UI text: a query parameter
        if (error) {
            VaadinSession session = VaadinSession.getCurrent();
            Object last = session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            form.setI18n(i18n(last instanceof SignInLockedException locked ? locked : null));
        }
        form.setError(error);
    }
}

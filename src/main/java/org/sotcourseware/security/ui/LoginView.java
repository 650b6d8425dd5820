package org.sotcourseware.security.ui;

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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sotcourseware.base.DemoProperties;
import org.sotcourseware.security.DemoAccounts;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.SignInLockedException;
import org.springframework.security.web.WebAttributes;
import java.time.Duration;
import java.time.Instant;

/** The sign-in page. In demo mode it lists the demo accounts and their passwords. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · SOT Courseware")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView(DemoProperties demo) {
        addClassName("login-page");

        Div brand = new Div();
        brand.addClassName("login-brand");
        Span mark = new Span();
        mark.addClassName("brand-mark");
        mark.addClassName("brand-mark-large");
        H1 title = new H1("SOT Courseware");
        Paragraph tagline = new Paragraph("The Sacro Occipital Technique seminar curriculum: lessons, quizzes and "
                + "clinical cases from Foundations to Cranial, with progress you can trust.");
        tagline.addClassName("login-tagline");
        Div facts = new Div();
        facts.addClassName("login-facts");
        facts.add(fact("12", "modules"), fact("3", "categories"), fact("3", "certification tracks"));
        brand.add(mark, title, tagline, facts);

        Div panel = new Div();
        panel.addClassName("login-panel");
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Username");
        i18n.getErrorMessage().setTitle("Sign-in failed");
        i18n.getErrorMessage().setMessage("The username or password is not right. Check both and try again.");
        form.setI18n(i18n);
        form.setAction("login");
        // "Forgot password" opens its own page (ForgotPasswordView), which answers the same whoever asks
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> form.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        panel.add(form);
        if (demo.enabled()) {
            panel.add(demoAccounts());
        }
        add(brand, panel);
    }

    private static Div fact(String number, String label) {
        Div d = new Div();
        d.addClassName("login-fact");
        Span n = new Span(number);
        n.addClassName("login-fact-number");
        d.add(n, new Span(label));
        return d;
    }

    private static Div demoAccounts() {
        Div box = new Div();
        box.addClassName("demo-accounts");
        H2 heading = new H2("Demo accounts");
        Paragraph note = new Paragraph("This is a demonstration install. Sign in with any of these:");
        box.add(heading, note);
        Div table = new Div();
        table.addClassName("demo-account-list");
        for (DemoAccounts.Account a : DemoAccounts.ALL) {
            Div row = new Div();
            row.addClassName("demo-account");
            Span role = new Span(Roles.label(a.role()));
            role.addClassName("demo-account-role");
            Span user = new Span(a.username());
            user.addClassName("demo-account-user");
            Span pass = new Span(a.password());
            pass.addClassName("demo-account-password");
            row.add(role, user, pass);
            table.add(row);
        }
        box.add(table);
        return box;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (error) {
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.getForm().setTitle("Sign in");
            i18n.getForm().setUsername("Username");
            var session = com.vaadin.flow.server.VaadinSession.getCurrent();
            Object last = session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (last instanceof SignInLockedException locked) {
                long minutes = Math.max(1, (Duration.between(Instant.now(), locked.until()).toSeconds() + 59) / 60);
                i18n.getErrorMessage().setTitle("Too many failed sign-ins");
                // the same words whether or not an account of that name exists
                i18n.getErrorMessage().setMessage("Sign-in with this username or from your network is paused after several "
                        + "failed attempts. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.")
                        + " An administrator can lift the pause.");
            } else {
                i18n.getErrorMessage().setTitle("Sign-in failed");
                i18n.getErrorMessage().setMessage("The username or password is not right. Check both and try again.");
            }
            form.setI18n(i18n);
        }
        form.setError(error);
    }
}

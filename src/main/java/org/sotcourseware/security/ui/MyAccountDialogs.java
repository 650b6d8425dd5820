package org.sotcourseware.security.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Dates;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.base.Translations;
import org.sotcourseware.base.ui.Toasts;
import org.sotcourseware.security.ActiveSessions;
import org.sotcourseware.security.MyAccountService;
import org.sotcourseware.security.SessionGuard;
import org.sotcourseware.security.SignedInUser;
import org.sotcourseware.security.UserAdminService;

/** The user menu's account actions: change my password, where I am signed in, sign out everywhere. */
public final class MyAccountDialogs {

    private MyAccountDialogs() {
    }

    /** The words for {@code key} in the current UI's language. */
    private static String t(String key, Object... args) {
        return Translations.text(Locales.current(), key, args);
    }

    /** When a session signed in, in the reader's language. */
    private static String when(Instant at) {
        return Dates.moment(at, ZoneId.systemDefault(), Locales.current());
    }

    /** Current password, new password (with the strength hint) and the same again; other sessions end on success. */
    public static Dialog changePassword(MyAccountService service, SignedInUser me) {
        Dialog dialog = new Dialog();
        dialog.addClassName("change-password-dialog");
        dialog.setHeaderTitle(t("security.password-dialog.title"));
        PasswordField current = new PasswordField(t("security.password-dialog.current"));
        current.getElement().setAttribute("autocomplete", "current-password"); // not UI text: an autofill token
        current.setMaxLength(TextLimits.PASSWORD);
        NewPasswordField fresh = new NewPasswordField(t("security.password-dialog.new")).withPersonalWords(List.of(me.username(), me.displayName()));
        PasswordField again = new PasswordField(t("security.password-dialog.again"));
        again.getElement().setAttribute("autocomplete", "new-password"); // not UI text: an autofill token
        again.setMaxLength(TextLimits.PASSWORD);
        FormLayout form = new FormLayout(current, fresh, again);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1)); // not UI text: a width
        dialog.add(new Paragraph(t("security.password-dialog.intro")), form);
        Button save = new Button(t("security.password-dialog.save"), e -> {
            current.setInvalid(false);
            fresh.setInvalid(false);
            again.setInvalid(false);
            if (!fresh.getValue().equals(again.getValue())) {
                again.setErrorMessage(t("security.password-dialog.not-the-same"));
                again.setInvalid(true);
                return;
            }
            try {
                VaadinSession session = VaadinSession.getCurrent();
                long generation = service.changePassword(current.getValue(), fresh.getValue(), currentSessionKey());
                if (session != null) {
                    // this session stays: it takes the account's new generation, the others end
                    session.getSession().setAttribute(SessionGuard.GENERATION, generation);
                }
                dialog.close();
                Toasts.success(Message.of("security.password-dialog.changed"));
            } catch (UserAdminService.InvalidUserException ex) {
                String key = ex.message().key();
                PasswordField target = key.startsWith("security.account.wrong-password") || key.equals("security.account.locked") ? current : fresh;
                target.setErrorMessage(ex.message().in(Locales.current()));
                target.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("change-password-save");
        dialog.getFooter().add(new Button(t("security.dialog.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    /**
     * Where the person is signed in (ASVS V7.5.2): each session that is still going with its browser and system,
     * address, sign-in time and last use, this one marked; any other can be signed out, or all others at once,
     * after the password is entered again. The ended session stops at its next request, on any node.
     */
    public static Dialog sessions(MyAccountService service) {
        Dialog dialog = new Dialog();
        dialog.addClassName("sessions-dialog");
        dialog.setHeaderTitle(t("security.sessions.title"));
        dialog.setWidth("min(36rem, 100%)");
        Div list = new Div();
        list.addClassName("session-list");
        list.getElement().setAttribute("role", "list");
        PasswordField password = new PasswordField(t("security.sessions.password"));
        password.setHelperText(t("security.sessions.password-help"));
        password.addClassName("sessions-password");
        password.getElement().setAttribute("autocomplete", "current-password"); // not UI text: an autofill token
        password.setMaxLength(TextLimits.PASSWORD);
        password.setWidthFull();
        Button endOthers = new Button(t("security.sessions.end-others"));
        endOthers.addClassName("end-other-sessions");
        endOthers.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Runnable[] refresh = new Runnable[1];
        refresh[0] = () -> {
            List<ActiveSessions.Active> sessions = service.mySessions(currentSessionKey());
            list.removeAll();
            Instant now = Instant.now();
            for (ActiveSessions.Active a : sessions) {
                list.add(row(a, now, () -> endOne(service, password, a, refresh[0])));
            }
            boolean others = sessions.stream().anyMatch(a -> !a.current());
            password.setVisible(others);
            endOthers.setVisible(others);
            if (!others) {
                list.add(new Paragraph(t("security.sessions.none-elsewhere")));
            }
        };
        endOthers.addClickListener(e -> {
            password.setInvalid(false);
            try {
                int ended = service.endOtherSessions(password.getValue(), currentSessionKey());
                password.clear();
                Toasts.success(Message.of("security.sessions.others-ended", ended));
                refresh[0].run();
            } catch (UserAdminService.InvalidUserException ex) {
                refuse(password, ex);
            }
        });
        refresh[0].run();
        dialog.add(new Paragraph(t("security.sessions.intro")), list, password);
        dialog.getFooter().add(new Button(t("security.dialog.close"), e -> dialog.close()), endOthers);
        return dialog;
    }

    private static Div row(ActiveSessions.Active a, Instant now, Runnable end) {
        Div row = new Div();
        row.addClassName("session-row");
        row.getElement().setAttribute("role", "listitem");
        Span device = new Span(a.device());
        device.addClassName("session-device");
        row.add(device);
        if (a.current()) {
            Span here = new Span(t("security.sessions.this-browser"));
            here.addClassNames("badge", "badge-success", "session-current");
            row.add(here);
        }
        Paragraph facts = new Paragraph(t("security.sessions.facts", a.address(), when(a.signedInAt()), ago(a.lastSeenAt(), now)));
        facts.addClassName("session-facts");
        row.add(facts);
        if (!a.current()) {
            Button signOut = new Button(t("security.sessions.sign-out"), e -> end.run());
            signOut.addClassName("end-session");
            signOut.getElement().setAttribute("aria-label", t("security.sessions.sign-out-label", a.device(), when(a.signedInAt())));
            row.add(signOut);
        }
        return row;
    }

    private static void endOne(MyAccountService service, PasswordField password, ActiveSessions.Active a, Runnable refresh) {
        password.setInvalid(false);
        try {
            service.endSession(password.getValue(), a.id());
            password.clear();
            Toasts.success(Message.of("security.sessions.ended", a.device()));
        } catch (UserAdminService.InvalidUserException ex) {
            refuse(password, ex);
            return;
        }
        refresh.run();
    }

    private static void refuse(PasswordField password, UserAdminService.InvalidUserException ex) {
        password.setErrorMessage(ex.message().in(Locales.current()));
        password.setInvalid(true);
        password.focus();
    }

    /** "just now", "4 minutes ago", "2 hours ago", "3 days ago" ("gerade eben", "vor 4 Minuten", ...). */
    static Message ago(Instant then, Instant now) {
        long minutes = Math.max(0, Duration.between(then, now).toMinutes());
        if (minutes < 1) {
            return Message.of("security.sessions.ago-now");
        }
        if (minutes < 60) {
            return Message.of("security.sessions.ago-minutes", minutes);
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return Message.of("security.sessions.ago-hours", hours);
        }
        return Message.of("security.sessions.ago-days", hours / 24);
    }

    /** The {@link ActiveSessions#KEY} of the session this UI belongs to, if it has one. */
    static @Nullable String currentSessionKey() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getSession().getAttribute(ActiveSessions.KEY) instanceof String key ? key : null;
    }

    /** Asks, then ends every session of the signed-in person, this one included. */
    public static Dialog signOutEverywhere(MyAccountService service, AuthenticationContext auth) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("security.everywhere.title"));
        dialog.add(new Paragraph(t("security.everywhere.text")));
        Button confirm = new Button(t("security.everywhere.confirm"), e -> {
            service.signOutEverywhere();
            dialog.close();
            auth.logout();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(t("security.dialog.cancel"), e -> dialog.close()), confirm);
        return dialog;
    }
}

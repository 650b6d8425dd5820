package org.sotcourseware.security.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

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
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.security.ActiveSessions;
import org.sotcourseware.security.MyAccountService;
import org.sotcourseware.security.SessionGuard;
import org.sotcourseware.security.SignedInUser;
import org.sotcourseware.security.UserAdminService;

/** The user menu's account actions: change my password, where I am signed in, sign out everywhere. */
public final class MyAccountDialogs {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.systemDefault());

    private MyAccountDialogs() {
    }

    /** Current password, new password (with the strength hint) and the same again; other sessions end on success. */
    public static Dialog changePassword(MyAccountService service, SignedInUser me) {
        Dialog dialog = new Dialog();
        dialog.addClassName("change-password-dialog");
        dialog.setHeaderTitle("Change your password");
        PasswordField current = new PasswordField("Current password");
        current.getElement().setAttribute("autocomplete", "current-password");
        current.setMaxLength(TextLimits.PASSWORD);
        NewPasswordField fresh = new NewPasswordField("New password").withPersonalWords(List.of(me.username(), me.displayName()));
        PasswordField again = new PasswordField("The new password again");
        again.getElement().setAttribute("autocomplete", "new-password");
        again.setMaxLength(TextLimits.PASSWORD);
        FormLayout form = new FormLayout(current, fresh, again);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(new Paragraph("You stay signed in here; your other sessions (other browsers and devices) end."), form);
        Button save = new Button("Change password", e -> {
            current.setInvalid(false);
            fresh.setInvalid(false);
            again.setInvalid(false);
            if (!fresh.getValue().equals(again.getValue())) {
                again.setErrorMessage("The two new passwords are not the same.");
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
                Notification.show("Your password is changed. Other sessions are signed out.", 4000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserAdminService.InvalidUserException ex) {
                PasswordField target = ex.getMessage().startsWith("The current password") ? current : fresh;
                target.setErrorMessage(ex.getMessage());
                target.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("change-password-save");
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
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
        dialog.setHeaderTitle("Where you are signed in");
        dialog.setWidth("min(36rem, 100%)");
        Div list = new Div();
        list.addClassName("session-list");
        list.getElement().setAttribute("role", "list");
        PasswordField password = new PasswordField("Your password");
        password.setHelperText("Needed to sign out another session.");
        password.addClassName("sessions-password");
        password.getElement().setAttribute("autocomplete", "current-password");
        password.setMaxLength(TextLimits.PASSWORD);
        password.setWidthFull();
        Button endOthers = new Button("Sign out all other sessions");
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
                list.add(new Paragraph("You are not signed in anywhere else."));
            }
        };
        endOthers.addClickListener(e -> {
            password.setInvalid(false);
            try {
                int ended = service.endOtherSessions(password.getValue(), currentSessionKey());
                password.clear();
                Notification.show(ended == 1 ? "1 other session is signed out." : ended + " other sessions are signed out.", 4000,
                        Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh[0].run();
            } catch (UserAdminService.InvalidUserException ex) {
                refuse(password, ex);
            }
        });
        refresh[0].run();
        dialog.add(new Paragraph("Each browser or device you signed in with. A session you sign out here ends the next time "
                + "it is used; a session unused for its idle limit ends by itself."), list, password);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()), endOthers);
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
            Span here = new Span("This browser");
            here.addClassNames("badge", "badge-success", "session-current");
            row.add(here);
        }
        Paragraph facts = new Paragraph("From " + a.address() + " · signed in " + WHEN.format(a.signedInAt())
                + " · last active " + ago(a.lastSeenAt(), now));
        facts.addClassName("session-facts");
        row.add(facts);
        if (!a.current()) {
            Button signOut = new Button("Sign out", e -> end.run());
            signOut.addClassName("end-session");
            signOut.getElement().setAttribute("aria-label", "Sign out " + a.device() + ", signed in " + WHEN.format(a.signedInAt()));
            row.add(signOut);
        }
        return row;
    }

    private static void endOne(MyAccountService service, PasswordField password, ActiveSessions.Active a, Runnable refresh) {
        password.setInvalid(false);
        try {
            service.endSession(password.getValue(), a.id());
            password.clear();
            Notification.show(a.device() + " is signed out.", 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (UserAdminService.InvalidUserException ex) {
            refuse(password, ex);
            return;
        }
        refresh.run();
    }

    private static void refuse(PasswordField password, UserAdminService.InvalidUserException ex) {
        password.setErrorMessage(ex.getMessage());
        password.setInvalid(true);
        password.focus();
    }

    /** "just now", "4 minutes ago", "2 hours ago", "3 days ago". */
    static String ago(Instant then, Instant now) {
        long minutes = Math.max(0, Duration.between(then, now).toMinutes());
        if (minutes < 1) {
            return "just now";
        }
        if (minutes < 60) {
            return minutes == 1 ? "1 minute ago" : minutes + " minutes ago";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours == 1 ? "1 hour ago" : hours + " hours ago";
        }
        return hours / 24 + " days ago";
    }

    /** The {@link ActiveSessions#KEY} of the session this UI belongs to, if it has one. */
    static @Nullable String currentSessionKey() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getSession().getAttribute(ActiveSessions.KEY) instanceof String key ? key : null;
    }

    /** Asks, then ends every session of the signed-in person, this one included. */
    public static Dialog signOutEverywhere(MyAccountService service, AuthenticationContext auth) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Sign out everywhere?");
        dialog.add(new Paragraph("This signs you out in every browser and on every device, this one included."));
        Button confirm = new Button("Sign out everywhere", e -> {
            service.signOutEverywhere();
            dialog.close();
            auth.logout();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        return dialog;
    }
}

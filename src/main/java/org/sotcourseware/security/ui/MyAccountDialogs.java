package org.sotcourseware.security.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.security.MyAccountService;
import org.sotcourseware.security.SessionGuard;
import org.sotcourseware.security.SignedInUser;
import org.sotcourseware.security.UserAdminService;

/** The user menu's account actions: change my password, sign out everywhere. */
public final class MyAccountDialogs {

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
                long generation = service.changePassword(current.getValue(), fresh.getValue());
                VaadinSession session = VaadinSession.getCurrent();
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

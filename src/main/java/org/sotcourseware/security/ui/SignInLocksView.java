package org.sotcourseware.security.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.SignInProperties;
import org.sotcourseware.security.SignInThrottle;

/** Administrators see which account names and addresses are paused after failed sign-ins, and lift a pause. */
@Route("admin/sign-in-locks")
@PageTitle("Sign-in locks · SOT Courseware")
@RolesAllowed(Roles.ADMIN)
class SignInLocksView extends Main {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm:ss").withZone(ZoneId.systemDefault());

    private final SignInThrottle throttle;
    private final Grid<SignInThrottle.Lock> grid = new Grid<>();
    private final Paragraph empty = new Paragraph("Nothing is locked now.");

    public SignInLocksView(SignInThrottle throttle, SignInProperties limits) {
        this.throttle = throttle;
        addClassNames("page", "sign-in-locks-page");
        Div header = new Div(new H1("Sign-in locks"), new Paragraph("After " + limits.accountFreeFailures() + " failed sign-ins in a "
                + "row a username is paused, " + limits.accountFirstDelay().toSeconds() + " seconds at first and doubling up to "
                + limits.accountMaxDelay().toMinutes() + " minutes; an address is paused after " + limits.addressFailuresPerHour()
                + " failures in an hour. A name is paused whether or not such an account exists. Failed and successful sign-ins "
                + "are in the audit log."));
        header.addClassName("page-header");
        grid.addColumn(SignInThrottle.Lock::kind).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(SignInThrottle.Lock::subject).setHeader("Username or address").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(SignInThrottle.Lock::failures).setHeader("Failures").setAutoWidth(true);
        grid.addColumn(l -> TIME.format(l.lockedUntil())).setHeader("Paused until").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(l -> {
            Button clear = new Button("Lift", e -> {
                throttle.clear(l.key());
                Notification.show("Lifted the pause on " + l.subject() + ".", 3000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            });
            clear.addThemeVariants(ButtonVariant.LUMO_SMALL);
            clear.addClassName("lift-lock");
            clear.setAriaLabel("Lift the pause on " + l.subject());
            return clear;
        })).setHeader("").setAutoWidth(true);
        grid.addClassName("locks-grid");
        Button reload = new Button("Refresh", e -> refresh());
        add(header, reload, empty, grid);
        refresh();
    }

    private void refresh() {
        var locks = throttle.locks();
        grid.setItems(locks);
        grid.setVisible(!locks.isEmpty());
        empty.setVisible(locks.isEmpty());
    }
}

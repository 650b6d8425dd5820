package org.sotcourseware.security.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.base.Dates;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.ui.Toasts;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.SignInProperties;
import org.sotcourseware.security.SignInThrottle;

/** Administrators see which account names and addresses are paused after failed sign-ins, and lift a pause. */
@Route("admin/sign-in-locks")
@RolesAllowed(Roles.ADMIN)
class SignInLocksView extends Main implements HasDynamicTitle {

    private final SignInThrottle throttle;
    private final Grid<SignInThrottle.Lock> grid = new Grid<>();
    private final Paragraph empty = new Paragraph(getTranslation("security.locks.none"));

    public SignInLocksView(SignInThrottle throttle, SignInProperties limits) {
        this.throttle = throttle;
        addClassNames("page", "sign-in-locks-page");
        Div header = new Div(new H1(getTranslation("security.locks.title")), new Paragraph(getTranslation("security.locks.intro",
                limits.accountFreeFailures(), limits.accountFirstDelay().toSeconds(), limits.accountMaxDelay().toMinutes(),
                limits.addressFailuresPerHour())));
        header.addClassName("page-header");
        grid.addColumn(l -> l.kind().in(getLocale())).setHeader(getTranslation("security.locks.column-kind")).setAutoWidth(true);
        grid.addColumn(SignInThrottle.Lock::subject).setHeader(getTranslation("security.locks.column-subject")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(SignInThrottle.Lock::failures).setHeader(getTranslation("security.locks.column-failures")).setAutoWidth(true);
        grid.addColumn(l -> Dates.moment(l.lockedUntil(), ZoneId.systemDefault(), getLocale()))
                .setHeader(getTranslation("security.locks.column-until")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(l -> {
            Button clear = new Button(getTranslation("security.locks.lift"), e -> {
                throttle.clear(l.key());
                Toasts.success(Message.of("security.locks.lifted", l.subject()));
                refresh();
            });
            clear.addThemeVariants(ButtonVariant.LUMO_SMALL);
            clear.addClassName("lift-lock");
            clear.setAriaLabel(getTranslation("security.locks.lift-label", l.subject()));
            return clear;
        })).setHeader("").setAutoWidth(true);
        grid.addClassName("locks-grid");
        Button reload = new Button(getTranslation("security.locks.refresh"), e -> refresh());
        add(header, reload, empty, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.locks.page-title");
    }

    private void refresh() {
        var locks = throttle.locks();
        grid.setItems(locks);
        grid.setVisible(!locks.isEmpty());
        empty.setVisible(locks.isEmpty());
    }
}

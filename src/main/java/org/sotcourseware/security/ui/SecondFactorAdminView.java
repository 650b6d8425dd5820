package org.sotcourseware.security.ui;

import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.ui.Toasts;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.SecondFactor;
import org.sotcourseware.security.UserAdminService;
import org.sotcourseware.security.UserId;
import org.sotcourseware.security.UserSummary;

/**
 * The administrator's page for second factors: which roles must use one (those the configuration requires
 * cannot be lifted here), and every staff account with whether it has one, with a reset for a lost phone.
 * Both are audited.
 */
@Route("admin/second-factor")
@RolesAllowed(Roles.ADMIN)
class SecondFactorAdminView extends Main implements HasDynamicTitle {

    private final SecondFactor secondFactor;
    private final UserAdminService users;
    private final Grid<UserSummary> grid = new Grid<>();

    public SecondFactorAdminView(SecondFactor secondFactor, UserAdminService users) {
        this.secondFactor = secondFactor;
        this.users = users;
        addClassNames("page", "second-factor-admin");
        add(new H1(getTranslation("security.two-step.title")), new Paragraph(getTranslation("security.two-step-admin.intro")));
        H2 requiredFor = new H2(getTranslation("security.two-step-admin.required-for"));
        requiredFor.addClassName("section-title");
        add(requiredFor);
        Div policy = new Div();
        policy.addClassName("second-factor-policy");
        Set<String> required = secondFactor.requiredRoles();
        for (String role : java.util.List.of(Roles.INSTRUCTOR, Roles.ORGANISER, Roles.ADMIN)) {
            Checkbox box = new Checkbox(getTranslation("security.two-step-admin.role." + role.toLowerCase(java.util.Locale.ROOT)), required.contains(role));
            box.setReadOnly(secondFactor.configuredRoles().contains(role));
            if (box.isReadOnly()) {
                box.setHelperText(getTranslation("security.two-step-admin.configured"));
            }
            box.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                try {
                    secondFactor.require(role, e.getValue());
                    Toasts.success(Message.of(e.getValue() ? "security.two-step-admin.now-required" : "security.two-step-admin.now-optional",
                            Roles.name(role)));
                } catch (UserAdminService.InvalidUserException ex) {
                    box.setValue(e.getOldValue());
                    Toasts.error(ex);
                }
            });
            policy.add(box);
        }
        H2 staff = new H2(getTranslation("security.two-step-admin.staff"));
        staff.addClassName("section-title");
        add(policy, staff);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("security.users.column-name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(UserSummary::username).setHeader(getTranslation("security.users.username")).setAutoWidth(true);
        grid.addColumn(u -> String.join(", ", u.roles().stream().sorted().map(r -> Roles.name(r).in(getLocale())).toList())) // not UI text: a separator
                .setHeader(getTranslation("security.users.roles")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::status)).setHeader(getTranslation("security.two-step-admin.column")).setAutoWidth(true);
        grid.addClassName("second-factor-grid");
        add(grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.two-step.page-title");
    }

    private void refresh() {
        grid.setItems(users.list().stream().filter(u -> u.roles().stream().anyMatch(r -> !r.equals(Roles.STUDENT))).toList());
    }

    private Div status(UserSummary u) {
        Div cell = new Div();
        Set<UserId> enrolled = secondFactor.enrolled();
        if (!enrolled.contains(u.id())) {
            cell.setText(getTranslation("security.two-step-admin.none"));
            return cell;
        }
        cell.setText(getTranslation("security.two-step-admin.app") + " ");
        Button reset = new Button(getTranslation("security.two-step-admin.reset"), e -> confirmReset(u));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        reset.addClassName("reset-second-factor");
        cell.add(reset);
        return cell;
    }

    private void confirmReset(UserSummary u) {
        ConfirmDialog d = new ConfirmDialog();
        d.setHeader(getTranslation("security.two-step-admin.reset-title", u.displayName()));
        d.setText(getTranslation("security.two-step-admin.reset-text"));
        d.setCancelable(true);
        d.setCancelText(getTranslation("security.dialog.cancel"));
        d.setConfirmText(getTranslation("security.two-step-admin.reset"));
        d.setConfirmButtonTheme("error primary"); // not UI text: theme names
        d.addConfirmListener(e -> {
            try {
                secondFactor.reset(u.id());
                Toasts.success(Message.of("security.two-step-admin.was-reset", u.username()));
            } catch (UserAdminService.InvalidUserException ex) {
                Toasts.error(ex);
            }
            refresh();
        });
        d.open();
    }
}

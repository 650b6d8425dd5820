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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
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
@PageTitle("Two-step sign-in · SOT Courseware")
@RolesAllowed(Roles.ADMIN)
class SecondFactorAdminView extends Main {

    private final SecondFactor secondFactor;
    private final UserAdminService users;
    private final Grid<UserSummary> grid = new Grid<>();

    public SecondFactorAdminView(SecondFactor secondFactor, UserAdminService users) {
        this.secondFactor = secondFactor;
        this.users = users;
        addClassNames("page", "second-factor-admin");
        add(new H1("Two-step sign-in"), new Paragraph("Staff can add an authenticator app to their password. Here you choose whose role "
                + "requires one, and reset the second factor of someone who lost their phone (they set up a new one at their next sign-in)."));
        H2 requiredFor = new H2("Required for");
        requiredFor.addClassName("section-title");
        add(requiredFor);
        Div policy = new Div();
        policy.addClassName("second-factor-policy");
        Set<String> required = secondFactor.requiredRoles();
        for (String role : java.util.List.of(Roles.INSTRUCTOR, Roles.ORGANISER, Roles.ADMIN)) {
            Checkbox box = new Checkbox(Roles.label(role) + "s", required.contains(role));
            box.setReadOnly(secondFactor.configuredRoles().contains(role));
            if (box.isReadOnly()) {
                box.setHelperText("required by the server's configuration");
            }
            box.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                try {
                    secondFactor.require(role, e.getValue());
                    Toasts.success(e.getValue() ? "Every " + Roles.label(role).toLowerCase() + " must now use a second factor."
                            : "A second factor is now optional for " + Roles.label(role).toLowerCase() + "s.");
                } catch (UserAdminService.InvalidUserException ex) {
                    box.setValue(e.getOldValue());
                    Toasts.error(ex.getMessage());
                }
            });
            policy.add(box);
        }
        H2 staff = new H2("Staff accounts");
        staff.addClassName("section-title");
        add(policy, staff);
        grid.addColumn(UserSummary::displayName).setHeader("Name").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(UserSummary::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(u -> String.join(", ", u.roles().stream().sorted().map(Roles::label).toList())).setHeader("Roles").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::status)).setHeader("Second factor").setAutoWidth(true);
        grid.addClassName("second-factor-grid");
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(users.list().stream().filter(u -> u.roles().stream().anyMatch(r -> !r.equals(Roles.STUDENT))).toList());
    }

    private Div status(UserSummary u) {
        Div cell = new Div();
        Set<UserId> enrolled = secondFactor.enrolled();
        if (!enrolled.contains(u.id())) {
            cell.setText("none");
            return cell;
        }
        cell.setText("authenticator app ");
        Button reset = new Button("Reset", e -> confirmReset(u));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        reset.addClassName("reset-second-factor");
        cell.add(reset);
        return cell;
    }

    private void confirmReset(UserSummary u) {
        ConfirmDialog d = new ConfirmDialog();
        d.setHeader("Reset the second factor of " + u.displayName() + "?");
        d.setText("Their authenticator app and recovery codes stop working at once. At their next sign-in they use only their password, "
                + "and set up a new app if their role requires one. They are told by email, and the audit log records it.");
        d.setCancelable(true);
        d.setConfirmText("Reset");
        d.setConfirmButtonTheme("error primary");
        d.addConfirmListener(e -> {
            try {
                secondFactor.reset(u.id());
                Toasts.success("The second factor of " + u.username() + " was reset.");
            } catch (UserAdminService.InvalidUserException ex) {
                Toasts.error(ex.getMessage());
            }
            refresh();
        });
        d.open();
    }
}

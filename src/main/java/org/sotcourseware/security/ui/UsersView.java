package org.sotcourseware.security.ui;

import java.util.LinkedHashSet;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.UserAdminService;
import org.sotcourseware.security.UserSummary;

/** Administrators list users, create them, change their roles, reset passwords and disable accounts. */
@Route("admin/users")
@PageTitle("Users · SOT Courseware")
@RolesAllowed(Roles.ADMIN)
class UsersView extends Main {

    private final UserAdminService service;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField filter = new TextField();

    public UsersView(UserAdminService service) {
        this.service = service;
        addClassName("page");
        addClassName("users-page");

        Div header = new Div();
        header.addClassName("page-header");
        Div titles = new Div(new H1("Users"), new Paragraph("Accounts, roles and passwords. Changes apply at the person's next sign-in."));
        Button add = new Button("New user", e -> openCreate());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        header.add(titles, add);

        filter.setPlaceholder("Search by name, username or email");
        filter.setMaxLength(TextLimits.SEARCH);
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        filter.addClassName("users-filter");
        filter.setAriaLabel("Search users");

        grid.addColumn(UserSummary::displayName).setHeader("Name").setSortable(true).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(UserSummary::username).setHeader("Username").setSortable(true).setAutoWidth(true);
        grid.addColumn(u -> u.email() == null ? "" : u.email()).setHeader("Email").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(u -> {
            Div badges = new Div();
            badges.addClassName("badges");
            u.roles().stream().sorted().forEach(r -> {
                Span b = new Span(Roles.label(r));
                b.addClassName("badge");
                badges.add(b);
            });
            return badges;
        })).setHeader("Roles").setAutoWidth(true);
        grid.addColumn(u -> u.enabled() ? "Active" : "Disabled").setHeader("Status").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> openEdit(e.getItem()));
        grid.setAllRowsVisible(false);
        grid.addClassName("users-grid");
        add(header, filter, grid);
        refresh();
    }

    private void refresh() {
        String f = filter.getValue().strip().toLowerCase(java.util.Locale.ROOT);
        grid.setItems(service.list().stream().filter(u -> f.isEmpty()
                || u.displayName().toLowerCase(java.util.Locale.ROOT).contains(f)
                || u.username().toLowerCase(java.util.Locale.ROOT).contains(f)
                || (u.email() != null && u.email().contains(f))).toList());
    }

    private static CheckboxGroup<String> roleChoice() {
        CheckboxGroup<String> roles = new CheckboxGroup<>("Roles");
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(Roles::label);
        return roles;
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New user");
        TextField name = new TextField("Full name");
        TextField username = new TextField("Username");
        EmailField email = new EmailField("Email (optional)");
        NewPasswordField password = new NewPasswordField("Initial password");
        name.setMaxLength(TextLimits.NAME);
        username.setMaxLength(TextLimits.USERNAME);
        email.setMaxLength(TextLimits.EMAIL);
        CheckboxGroup<String> roles = roleChoice();
        roles.setValue(Set.of(Roles.STUDENT));
        FormLayout form = new FormLayout(name, username, email, password, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.setColspan(roles, 2);
        dialog.add(form);
        Button save = new Button("Create user", e -> {
            try {
                service.create(username.getValue(), name.getValue(), email.getValue(), password.getValue(), new LinkedHashSet<>(roles.getValue()));
                dialog.close();
                toast("Created " + username.getValue().strip() + ".", false);
                refresh();
            } catch (UserAdminService.InvalidUserException ex) {
                toast(ex.getMessage(), true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private void openEdit(UserSummary user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(user.displayName());
        Paragraph who = new Paragraph(user.username() + (user.email() == null ? "" : " · " + user.email())
                + (user.demo() ? " · demo account" : ""));
        CheckboxGroup<String> roles = roleChoice();
        roles.setValue(user.roles());
        Checkbox enabled = new Checkbox("Account active", user.enabled());
        NewPasswordField password = new NewPasswordField("New password (empty: keep the current one)")
                .withPersonalWords(java.util.List.of(user.username(), user.displayName()));
        Button everywhere = new Button("Sign out everywhere", e -> {
            service.signOutEverywhere(user.id());
            toast("Signed " + user.username() + " out of every session.", false);
        });
        everywhere.addClassName("sign-out-everywhere");
        dialog.add(new FormLayout(who, roles, enabled, password), new Paragraph("Changing roles or the password, or disabling the "
                + "account, also signs the person out everywhere."), everywhere);
        Button save = new Button("Save changes", e -> {
            try {
                if (!roles.getValue().equals(user.roles())) {
                    service.changeRoles(user.id(), new LinkedHashSet<>(roles.getValue()));
                }
                if (enabled.getValue() != user.enabled()) {
                    service.setEnabled(user.id(), enabled.getValue());
                }
                if (!password.getValue().isEmpty()) {
                    service.resetPassword(user.id(), password.getValue());
                }
                dialog.close();
                toast("Saved changes to " + user.username() + ".", false);
                refresh();
            } catch (UserAdminService.InvalidUserException ex) {
                toast(ex.getMessage(), true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private static void toast(String message, boolean error) {
        Notification n = Notification.show(message, error ? 6000 : 3000, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }
}

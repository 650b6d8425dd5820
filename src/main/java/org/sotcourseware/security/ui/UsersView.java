package org.sotcourseware.security.ui;

import java.util.LinkedHashSet;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import org.sotcourseware.base.ui.FormCheck;
import org.sotcourseware.base.ui.Toasts;
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

        // name, username and email in one column that wraps, so the grid fits a phone without sideways scrolling
        grid.addColumn(LitRenderer.<UserSummary>of("<div class=\"users-person\"><strong>${item.name}</strong><span>${item.who}</span></div>")
                        .withProperty("name", UserSummary::displayName)
                        .withProperty("who", u -> u.username() + (u.email() == null ? "" : " \u00b7 " + u.email())))
                .setHeader("Name").setKey("name").setSortable(true).setComparator(u -> u.displayName().toLowerCase(java.util.Locale.ROOT))
                .setFlexGrow(1).setWidth("10rem");
        grid.addColumn(new ComponentRenderer<>(u -> {
            Div badges = new Div();
            badges.addClassName("badges");
            u.roles().stream().sorted().forEach(r -> {
                Span b = new Span(Roles.label(r));
                b.addClassName("badge");
                badges.add(b);
            });
            if (!u.enabled()) {
                Span off = new Span("Disabled");
                off.addClassNames("badge", "badge-error");
                badges.add(off);
            }
            return badges;
        })).setHeader("Roles and status").setWidth("8.5rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
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
        // each rule beside its field; what only the service can know (a taken username) is shown beside its field too
        Binder<Object> binder = FormCheck.binder();
        FormCheck.field(binder, name).asRequired("Enter the person's name.").bind(x -> name.getValue(), FormCheck.unused());
        FormCheck.field(binder, username).asRequired("Choose a username.")
                .withValidator(v -> v.strip().matches("[A-Za-z0-9._-]{3,100}"), "3 to 100 letters, digits, dots, hyphens or underscores")
                .bind(x -> username.getValue(), FormCheck.unused());
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage("Enter an email address such as name@example.org, or leave it empty"));
        FormCheck.field(binder, email).withValidator(v -> v.isBlank() || v.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                "Enter an email address such as name@example.org, or leave it empty").bind(x -> email.getValue(), FormCheck.unused());
        FormCheck.field(binder, password).asRequired("Choose an initial password.").bind(x -> password.getValue(), FormCheck.unused());
        FormCheck.field(binder, roles).withValidator(v -> !v.isEmpty(), "Choose at least one role.").bind(x -> roles.getValue(), FormCheck.unused());
        Map<UserAdminService.InvalidUserException.Field, HasValidation> fields = Map.of(UserAdminService.InvalidUserException.Field.NAME, name,
                UserAdminService.InvalidUserException.Field.USERNAME, username, UserAdminService.InvalidUserException.Field.EMAIL, email,
                UserAdminService.InvalidUserException.Field.PASSWORD, password, UserAdminService.InvalidUserException.Field.ROLES, roles);
        Button save = new Button("Create user", e -> {
            if (!FormCheck.validate(binder)) {
                return;
            }
            try {
                service.create(username.getValue(), name.getValue(), email.getValue(), password.getValue(), new LinkedHashSet<>(roles.getValue()));
                dialog.close();
                toast("Created " + username.getValue().strip() + ".", false);
                refresh();
            } catch (UserAdminService.InvalidUserException ex) {
                HasValidation field = fields.get(ex.field());
                if (field != null) {
                    field.setErrorMessage(ex.getMessage());
                    field.setInvalid(true);
                    if (field instanceof com.vaadin.flow.component.Focusable<?> f) {
                        f.focus();
                    }
                } else {
                    toast(ex.getMessage(), true);
                }
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
        if (error) {
            Toasts.error(message);
        } else {
            Toasts.success(message);
        }
    }
}

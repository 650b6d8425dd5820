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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.UserAdminService;
import org.sotcourseware.security.UserSummary;

/** Administrators list users, create them, change their roles, reset passwords and disable accounts. */
@Route("admin/users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends Main implements HasDynamicTitle {

    private final UserAdminService service;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField filter = new TextField();

    public UsersView(UserAdminService service) {
        this.service = service;
        addClassName("page");
        addClassName("users-page");

        Div header = new Div();
        header.addClassName("page-header");
        Div titles = new Div(new H1(getTranslation("security.users.title")), new Paragraph(getTranslation("security.users.intro")));
        Button add = new Button(getTranslation("security.users.new"), e -> openCreate());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        header.add(titles, add);

        filter.setPlaceholder(getTranslation("security.users.filter"));
        filter.setMaxLength(TextLimits.SEARCH);
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        filter.addClassName("users-filter");
        filter.setAriaLabel(getTranslation("security.users.filter-label"));

        // name, username and email in one column that wraps, so the grid fits a phone without sideways scrolling
        grid.addColumn(LitRenderer.<UserSummary>of("<div class=\"users-person\"><strong>${item.name}</strong><span>${item.who}</span></div>") // not UI text: a template
                        .withProperty("name", UserSummary::displayName)
                        .withProperty("who", u -> u.username() + (u.email() == null ? "" : " \u00b7 " + u.email())))
                .setHeader(getTranslation("security.users.column-name")).setKey("name").setSortable(true).setComparator(u -> u.displayName().toLowerCase(java.util.Locale.ROOT))
                .setFlexGrow(1).setWidth("10rem");
        grid.addColumn(new ComponentRenderer<>(u -> {
            Div badges = new Div();
            badges.addClassName("badges");
            u.roles().stream().sorted().forEach(r -> {
                Span b = new Span(Roles.name(r).in(getLocale()));
                b.addClassName("badge");
                badges.add(b);
            });
            if (!u.enabled()) {
                Span off = new Span(getTranslation("security.users.disabled"));
                off.addClassNames("badge", "badge-error");
                badges.add(off);
            }
            return badges;
        })).setHeader(getTranslation("security.users.column-roles")).setWidth("8.5rem").setFlexGrow(0);
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

    private CheckboxGroup<String> roleChoice() {
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("security.users.roles"));
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(r -> Roles.name(r).in(getLocale()));
        return roles;
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("security.users.new"));
        TextField name = new TextField(getTranslation("security.users.full-name"));
        TextField username = new TextField(getTranslation("security.users.username"));
        EmailField email = new EmailField(getTranslation("security.users.email"));
        NewPasswordField password = new NewPasswordField(getTranslation("security.users.initial-password"));
        name.setMaxLength(TextLimits.NAME);
        username.setMaxLength(TextLimits.USERNAME);
        email.setMaxLength(TextLimits.EMAIL);
        CheckboxGroup<String> roles = roleChoice();
        roles.setValue(Set.of(Roles.STUDENT));
        FormLayout form = new FormLayout(name, username, email, password, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2)); // not UI text: widths
        form.setColspan(roles, 2);
        dialog.add(form);
        // each rule beside its field; what only the service can know (a taken username) is shown beside its field too
        Binder<Object> binder = FormCheck.binder();
        FormCheck.field(binder, name).asRequired(getTranslation("security.user.name-missing")).bind(x -> name.getValue(), FormCheck.unused());
        FormCheck.field(binder, username).asRequired(getTranslation("security.users.username-missing"))
                .withValidator(v -> v.strip().matches("[A-Za-z0-9._-]{3,100}"), getTranslation("security.users.username-format")) // not UI text: the pattern
                .bind(x -> username.getValue(), FormCheck.unused());
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("security.users.email-format")));
        FormCheck.field(binder, email).withValidator(v -> v.isBlank() || v.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                getTranslation("security.users.email-format")).bind(x -> email.getValue(), FormCheck.unused());
        FormCheck.field(binder, password).asRequired(getTranslation("security.users.password-missing")).bind(x -> password.getValue(), FormCheck.unused());
        FormCheck.field(binder, roles).withValidator(v -> !v.isEmpty(), getTranslation("security.user.roles-missing")).bind(x -> roles.getValue(), FormCheck.unused());
        Map<UserAdminService.InvalidUserException.Field, HasValidation> fields = Map.of(UserAdminService.InvalidUserException.Field.NAME, name,
                UserAdminService.InvalidUserException.Field.USERNAME, username, UserAdminService.InvalidUserException.Field.EMAIL, email,
                UserAdminService.InvalidUserException.Field.PASSWORD, password, UserAdminService.InvalidUserException.Field.ROLES, roles);
        Button save = new Button(getTranslation("security.users.create"), e -> {
            if (!FormCheck.validate(binder)) {
                return;
            }
            try {
                service.create(username.getValue(), name.getValue(), email.getValue(), password.getValue(), new LinkedHashSet<>(roles.getValue()));
                dialog.close();
                Toasts.success(Message.of("security.users.created", username.getValue().strip()));
                refresh();
            } catch (UserAdminService.InvalidUserException ex) {
                HasValidation field = fields.get(ex.field());
                if (field != null) {
                    field.setErrorMessage(ex.message().in(getLocale()));
                    field.setInvalid(true);
                    if (field instanceof com.vaadin.flow.component.Focusable<?> f) {
                        f.focus();
                    }
                } else {
                    Toasts.error(ex);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("security.dialog.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private void openEdit(UserSummary user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(user.displayName());
        Paragraph who = new Paragraph(getTranslation("security.users.who", user.username(), user.email() == null ? "" : user.email(),
                user.email() == null ? 0 : 1, user.demo() ? 1 : 0));
        CheckboxGroup<String> roles = roleChoice();
        roles.setValue(user.roles());
        Checkbox enabled = new Checkbox(getTranslation("security.users.active"), user.enabled());
        NewPasswordField password = new NewPasswordField(getTranslation("security.users.new-password"))
                .withPersonalWords(java.util.List.of(user.username(), user.displayName()));
        Button everywhere = new Button(getTranslation("security.users.sign-out-everywhere"), e -> {
            service.signOutEverywhere(user.id());
            Toasts.success(Message.of("security.users.signed-out", user.username()));
        });
        everywhere.addClassName("sign-out-everywhere");
        dialog.add(new FormLayout(who, roles, enabled, password), new Paragraph(getTranslation("security.users.edit-note")), everywhere);
        Button save = new Button(getTranslation("security.users.save"), e -> {
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
                Toasts.success(Message.of("security.users.saved", user.username()));
                refresh();
            } catch (UserAdminService.InvalidUserException ex) {
                Toasts.error(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("security.dialog.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.users.page-title");
    }
}

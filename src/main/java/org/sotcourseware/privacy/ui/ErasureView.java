package org.sotcourseware.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.base.Translatable;
import org.sotcourseware.base.ui.Toasts;
import org.sotcourseware.privacy.PersonalData;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.UserAdminService;
import org.sotcourseware.security.UserSummary;

/**
 * The administrator's erasure of a student (GDPR article 17): choose the student, read what will happen,
 * type their username to confirm.
 */
@Route("admin/erasure")
@RolesAllowed(Roles.ADMIN)
class ErasureView extends Main implements HasDynamicTitle {

    private final PersonalData data;
    private final UserAdminService users;
    private final ComboBox<UserSummary> student = new ComboBox<>(getTranslation("privacy.erasure.student"));

    public ErasureView(PersonalData data, UserAdminService users) {
        this.data = data;
        this.users = users;
        addClassNames("page", "erasure-page");
        student.setItemLabelGenerator(u -> getTranslation("privacy.erasure.student-item", u.displayName(), u.username(),
                u.email() == null ? "" : u.email(), u.email() == null ? 0 : 1));
        student.setWidth("min(36rem, 100%)");
        refresh();
        Button next = new Button(getTranslation("privacy.erasure.show-plan"), e -> {
            if (student.getValue() != null) {
                confirm(student.getValue());
            }
        });
        next.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H1(getTranslation("privacy.erasure.title")), new Paragraph(getTranslation("privacy.erasure.intro")), student, new Div(next));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.erasure.page-title");
    }

    private void refresh() {
        student.setItems(users.list().stream().filter(u -> u.roles().equals(java.util.Set.of(Roles.STUDENT)) && !u.username().startsWith("erased-")) // not UI text: the pseudonyms' prefix
                .toList());
    }

    private void confirm(UserSummary u) {
        PersonalData.ErasurePlan plan;
        try {
            plan = data.plan(u.id());
        } catch (IllegalArgumentException ex) {
            Toasts.error(ex);
            return;
        }
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("privacy.erasure.dialog-title", plan.displayName()));
        UnorderedList steps = new UnorderedList();
        plan.steps().forEach(s -> steps.add(new ListItem(s.in(getLocale()))));
        TextField typed = new TextField(getTranslation("privacy.erasure.type-to-confirm", plan.username()));
        typed.setMaxLength(TextLimits.USERNAME);
        typed.setWidthFull();
        Button erase = new Button(getTranslation("privacy.erasure.erase", plan.displayName()), e -> {
            try {
                String pseudonym = data.erase(u.id(), typed.getValue());
                d.close();
                Toasts.success(Message.of("privacy.erasure.erased", plan.displayName(), pseudonym));
                student.clear();
                refresh();
            } catch (IllegalArgumentException ex) {
                typed.setInvalid(true);
                typed.setErrorMessage(ex instanceof Translatable t ? t.message().in(getLocale()) : String.valueOf(ex.getMessage()));
            }
        });
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        d.add(new Paragraph(getTranslation("privacy.erasure.what-happens")), steps, typed);
        d.getFooter().add(new Button(getTranslation("privacy.erasure.cancel"), e -> d.close()), erase);
        d.setWidth("min(720px, 96vw)");
        d.open();
    }
}

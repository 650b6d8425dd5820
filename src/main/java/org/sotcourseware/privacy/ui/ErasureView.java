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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.base.TextLimits;
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
@PageTitle("Erase a student · SOT Courseware")
@RolesAllowed(Roles.ADMIN)
class ErasureView extends Main {

    private final PersonalData data;
    private final UserAdminService users;
    private final ComboBox<UserSummary> student = new ComboBox<>("Student");

    public ErasureView(PersonalData data, UserAdminService users) {
        this.data = data;
        this.users = users;
        addClassNames("page", "erasure-page");
        student.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + (u.email() == null ? "" : ", " + u.email()) + ")");
        student.setWidth("min(36rem, 100%)");
        refresh();
        Button next = new Button("Show what erasing means", e -> {
            if (student.getValue() != null) {
                confirm(student.getValue());
            }
        });
        next.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H1("Erase a student"), new Paragraph("When a student asks to be forgotten: their personal data is removed, their learning "
                + "records stay only as anonymous statistics, and their certificates stay verifiable with the name withheld. Staff accounts "
                + "are disabled on the Users page instead."), student, new Div(next));
    }

    private void refresh() {
        student.setItems(users.list().stream().filter(u -> u.roles().equals(java.util.Set.of(Roles.STUDENT)) && !u.username().startsWith("erased-"))
                .toList());
    }

    private void confirm(UserSummary u) {
        PersonalData.ErasurePlan plan;
        try {
            plan = data.plan(u.id());
        } catch (IllegalArgumentException ex) {
            Toasts.error(ex.getMessage());
            return;
        }
        Dialog d = new Dialog();
        d.setHeaderTitle("Erase " + plan.displayName() + "?");
        UnorderedList steps = new UnorderedList();
        plan.steps().forEach(s -> steps.add(new ListItem(s)));
        TextField typed = new TextField("Type " + plan.username() + " to confirm");
        typed.setMaxLength(TextLimits.USERNAME);
        typed.setWidthFull();
        Button erase = new Button("Erase " + plan.displayName(), e -> {
            try {
                String pseudonym = data.erase(u.id(), typed.getValue());
                d.close();
                Toasts.success(plan.displayName() + " was erased; their records now belong to " + pseudonym + ".");
                student.clear();
                refresh();
            } catch (IllegalArgumentException ex) {
                typed.setInvalid(true);
                typed.setErrorMessage(ex.getMessage());
            }
        });
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        d.add(new Paragraph("This is what will happen:"), steps, typed);
        d.getFooter().add(new Button("Cancel", e -> d.close()), erase);
        d.setWidth("min(720px, 96vw)");
        d.open();
    }
}

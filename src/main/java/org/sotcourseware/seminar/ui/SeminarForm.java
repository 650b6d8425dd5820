package org.sotcourseware.seminar.ui;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.base.Translations;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.security.UserDirectory;
import org.sotcourseware.security.UserId;
import org.sotcourseware.security.UserSummary;
import com.vaadin.flow.data.binder.Binder;
import org.sotcourseware.base.ui.FormCheck;
import org.sotcourseware.seminar.SeminarService;
import org.sotcourseware.seminar.SeminarReadModel;

/** The dialog in which organisers create or edit a seminar. Problems are shown in the dialog; nothing is saved until they are fixed. */
final class SeminarForm {

    private SeminarForm() {
    }

    static void open(SeminarReadModel.@Nullable Form current, CatalogueService catalogue, UserDirectory directory, Consumer<SeminarReadModel.Form> save) {
        Dialog d = new Dialog();
        d.setHeaderTitle(t(current == null ? "seminar.form.new" : "seminar.form.edit"));
        TextField title = new TextField(t("seminar.form.title"));
        title.setMaxLength(TextLimits.NAME);
        TextField venue = new TextField(t("seminar.form.venue"));
        venue.setMaxLength(TextLimits.NAME);
        Checkbox online = new Checkbox(t("seminar.form.online"));
        DatePicker from = new DatePicker(t("seminar.form.first-day"));
        DatePicker to = new DatePicker(t("seminar.form.last-day"));
        NumberField hours = new NumberField(t("seminar.form.hours"));
        hours.setMin(0.5);
        hours.setMax(12);
        IntegerField capacity = new IntegerField(t("seminar.form.capacity"));
        capacity.setMin(1);
        Select<SeminarReadModel.Status> status = new Select<>();
        status.setLabel(t("seminar.form.status"));
        status.setItems(SeminarReadModel.Status.values());
        status.setItemLabelGenerator(x -> x.message().in(Locales.current()));
        CheckboxGroup<CourseModule> modules = new CheckboxGroup<>(t("seminar.form.modules"));
        List<CourseModule> all = catalogue.curriculum().modules();
        modules.setItems(all);
        modules.setItemLabelGenerator(CourseModule::title);
        modules.addClassName("module-choice");
        MultiSelectComboBox<UserSummary> instructors = new MultiSelectComboBox<>(t("seminar.form.instructors"));
        List<UserSummary> people = directory.instructors();
        instructors.setItems(people);
        instructors.setItemLabelGenerator(UserSummary::displayName);
        TextArea notes = new TextArea(t("seminar.form.notes"));
        notes.setMaxLength(TextLimits.NOTES);
        if (current != null) {
            title.setValue(current.title());
            venue.setValue(current.venue());
            online.setValue(current.online());
            from.setValue(current.startsOn());
            to.setValue(current.endsOn());
            hours.setValue(current.hoursPerDay());
            capacity.setValue(current.capacity());
            status.setValue(current.status());
            modules.setValue(new HashSet<>(all.stream().filter(m -> current.modules().contains(m.id())).toList()));
            instructors.setValue(new HashSet<>(people.stream().filter(p -> current.instructors().contains(p.id())).toList()));
            notes.setValue(current.notes() == null ? "" : current.notes());
        } else {
            from.setValue(LocalDate.now().plusMonths(1));
            to.setValue(LocalDate.now().plusMonths(1).plusDays(1));
            hours.setValue(8.0);
            capacity.setValue(30);
            status.setValue(SeminarReadModel.Status.PLANNED);
        }
        FormLayout form = new FormLayout(title, venue, online, status, from, to, hours, capacity, instructors, modules, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        form.setColspan(title, 2);
        form.setColspan(modules, 2);
        form.setColspan(notes, 2);
        form.setColspan(instructors, 2);
        Paragraph problems = new Paragraph();
        problems.addClassName("error-text");
        // each rule beside its field (the service checks them again and has the last word)
        FormCheck.explain(hours, t("seminar.form.hours-range"));
        FormCheck.explain(capacity, t("seminar.form.capacity-range"));
        Binder<Object> binder = FormCheck.binder();
        FormCheck.field(binder, title).asRequired(t("seminar.form.problem.title")).bind(x -> title.getValue(), FormCheck.unused());
        FormCheck.field(binder, venue).withValidator(v -> !v.isBlank() || online.getValue(), t("seminar.form.problem.venue"))
                .bind(x -> venue.getValue(), FormCheck.unused());
        FormCheck.field(binder, status).asRequired(t("seminar.form.problem.status")).bind(x -> status.getValue(), FormCheck.unused());
        FormCheck.field(binder, from).asRequired(t("seminar.form.problem.first-day")).bind(x -> from.getValue(), FormCheck.unused());
        FormCheck.field(binder, to).asRequired(t("seminar.form.problem.last-day"))
                .withValidator(v -> from.getValue() == null || !v.isBefore(from.getValue()), t("seminar.form.problem.last-before-first"))
                .bind(x -> to.getValue(), FormCheck.unused());
        FormCheck.field(binder, hours).asRequired(t("seminar.form.problem.hours-missing"))
                .withValidator(v -> v > 0 && v <= 12, t("seminar.form.hours-range")).bind(x -> hours.getValue(), FormCheck.unused());
        FormCheck.field(binder, capacity).asRequired(t("seminar.form.problem.capacity-missing"))
                .withValidator(v -> v >= 1 && v <= 5000, t("seminar.form.capacity-range")).bind(x -> capacity.getValue(), FormCheck.unused());
        FormCheck.field(binder, modules).withValidator(v -> !v.isEmpty(), t("seminar.form.problem.modules"))
                .bind(x -> modules.getValue(), FormCheck.unused());
        online.addValueChangeListener(e -> binder.validate());
        from.addValueChangeListener(e -> {
            if (to.getValue() != null) {
                binder.validate();
            }
        });
        Button ok = new Button(t(current == null ? "seminar.form.create" : "seminar.form.save"), e -> {
            problems.setText("");
            if (!FormCheck.validate(binder)) {
                return;
            }
            Set<String> ids = new HashSet<>();
            modules.getValue().forEach(m -> ids.add(m.id()));
            Set<UserId> teachers = new HashSet<>();
            instructors.getValue().forEach(u -> teachers.add(u.id()));
            try {
                save.accept(new SeminarReadModel.Form(title.getValue(), venue.getValue(), online.getValue(), from.getValue(), to.getValue(),
                        hours.getValue(), capacity.getValue(), status.getValue(), ids, teachers, notes.getValue()));
                d.close();
            } catch (SeminarService.SeminarException ex) {
                problems.setText(ex.message().in(Locales.current()));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("save-seminar");
        d.add(form, problems);
        d.getFooter().add(new Button(t("seminar.cancel"), e -> d.close()), ok);
        d.setWidth("min(760px, 96vw)");
        d.open();
        title.focus();
    }

    private static String t(String key, Object... args) {
        return Translations.text(Locales.current(), key, args);
    }
}

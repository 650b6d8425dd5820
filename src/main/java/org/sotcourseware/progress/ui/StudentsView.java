package org.sotcourseware.progress.ui;

import java.util.List;
import java.util.Map;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.base.Numbers;
import org.sotcourseware.base.ui.Toasts;
import org.sotcourseware.progress.OverrideRefused;
import org.sotcourseware.progress.OverrideService;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.progress.ProgressService;
import org.sotcourseware.progress.ProgressReadModel;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.UserDirectory;
import org.sotcourseware.security.UserId;
import org.sotcourseware.security.UserSummary;

/**
 * Instructors, organisers and admins: every student's progress (from the same service as the student's
 * own dashboard), per-module detail, and overrides that open a module for one student with a reason.
 * Package-private: the access-matrix test reaches it by its route template ("students"), the consistency test by
 * its route.
 */
@Route("students")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ORGANISER, Roles.ADMIN})
class StudentsView extends Main implements HasDynamicTitle {

    record Row(UserSummary user, ProgressReadModel.Student progress) {
    }

    private final ProgressService progress;
    private final OverrideService overrideService;
    private final UserDirectory directory;
    private final Grid<Row> grid = new Grid<>();
    private final TextField filter = new TextField();
    private List<Row> rows = List.of();

    StudentsView(ProgressService progress, OverrideService overrides, UserDirectory directory) {
        this.progress = progress;
        this.overrideService = overrides;
        this.directory = directory;
        addClassName("page");
        addClassName("students-page");
        Div header = new Div();
        header.addClassName("page-header");
        header.add(new Div(new H1(getTranslation("progress.students.title")), new Paragraph(getTranslation("progress.students.lead"))));
        filter.setPlaceholder(getTranslation("progress.students.filter-placeholder"));
        filter.setMaxLength(TextLimits.SEARCH);
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> applyFilter());
        filter.addClassName("users-filter");
        filter.setAriaLabel(getTranslation("progress.students.filter-label"));
        grid.addColumn(r -> r.user().displayName()).setHeader(getTranslation("progress.students.column-student")).setSortable(true)
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(r -> ProgressDisplay.bar(r.progress().percent(), r.user().displayName())))
                .setHeader(getTranslation("progress.students.column-curriculum")).setComparator(r -> r.progress().percent()).setWidth("220px")
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation("progress.students.modules-completed", r.progress().modulesCompleted(), r.progress().modules().size()))
                .setHeader(getTranslation("progress.students.column-modules")).setComparator(r -> r.progress().modulesCompleted()).setAutoWidth(true);
        grid.addColumn(r -> r.progress().next() == null ? "–" : r.progress().next().moduleTitle())
                .setHeader(getTranslation("progress.students.column-working-on")).setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addClassName("students-grid");
        grid.setEmptyStateText(getTranslation("progress.students.empty"));
        add(header, filter, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("progress.students.page-title");
    }

    private void refresh() {
        List<UserSummary> students = directory.students();
        Map<UserId, ProgressReadModel.Student> figures = progress.cohort(students.stream().map(UserSummary::id).toList());
        rows = students.stream().map(u -> new Row(u, figures.get(u.id()))).toList();
        grid.setAllRowsVisible(rows.size() <= 50);
        applyFilter();
    }

    private void applyFilter() {
        String f = filter.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(rows.stream().filter(r -> f.isEmpty() || r.user().displayName().toLowerCase(Locale.ROOT).contains(f)
                || r.user().username().toLowerCase(Locale.ROOT).contains(f)).toList());
    }

    private void open(Row row) {
        Locale locale = getLocale();
        Dialog d = new Dialog();
        d.setHeaderTitle(row.user().displayName());
        d.addClassName("student-dialog");
        d.setWidth("min(720px, 96vw)");
        ProgressReadModel.Student p = progress.student(row.user().id());
        d.add(new Paragraph(getTranslation("progress.student.summary", p.modulesCompleted(), p.modules().size(),
                Numbers.percent(p.percent(), 0, locale))));
        Div list = new Div();
        list.addClassName("student-modules");
        for (ProgressReadModel.Module m : p.modules()) {
            Div line = new Div();
            line.addClassName("student-module");
            line.getElement().setAttribute("data-module", m.moduleId());
            Span t = new Span(getTranslation("progress.student.module-line", m.number(), m.title()));
            t.addClassName("student-module-title");
            line.add(t, ProgressDisplay.status(m), ProgressDisplay.bar(m.percent(), m.title()));
            list.add(line);
        }
        d.add(list);

        H3 overrideTitle = new H3(getTranslation("progress.student.override-title"));
        Select<ProgressReadModel.Module> module = new Select<>();
        module.setLabel(getTranslation("progress.student.module"));
        module.setItems(p.modules().stream().filter(ProgressReadModel.Module::locked).toList());
        module.setItemLabelGenerator(ProgressReadModel.Module::title);
        module.setPlaceholder(getTranslation(p.modules().stream().anyMatch(ProgressReadModel.Module::locked)
                ? "progress.student.choose-locked" : "progress.student.none-locked"));
        TextArea reason = new TextArea(getTranslation("progress.student.reason"));
        reason.setMaxLength(TextLimits.REASON);
        reason.setPlaceholder(getTranslation("progress.student.reason-placeholder"));
        reason.setWidthFull();
        Button grant = new Button(getTranslation("progress.student.open-module"), e -> {
            if (module.getValue() == null) {
                Toasts.error(getTranslation("progress.student.choose-module"));
                return;
            }
            try {
                overrideService.grantOverride(row.user().id(), module.getValue().moduleId(), reason.getValue());
                Toasts.success(getTranslation("progress.student.opened", module.getValue().title(), row.user().displayName()));
                d.close();
                refresh();
            } catch (OverrideRefused ex) {
                Toasts.error(ex);
            }
        });
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div overrides = new Div();
        overrideService.overrides(row.user().id()).forEach(o -> overrides.add(new Paragraph(getTranslation("progress.student.override-line",
                o.moduleId(), o.at().atZone(java.time.ZoneId.systemDefault()).toLocalDate(), o.grantedBy(), o.reason()))));
        d.add(overrideTitle, module, reason, overrides);
        d.getFooter().add(new Button(getTranslation("progress.student.close"), e -> d.close()), grant);
        d.open();
    }
}

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
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
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
 */
@Route("students")
@PageTitle("Students · SOT Courseware")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ORGANISER, Roles.ADMIN})
public class StudentsView extends Main {

    public record Row(UserSummary user, ProgressReadModel.Student progress) {
    }

    private final ProgressService progress;
    private final OverrideService overrideService;
    private final UserDirectory directory;
    private final Grid<Row> grid = new Grid<>();
    private final TextField filter = new TextField();
    private List<Row> rows = List.of();

    public StudentsView(ProgressService progress, OverrideService overrides, UserDirectory directory) {
        this.progress = progress;
        this.overrideService = overrides;
        this.directory = directory;
        addClassName("page");
        addClassName("students-page");
        Div header = new Div();
        header.addClassName("page-header");
        header.add(new Div(new H1("Students"), new Paragraph("Progress through the curriculum, the same figures each student sees. "
                + "Open a student to see each module and to open a module for them.")));
        filter.setPlaceholder("Search by name or username");
        filter.setMaxLength(TextLimits.SEARCH);
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> applyFilter());
        filter.addClassName("users-filter");
        filter.setAriaLabel("Search students");
        grid.addColumn(r -> r.user().displayName()).setHeader("Student").setSortable(true).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(r -> ProgressDisplay.bar(r.progress().percent(), r.user().displayName())))
                .setHeader("Curriculum").setComparator(r -> r.progress().percent()).setWidth("220px").setFlexGrow(0);
        grid.addColumn(r -> r.progress().modulesCompleted() + " of " + r.progress().modules().size()).setHeader("Modules completed")
                .setComparator(r -> r.progress().modulesCompleted()).setAutoWidth(true);
        grid.addColumn(r -> r.progress().next() == null ? "–" : r.progress().next().moduleTitle()).setHeader("Working on").setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addClassName("students-grid");
        add(header, filter, grid);
        refresh();
    }

    private void refresh() {
        List<UserSummary> students = directory.students();
        Map<UserId, ProgressReadModel.Student> figures = progress.cohort(students.stream().map(UserSummary::id).toList());
        rows = students.stream().map(u -> new Row(u, figures.get(u.id()))).toList();
        grid.setAllRowsVisible(rows.size() <= 50);
        grid.setEmptyStateText("No students yet. Administrators add them under Users.");
        applyFilter();
    }

    private void applyFilter() {
        String f = filter.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(rows.stream().filter(r -> f.isEmpty() || r.user().displayName().toLowerCase(Locale.ROOT).contains(f)
                || r.user().username().toLowerCase(Locale.ROOT).contains(f)).toList());
    }

    private void open(Row row) {
        Dialog d = new Dialog();
        d.setHeaderTitle(row.user().displayName());
        d.addClassName("student-dialog");
        d.setWidth("min(720px, 96vw)");
        ProgressReadModel.Student p = progress.student(row.user().id());
        d.add(new Paragraph(p.modulesCompleted() + " of " + p.modules().size() + " modules completed · curriculum " + p.percent() + "%"));
        Div list = new Div();
        list.addClassName("student-modules");
        for (ProgressReadModel.Module m : p.modules()) {
            Div line = new Div();
            line.addClassName("student-module");
            line.getElement().setAttribute("data-module", m.moduleId());
            Span t = new Span(m.number() + ". " + m.title());
            t.addClassName("student-module-title");
            line.add(t, ProgressDisplay.status(m), ProgressDisplay.bar(m.percent(), m.title()));
            list.add(line);
        }
        d.add(list);

        H3 overrideTitle = new H3("Open a module despite its prerequisites");
        Select<ProgressReadModel.Module> module = new Select<>();
        module.setLabel("Module");
        module.setItems(p.modules().stream().filter(ProgressReadModel.Module::locked).toList());
        module.setItemLabelGenerator(ProgressReadModel.Module::title);
        module.setPlaceholder(p.modules().stream().anyMatch(ProgressReadModel.Module::locked) ? "Choose a locked module" : "No module is locked");
        TextArea reason = new TextArea("Reason (recorded)");
        reason.setMaxLength(TextLimits.REASON);
        reason.setPlaceholder("e.g. completed Category Three at a SOTO Europe seminar in 2024");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        Button grant = new Button("Open the module", e -> {
            if (module.getValue() == null) {
                toast("Choose a module to open.", true);
                return;
            }
            try {
                overrideService.grantOverride(row.user().id(), module.getValue().moduleId(), reason.getValue());
                toast(module.getValue().title() + " is now open for " + row.user().displayName() + ".", false);
                d.close();
                refresh();
            } catch (IllegalArgumentException ex) {
                toast(ex.getMessage(), true);
            }
        });
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div overrides = new Div();
        overrideService.overrides(row.user().id()).forEach(o -> overrides.add(new Paragraph("Opened " + o.moduleId() + " on "
                + ProgressDisplay.date(o.at()) + " by " + o.grantedBy() + ": " + o.reason())));
        d.add(overrideTitle, module, reason, overrides);
        d.getFooter().add(new Button("Close", e -> d.close()), grant);
        d.open();
    }

    private static void toast(String message, boolean error) {
        Notification.show(message, error ? 6000 : 3000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }
}

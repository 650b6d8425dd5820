package org.sotcourseware.ops.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.base.ui.Toasts;
import org.sotcourseware.ops.BackupService;
import org.sotcourseware.ops.Backups;
import org.sotcourseware.security.Roles;

/**
 * The administrator sees the backups (name, time, size, kind), where they go, the schedule and retention, the last
 * failure if the last run failed, and takes a backup on demand.
 */
@Route("admin/backups")
@PageTitle("Backups · SOT Courseware")
@RolesAllowed(Roles.ADMIN)
class BackupView extends Main {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final BackupService backups;
    private final Grid<BackupService.Backup> grid = new Grid<>();
    private final Paragraph where = new Paragraph();
    private final Div failure = new Div();
    private final Paragraph empty = new Paragraph();

    public BackupView(BackupService backups) {
        this.backups = backups;
        addClassNames("page", "backups-page");
        Div header = new Div();
        header.addClassName("page-header");
        Div titles = new Div(new H1("Backups"), where);
        Button now = new Button("Back up now");
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        now.setDisableOnClick(true);
        now.addClickListener(e -> {
            try {
                BackupService.Backup b = backups.backupNow();
                Toasts.success("Backup written: " + b.fileName() + " (" + size(b.bytes()) + ")");
            } catch (BackupService.BackupFailedException ex) {
                Toasts.error(ex.getMessage());
            } finally {
                now.setEnabled(true);
                refresh();
            }
        });
        header.add(titles, now);

        failure.addClassNames("backup-failure", "status-banner");
        failure.getElement().setAttribute("role", "alert");
        grid.addColumn(b -> TIME.format(b.takenAt())).setHeader("Taken").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(b -> size(b.bytes())).setHeader("Size").setAutoWidth(true).setFlexGrow(0).setTextAlign(
                com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(b -> b.kind() == Backups.Kind.H2 ? "H2 database file" : "Portable archive").setHeader("Kind").setAutoWidth(true);
        grid.addColumn(BackupService.Backup::fileName).setHeader("File").setAutoWidth(true).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addClassName("backups-grid");
        empty.addClassName("empty-state");
        empty.setText("No backup yet. The first one is written on the schedule, or now with \u201cBack up now\u201d.");
        add(header, failure, empty, grid);
        refresh();
    }

    private void refresh() {
        BackupService.Status s = backups.status();
        String schedule = s.cron().equals("-") ? "No schedule (sot.backup.cron is -): backups only on demand."
                : "Scheduled: cron \u201c" + s.cron() + "\u201d (server time).";
        where.setText("Folder " + s.dir() + (s.usableBytes() >= 0 ? ", " + size(s.usableBytes()) + " free" : "") + ". " + schedule
                + " Kept: the newest of each of the last " + s.keepDaily() + " days and of each of the last " + s.keepWeekly()
                + " weeks. Restore with: java -jar sot-courseware.jar data restore FILE (docs/operations.md).");
        failure.setVisible(s.lastFailure() != null);
        failure.setText(s.lastFailure() == null ? "" : "The last backup failed (" + TIME.format(s.lastFailureAt()) + "): " + s.lastFailure());
        grid.setItems(s.backups());
        grid.setVisible(!s.backups().isEmpty());
        empty.setVisible(s.backups().isEmpty());
    }

    static String size(long bytes) {
        if (bytes < 0) {
            return "?";
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
    }
}

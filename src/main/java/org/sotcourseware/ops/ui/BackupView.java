package org.sotcourseware.ops.ui;

import java.time.ZoneId;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.base.Dates;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.Translations;
import org.sotcourseware.base.ui.Toasts;
import org.sotcourseware.ops.BackupService;
import org.sotcourseware.ops.Backups;
import org.sotcourseware.security.Roles;

/**
 * The administrator sees the backups (name, time, size, kind), where they go, the schedule and retention, the last
 * failure if the last run failed, and takes a backup on demand.
 */
@Route("admin/backups")
@RolesAllowed(Roles.ADMIN)
class BackupView extends Main implements HasDynamicTitle {

    private final BackupService backups;
    private final ZoneId zone = ZoneId.systemDefault();
    private final Grid<BackupService.Backup> grid = new Grid<>();
    private final Paragraph where = new Paragraph();
    private final Div failure = new Div();
    private final Paragraph empty = new Paragraph();

    public BackupView(BackupService backups) {
        this.backups = backups;
        addClassNames("page", "backups-page");
        Div header = new Div();
        header.addClassName("page-header");
        Div titles = new Div(new H1(getTranslation("ops.backups.title")), where);
        Button now = new Button(getTranslation("ops.backups.back-up-now"));
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        now.setDisableOnClick(true);
        now.addClickListener(e -> {
            try {
                BackupService.Backup b = backups.backupNow();
                Toasts.success(getTranslation("ops.backups.written", b.fileName(), size(b.bytes(), getLocale())));
            } catch (BackupService.BackupFailedException ex) {
                Toasts.error(ex);
            } finally {
                now.setEnabled(true);
                refresh();
            }
        });
        header.add(titles, now);

        failure.addClassNames("backup-failure", "status-banner");
        failure.getElement().setAttribute("role", "alert");
        grid.addColumn(b -> Dates.moment(b.takenAt(), zone, getLocale())).setHeader(getTranslation("ops.backups.taken")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(b -> size(b.bytes(), getLocale())).setHeader(getTranslation("ops.backups.size")).setAutoWidth(true).setFlexGrow(0).setTextAlign(
                com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(b -> getTranslation(b.kind() == Backups.Kind.H2 ? "ops.backups.kind-h2" : "ops.backups.kind-archive"))
                .setHeader(getTranslation("ops.backups.kind")).setAutoWidth(true);
        grid.addColumn(BackupService.Backup::fileName).setHeader(getTranslation("ops.backups.file")).setAutoWidth(true).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addClassName("backups-grid");
        empty.addClassName("empty-state");
        empty.setText(getTranslation("ops.backups.empty"));
        add(header, failure, empty, grid);
        refresh();
    }

    private void refresh() {
        BackupService.Status s = backups.status();
        String folder = s.usableBytes() >= 0 ? getTranslation("ops.backups.folder-free", s.dir().toString(), size(s.usableBytes(), getLocale()))
                : getTranslation("ops.backups.folder", s.dir().toString());
        String schedule = s.cron().equals("-") ? getTranslation("ops.backups.no-schedule") : getTranslation("ops.backups.schedule", s.cron());
        where.setText(String.join(" ", folder, schedule, getTranslation("ops.backups.kept", s.keepDaily(), s.keepWeekly()),
                getTranslation("ops.backups.restore")));
        failure.setVisible(s.lastFailure() != null);
        failure.setText(s.lastFailure() == null || s.lastFailureAt() == null ? ""
                : getTranslation("ops.backups.last-failed", Dates.moment(s.lastFailureAt(), zone, getLocale()), s.lastFailure()));
        grid.setItems(s.backups());
        grid.setVisible(!s.backups().isEmpty());
        empty.setVisible(s.backups().isEmpty());
    }

    /** A file size in English ("1.5 MB"). */
    static String size(long bytes) {
        return size(bytes, Locales.ENGLISH);
    }

    /** A file size as the reader writes numbers ("1.5 MB", "1,5 MB"). */
    static String size(long bytes, Locale locale) {
        if (bytes < 0) {
            return "?";
        }
        if (bytes < 1024) {
            return Translations.text(locale, "ops.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return Translations.text(locale, "ops.size.kb", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return Translations.text(locale, "ops.size.mb", bytes / (1024.0 * 1024));
        }
        return Translations.text(locale, "ops.size.gb", bytes / (1024.0 * 1024 * 1024));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ops.backups.page-title");
    }
}

package org.sotcourseware.ops.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.sotcourseware.ops.BackupService;
import org.sotcourseware.ops.Backups;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrator takes a backup on demand and sees it listed with its time and size. */
@IntegrationTest
class BackupViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void back_up_now_writes_a_backup_and_lists_it_with_its_time_and_size() {
        navigate(BackupView.class);
        test($(Button.class).withText("Back up now").single()).click();
        Grid<BackupService.Backup> grid = (Grid<BackupService.Backup>) $(Grid.class).single();

        String toast = test($(Notification.class).last()).getText();
        assertThat(toast).startsWith("Backup written: sot-courseware-").contains(".archive.zip (").endsWith("B)");
        assertThat(grid.getListDataView().getItemCount()).isPositive();
        BackupService.Backup newest = grid.getListDataView().getItem(0);
        assertThat(newest.kind()).as("an in-memory test database gets the portable archive").isEqualTo(Backups.Kind.ARCHIVE);
        assertThat(newest.bytes()).isPositive();
        assertThat(toast).contains(newest.fileName()).contains(BackupView.size(newest.bytes()));
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText).containsExactly("Taken", "Size", "Kind", "File");
    }
}

package org.sotcourseware.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import org.junit.jupiter.api.Test;
import org.sotcourseware.base.DatabaseTrouble;
import org.springframework.transaction.CannotCreateTransactionException;

/** When a click fails because the database does not answer, the user reads "we could not save, try again", no trace. */
@com.vaadin.browserless.ViewPackages(classes = NotFoundView.class) // no route scan of the whole app: this test opens no view
class AppErrorHandlerTest extends BrowserlessTest {

    private final AppErrorHandler handler = new AppErrorHandler();

    @Test
    void a_database_that_does_not_answer_gives_a_plain_try_again_notification() {
        handler.error(new ErrorEvent(new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 30000ms"))));
        Notification n = $(Notification.class).single();
        String text = test(n).getText();
        assertThat(text).isEqualTo(DatabaseTrouble.COULD_NOT_SAVE).startsWith("We could not save. Try again")
                .doesNotContain("Exception").doesNotContain("Hikari");
    }

    @Test
    void other_failures_show_no_database_message() {
        handler.error(new ErrorEvent(new IllegalStateException("a bug")));
        assertThat($(Notification.class).all()).isEmpty();
    }
}

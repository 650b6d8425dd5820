package org.sotcourseware.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sotcourseware.base.DatabaseTrouble;
import org.springframework.stereotype.Component;

/**
 * What a user sees when an action fails on the server. When the database does not answer (see
 * {@link DatabaseTrouble}) a plain notification says the save did not happen and to try again, never a stack trace;
 * the log gets one line, not a trace per click. Everything else goes to Vaadin's default handling (logged in full).
 * The connection pool reconnects by itself when the database is back, so the user's next try succeeds.
 */
@Component
class AppErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(AppErrorHandler.class);
    private final transient DefaultErrorHandler fallback = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable t = event.getThrowable();
        if (DatabaseTrouble.isUnavailable(t)) {
            log.warn("A user action failed because the database did not answer: {}", rootMessage(t));
            if (UI.getCurrent() != null) {
                Toasts.error(DatabaseTrouble.COULD_NOT_SAVE);
            }
            return;
        }
        fallback.error(event);
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        for (int i = 0; i < 20 && root.getCause() != null; i++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}

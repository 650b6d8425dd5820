package org.sotcourseware.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Closes a session's {@code user_session} row when the servlet session ends on this node: signing out, an idle or
 * absolute limit ({@link SessionGuard}), the container's timeout, or a session ended from another device.
 */
@Component
class ActiveSessionsListener implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(ActiveSessionsListener.class);

    private final ActiveSessions sessions;

    ActiveSessionsListener(ActiveSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (event.getSession().getAttribute(ActiveSessions.KEY) instanceof String key) {
            try {
                sessions.closed(key, "signed out or timed out");
            } catch (RuntimeException e) {
                // the database may be gone at shutdown; the row then stops being listed once idle past its limit
                log.debug("Could not close the session row {}: {}", key, e.toString());
            }
        }
    }
}

package org.sotcourseware.shell;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.sotcourseware.base.ui.StartPage;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * The app's address ({@code /}) is the student dashboard; a member of staff is forwarded to the start page of
 * their main role (instructor: authoring; organiser: seminars and the matrix; admin: users and health) before
 * the dashboard is built. Their start page's own address stays reachable from the side navigation.
 */
@Component
class StartPageRouting implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final List<StartPage> startPages;

    StartPageRouting(CurrentUser currentUser, List<StartPage> startPages) {
        this.currentUser = currentUser;
        this.startPages = List.copyOf(startPages);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(e -> {
            if (!e.getLocation().getPath().isEmpty()) {
                return;
            }
            currentUser.get().flatMap(this::startPageOf).ifPresent(p -> e.forwardTo(p.view()));
        }));
    }

    /** The start page of the user's main role, if that role has one. */
    Optional<StartPage> startPageOf(SignedInUser user) {
        String role = user.primaryRole();
        return startPages.stream().filter(p -> p.role().equals(role)).findFirst();
    }
}

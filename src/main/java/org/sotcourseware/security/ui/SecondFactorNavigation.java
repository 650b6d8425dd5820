package org.sotcourseware.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.SecondFactor;
import org.sotcourseware.security.SecondFactorGate;
import org.springframework.stereotype.Component;

/**
 * While a person is between password and second factor, every page they open shows the code page
 * instead (the sign-in and error pages excepted). Their session has no roles meanwhile (see
 * {@link SecondFactorGate}), so this only keeps them from pages open to anyone signed in.
 */
@Component
class SecondFactorNavigation implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    SecondFactorNavigation(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(e -> {
            Class<?> target = e.getNavigationTarget();
            if (target == SecondFactorView.class || target == LoginView.class) {
                return;
            }
            if (pending() != SecondFactor.Step.NONE) {
                e.forwardTo(SecondFactorView.class);
            }
        }));
    }

    private SecondFactor.Step pending() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return SecondFactor.Step.NONE;
        }
        return SecondFactorGate.stepOf(session.getSession().getAttribute(SecondFactorGate.stateAttribute()),
                currentUser.get().map(u -> u.username()).orElse(null));
    }
}

package org.sotcourseware.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.sotcourseware.base.NotFound;

/**
 * The not-found page for a page whose address is right but whose module, lesson or record does not exist
 * (a service threw {@link NotFound} while the page opened): the service's plain message and a way back.
 */
@AnonymousAllowed
public class MissingView extends Main implements HasErrorParameter<NotFound> {

    public MissingView() {
        addClassName("status-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFound> parameter) {
        NotFound missing = parameter.getException();
        NotFoundView.show(this, missing.message() != null ? missing.message().in(getLocale())
                : missing.getMessage() == null ? "" : missing.getMessage());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

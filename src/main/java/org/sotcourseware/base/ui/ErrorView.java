package org.sotcourseware.base.ui;

import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any unexpected error while opening a page: a plain message with a reference the user can quote; the
 * details go to the log under the same reference.
 */
@AnonymousAllowed
public class ErrorView extends com.vaadin.flow.component.html.Main implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    public ErrorView() {
        addClassName("status-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        boolean database = org.sotcourseware.base.DatabaseTrouble.isUnavailable(parameter.getException());
        if (database) {
            log.warn("Error {} while opening {}: the database did not answer ({})", reference, event.getLocation().getPath(),
                    AppErrorHandler.rootMessage(parameter.getException()));
        } else {
            log.error("Error {} while opening {}", reference, event.getLocation().getPath(), parameter.getException());
        }
        removeAll();
        Div card = new Div();
        card.addClassName("status-card");
        Div code = new Div(getTranslation("base.error.sorry"));
        code.addClassName("status-code");
        Anchor home = new Anchor("", getTranslation("base.error.back-to-start"));
        home.getElement().setAttribute("router-link", true);
        home.addClassName("button-link");
        card.add(code, new H1(getTranslation(database ? "base.error.database-title" : "base.error.title")),
                new Paragraph(getTranslation(database ? "base.error.database-text" : "base.error.text", reference)),
                new Div(home));
        add(card);
        return database ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}

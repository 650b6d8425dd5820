package org.sotcourseware.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page for an unknown address, module or lesson, and for pages the user may not open (which we do
 * not reveal exist). A plain explanation and a way back; never a stack trace.
 */
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassName("status-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        Div card = new Div();
        card.addClassName("status-card");
        Div code = new Div("404");
        code.addClassName("status-code");
        String custom = parameter.hasCustomMessage() ? parameter.getCustomMessage() : "";
        Paragraph text = new Paragraph(custom.isBlank()
                ? "There is no page at this address, or it is not available to your account."
                : custom);
        Anchor modules = new Anchor("modules", "Go to the modules");
        modules.getElement().setAttribute("router-link", true);
        modules.addClassName("button-link");
        Anchor home = new Anchor("", "Home");
        home.getElement().setAttribute("router-link", true);
        Div links = new Div(modules, home);
        links.addClassName("status-links");
        card.add(code, new H1("Page not found"), text, links);
        add(card);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

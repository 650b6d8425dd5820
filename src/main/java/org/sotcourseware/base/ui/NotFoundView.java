package org.sotcourseware.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page for an unknown address and for pages the user may not open (which we do not reveal exist). A
 * plain explanation and a way back; never a stack trace. A module, lesson or record that does not exist
 * gets the same page from {@link MissingView}.
 */
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassName("status-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        // the router's own message ("Couldn't find route for ...") would tell an unknown address from a page the user
        // may not open: both get the general text; the app's own messages ("There is no such quiz attempt.") are kept
        String message = parameter.hasCustomMessage() ? parameter.getCustomMessage() : "";
        show(this, message.startsWith("Couldn't find route") || message.startsWith("Access denied") ? "" : message); // not UI text: Vaadin's messages
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** Fills {@code page} with the not-found card: {@code message}, or a general one when blank. */
    static void show(Main page, String message) {
        page.removeAll();
        Div card = new Div();
        card.addClassName("status-card");
        Div code = new Div("404");
        code.addClassName("status-code");
        Paragraph text = new Paragraph(message.isBlank() ? page.getTranslation("base.not-found.text") : message);
        // signed out: the way in (the same for an unknown address and a page behind sign-in, so neither is revealed)
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated()
                && !(auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
        Anchor modules = signedIn ? new Anchor("modules", page.getTranslation("base.not-found.modules"))
                : new Anchor("login", page.getTranslation("base.not-found.sign-in"));
        modules.getElement().setAttribute("router-link", true);
        modules.addClassName("button-link");
        Anchor home = new Anchor(signedIn ? "" : "verify", page.getTranslation(signedIn ? "base.not-found.home" : "base.not-found.verify"));
        home.getElement().setAttribute("router-link", true);
        Div links = new Div(modules, home);
        links.addClassName("status-links");
        card.add(code, new H1(page.getTranslation("base.not-found.title")), text, links);
        page.add(card);
    }
}

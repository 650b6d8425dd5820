package org.sotcourseware.certification.ui;

import java.util.Locale;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.certification.CertificationService;
import org.sotcourseware.certification.VerificationLimiter;

/**
 * The public verification page, reached from a certificate's QR code or by typing its code: valid,
 * revoked or expired, with the holder's name, track, dates and issuer. An unknown code says so and reveals
 * nothing else; lookups are limited per address.
 */
@Route(value = "verify/:code?", autoLayout = false)
@PageTitle("Verify a certificate · SOT Courseware")
@AnonymousAllowed
class VerifyView extends Main implements BeforeEnterObserver {

    private final CertificationService certification;
    private final VerificationLimiter limiter;
    private final Div result = new Div();
    private final TextField code = new TextField("Certificate code");

    public VerifyView(CertificationService certification, VerificationLimiter limiter) {
        this.certification = certification;
        this.limiter = limiter;
        addClassNames("status-page", "verify-page");
        Div card = new Div();
        card.addClassNames("status-card", "verify-card");
        Span brand = new Span("SOT Courseware");
        brand.addClassName("eyebrow");
        code.setPlaceholder("XXXXX-XXXXX-XXXXX-XXXXX");
        code.setMaxLength(TextLimits.SEARCH);
        code.setWidthFull();
        code.addClassName("verify-code");
        Button check = new Button("Verify", e -> show(code.getValue()));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        Div form = new Div(code, check);
        form.addClassName("verify-form");
        result.addClassName("verify-result");
        result.getElement().setAttribute("aria-live", "polite");
        card.add(brand, new H1("Verify a certificate"), new Paragraph("Enter the code printed on the certificate, or scan its QR code."),
                form, result);
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(c -> {
            code.setValue(c);
            show(c);
        });
    }

    private void show(String raw) {
        result.removeAll();
        if (raw.isBlank()) {
            return;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? "unknown" : request.getRemoteAddr();
        if (!limiter.tryAcquire(address)) {
            result.add(outcome("too-many", "Too many look-ups", "Please wait a minute before checking another code."));
            return;
        }
        CertificationService.Verification v = certification.verify(raw);
        switch (v.validity()) {
            case UNKNOWN -> result.add(outcome("unknown", "No certificate has this code",
                    "Check the code for typing errors. A code that is not found tells nothing about any person."));
            case VALID -> result.add(details(v, "valid", "Valid certificate",
                    v.expiresOn() == null ? "Does not expire." : "Valid until " + CertificationParts.date(v.expiresOn()) + "."));
            case EXPIRED -> result.add(details(v, "expired", "Expired certificate", "It expired on " + CertificationParts.date(v.expiresOn()) + "."));
            case REVOKED -> result.add(details(v, "revoked", "Revoked certificate", "The issuer revoked it on " + CertificationParts.date(v.revokedOn())
                    + ". It is no longer valid."));
        }
    }

    private static Div outcome(String kind, String heading, String text) {
        Div d = new Div(new H2(heading), new Paragraph(text));
        d.addClassNames("verify-outcome", "verify-" + kind);
        d.getElement().setAttribute("data-validity", kind.toUpperCase(Locale.ROOT));
        return d;
    }

    private static Div details(CertificationService.Verification v, String kind, String heading, String when) {
        Div d = outcome(kind, heading, when);
        Div facts = new Div();
        facts.addClassName("verify-facts");
        facts.add(fact("Holder", v.holderName()), fact("Certificate", v.trackTitle()), fact("Awarded", CertificationParts.date(v.issuedOn())),
                fact("Issued by", v.issuer()));
        d.add(facts);
        return d;
    }

    private static Div fact(String label, @org.jspecify.annotations.Nullable String value) {
        Span l = new Span(label);
        l.addClassName("verify-fact-label");
        Span v = new Span(value == null ? "" : value);
        v.addClassName("verify-fact-value");
        Div d = new Div(l, v);
        d.addClassName("verify-fact");
        return d;
    }
}

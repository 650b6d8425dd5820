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
import com.vaadin.flow.router.HasDynamicTitle;
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
@AnonymousAllowed
class VerifyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CertificationService certification;
    private final VerificationLimiter limiter;
    private final Div result = new Div();
    private final TextField code = new TextField();

    public VerifyView(CertificationService certification, VerificationLimiter limiter) {
        this.certification = certification;
        this.limiter = limiter;
        addClassNames("status-page", "verify-page");
        Div card = new Div();
        card.addClassNames("status-card", "verify-card");
        code.setLabel(getTranslation("certification.verify.code"));
        Span brand = new Span("SOT Courseware"); // not UI text: the product name, never translated
        brand.addClassName("eyebrow");
        code.setPlaceholder("XXXXX-XXXXX-XXXXX-XXXXX"); // not UI text: the form of a code
        code.setMaxLength(TextLimits.SEARCH);
        code.setWidthFull();
        code.addClassName("verify-code");
        Button check = new Button(getTranslation("certification.verify.check"), e -> show(code.getValue()));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        Div form = new Div(code, check);
        form.addClassName("verify-form");
        result.addClassName("verify-result");
        result.getElement().setAttribute("aria-live", "polite");
        card.add(brand, new H1(getTranslation("certification.verify.title")), new Paragraph(getTranslation("certification.verify.lead")),
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
        String address = request == null ? "unknown" : request.getRemoteAddr(); // not UI text: the limiter's key
        if (!limiter.tryAcquire(address)) {
            result.add(outcome("too-many", getTranslation("certification.verify.too-many"), getTranslation("certification.verify.too-many-text")));
            return;
        }
        CertificationService.Verification v = certification.verify(raw);
        switch (v.validity()) {
            case UNKNOWN -> result.add(outcome("unknown", getTranslation("certification.verify.unknown"),
                    getTranslation("certification.verify.unknown-text")));
            case VALID -> result.add(details(v, "valid", getTranslation("certification.verify.valid"),
                    v.expiresOn() == null ? getTranslation("certification.verify.valid-no-expiry")
                            : getTranslation("certification.verify.valid-until", v.expiresOn())));
            case EXPIRED -> result.add(details(v, "expired", getTranslation("certification.verify.expired"),
                    getTranslation("certification.verify.expired-on", v.expiresOn())));
            case REVOKED -> result.add(details(v, "revoked", getTranslation("certification.verify.revoked"),
                    getTranslation("certification.verify.revoked-on", v.revokedOn())));
        }
    }

    private static Div outcome(String kind, String heading, String text) {
        Div d = new Div(new H2(heading), new Paragraph(text));
        d.addClassNames("verify-outcome", "verify-" + kind);
        d.getElement().setAttribute("data-validity", kind.toUpperCase(Locale.ROOT));
        return d;
    }

    private Div details(CertificationService.Verification v, String kind, String heading, String when) {
        Div d = outcome(kind, heading, when);
        Div facts = new Div();
        facts.addClassName("verify-facts");
        facts.add(fact(getTranslation("certification.verify.holder"), v.holderName()),
                fact(getTranslation("certification.verify.certificate"), v.trackTitle()),
                fact(getTranslation("certification.verify.awarded"), CertificationParts.date(v.issuedOn(), getLocale())),
                fact(getTranslation("certification.verify.issued-by"), v.issuer()));
        d.add(facts);
        return d;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certification.verify.page-title");
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

package org.sotcourseware.certification.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.ui.TracksBoxProvider;
import org.sotcourseware.certification.CertificationService;
import org.sotcourseware.certification.TrackRules;
import org.sotcourseware.security.CurrentUser;

/**
 * The student's certification box on the dashboard: each track with its requirements met and missing
 * (with figures), and the certificates held, each with its PDF and verification link.
 */
@org.springframework.stereotype.Component // the Vaadin Component is the one imported
class CertificationDashboard implements TracksBoxProvider {

    private final CertificationService certification;
    private final CurrentUser currentUser;

    CertificationDashboard(CertificationService certification, CurrentUser currentUser) {
        this.certification = certification;
        this.currentUser = currentUser;
    }

    @Override
    public Component create() {
        var me = currentUser.require().id();
        java.util.Locale locale = Locales.current();
        Div box = new Div();
        box.addClassNames("side-box", "dashboard-tracks");
        H2 title = new H2(CertificationParts.t(locale, "certification.dashboard.title"));
        title.addClassName("side-title");
        box.add(title);
        CertificationService.Standing standing = certification.standing(me);
        LocalDate today = LocalDate.now();
        for (CertificationService.Certificate c : standing.certificates()) {
            box.add(certificate(c, today, locale));
        }
        for (TrackRules.Evaluation e : standing.evaluations()) {
            Div row = new Div();
            row.addClassName("cert-track");
            row.getElement().setAttribute("data-track", e.track().id());
            Span name = new Span(e.track().title());
            name.addClassName("track-title");
            Div head = new Div(name, CertificationParts.badge(e.status(), locale));
            head.addClassName("track-head");
            row.add(head);
            if (e.status() != TrackRules.Status.CERTIFIED) {
                row.add(CertificationParts.requirements(e, locale));
            }
            if (e.status() == TrackRules.Status.ELIGIBLE) {
                Paragraph p = new Paragraph(CertificationParts.t(locale, "certification.dashboard.eligible"));
                p.addClassName("track-note");
                row.add(p);
            }
            box.add(row);
        }
        return box;
    }

    private Component certificate(CertificationService.Certificate c, LocalDate today, java.util.Locale locale) {
        Div card = new Div();
        card.addClassName("certificate-card");
        card.getElement().setAttribute("data-code", c.code());
        Span t = new Span(c.trackTitle());
        t.addClassName("certificate-title");
        Span meta = new Span(CertificationParts.t(locale, "certification.dashboard.certificate-meta", c.issuedOn(),
                CertificationParts.state(c, today, false, locale), c.code()));
        meta.addClassName("certificate-meta");
        card.add(t, meta);
        if (!c.revoked()) {
            Anchor pdf = new Anchor(DownloadHandler.fromInputStream(ev -> {
                byte[] bytes = certification.pdf(c.id());
                return new DownloadResponse(new ByteArrayInputStream(bytes), CertificationService.pdfName(c), "application/pdf", bytes.length);
            }), CertificationParts.t(locale, "certification.certificate.download-pdf"));
            pdf.getElement().setAttribute("download", true);
            pdf.addClassName("certificate-pdf");
            Anchor verify = new Anchor(c.verifyUrl(), CertificationParts.t(locale, "certification.certificate.verification-page"));
            verify.setTarget("_blank");
            Div links = new Div(pdf, verify);
            links.addClassName("certificate-links");
            card.add(links);
        }
        return card;
    }
}

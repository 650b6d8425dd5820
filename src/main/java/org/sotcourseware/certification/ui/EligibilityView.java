package org.sotcourseware.certification.ui;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Breadcrumbs;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.base.ui.Toasts;
import org.sotcourseware.certification.CertificationService;
import org.sotcourseware.certification.ProgressMatrix;
import org.sotcourseware.certification.TrackRules;
import org.sotcourseware.content.Track;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.Roles;

/**
 * Per track: who is eligible now (award with one click), who is close (one requirement missing, which one),
 * and who is certified; the eligible list as CSV.
 */
@Route("organiser/eligibility")
@RolesAllowed({Roles.ORGANISER, Roles.INSTRUCTOR, Roles.ADMIN})
class EligibilityView extends Main implements HasDynamicTitle {

    private final CertificationService certification;
    private final boolean organiser;
    private final Div body = new Div();
    private ProgressMatrix matrix;
    private Track current;

    public EligibilityView(CertificationService certification, CurrentUser currentUser) {
        this.certification = certification;
        this.organiser = currentUser.require().hasRole(Roles.ORGANISER) || currentUser.require().hasRole(Roles.ADMIN);
        addClassNames("page", "eligibility-page");
        add(new Breadcrumbs().link(getTranslation("certification.nav.progress-matrix"), CertificationNavigation.matrix())
                .current(getTranslation("certification.eligibility.breadcrumb")));
        Paragraph lead = new Paragraph(getTranslation("certification.eligibility.lead"));
        lead.addClassName("lead");
        add(new Div(new H1(getTranslation("certification.eligibility.title")), lead));
        matrix = certification.matrix(null);
        current = matrix.tracks().getFirst();
        Tabs tabs = new Tabs();
        matrix.tracks().forEach(t -> tabs.add(new Tab(t.title())));
        tabs.addSelectedChangeListener(e -> {
            current = matrix.tracks().get(tabs.getSelectedIndex());
            refresh();
        });
        add(tabs, body);
        refresh();
    }

    private void refresh() {
        body.removeAll();
        ProgressMatrix shown = matrix;
        String trackId = current.id();
        ProgressMatrix.Eligibility cohort = shown.eligibility(trackId);
        List<ProgressMatrix.Row> eligible = cohort.eligible();
        List<ProgressMatrix.Row> close = cohort.oneStepAway();
        List<ProgressMatrix.Row> certified = cohort.certified();

        Div counts = new Div(PageParts.stat(count(eligible.size()), getTranslation("certification.eligibility.stat-eligible")),
                PageParts.stat(count(close.size()), getTranslation("certification.eligibility.stat-close")),
                PageParts.stat(count(certified.size()), getTranslation("certification.eligibility.stat-certified")));
        counts.addClassName("authoring-summary");
        body.add(counts);

        Anchor csv = new Anchor(DownloadHandler.fromInputStream(ev -> {
            byte[] bytes = shown.eligibleCsv(trackId);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "eligible-" + trackId + ".csv", "text/csv", bytes.length); // not UI text: file name
        }), getTranslation("certification.eligibility.export"));
        csv.getElement().setAttribute("download", true);
        csv.addClassNames("button-link", "eligibility-export");
        body.add(PageParts.section(getTranslation("certification.eligibility.eligible")), csv);
        if (eligible.isEmpty()) {
            body.add(PageParts.empty(getTranslation("certification.eligibility.no-eligible", current.title())));
        }
        for (ProgressMatrix.Row r : eligible) {
            Div row = row(r);
            if (organiser) {
                Button award = new Button(getTranslation("certification.eligibility.award"), e -> {
                    try {
                        CertificationService.Certificate c = certification.award(r.id(), current.id());
                        Toasts.success(getTranslation("certification.award.done", c.trackTitle(), c.holderName(), c.code()));
                        matrix = certification.matrix(null);
                        refresh();
                    } catch (CertificationService.NotEligible | CertificationService.CertificationException ex) {
                        Toasts.error(ex);
                    }
                });
                award.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                award.addClassName("award");
                row.add(award);
            }
            body.add(row);
        }
        body.add(PageParts.section(getTranslation("certification.eligibility.close")));
        body.add(PageParts.muted(getTranslation("certification.eligibility.close-lead")));
        if (close.isEmpty()) {
            body.add(PageParts.empty(getTranslation("certification.eligibility.no-close")));
        }
        for (ProgressMatrix.Row r : close) {
            Div row = row(r);
            TrackRules.Requirement m = r.tracks().get(current.id()).missing().getFirst();
            Span what = new Span(m.missing().isEmpty() || m.kind() == TrackRules.Kind.TRACK
                    ? getTranslation("certification.eligibility.missing", m.figure().in(getLocale()))
                    : getTranslation("certification.eligibility.missing-which", m.figure().in(getLocale()), String.join(", ", m.missing())));
            what.addClassName("muted");
            row.add(what);
            body.add(row);
        }
        body.add(PageParts.section(getTranslation("certification.eligibility.certified")));
        if (certified.isEmpty()) {
            body.add(PageParts.empty(getTranslation("certification.eligibility.no-certified", current.title())));
        }
        for (ProgressMatrix.Row r : certified) {
            Div row = row(r);
            TrackRules.Held h = r.tracks().get(current.id()).current();
            if (h != null) {
                row.add(new Span(h.expiresOn() == null ? getTranslation("certification.eligibility.since", h.issuedOn())
                        : getTranslation("certification.eligibility.since-until", h.issuedOn(), h.expiresOn())));
            }
            body.add(row);
        }
    }

    private String count(int n) {
        return getTranslation("certification.count", n);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certification.eligibility.page-title");
    }

    private static Div row(ProgressMatrix.Row r) {
        Div row = new Div(Links.to(CertificationNavigation.student(r.id()), r.name()), new Span(r.username()));
        row.addClassName("eligibility-row");
        row.getElement().setAttribute("data-user", r.username());
        return row;
    }
}

package org.sotcourseware.certification.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Breadcrumbs;
import org.sotcourseware.base.ui.Places;
import org.sotcourseware.base.ui.Toasts;
import org.sotcourseware.certification.CertificationService;
import org.sotcourseware.certification.StudentRecord;
import org.sotcourseware.certification.TrackRules;
import org.sotcourseware.progress.ui.ProgressDisplay;
import org.sotcourseware.progress.ProgressReadModel;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.UserId;
import org.sotcourseware.security.UserSummary;
import org.sotcourseware.seminar.SeminarPlace;
import org.sotcourseware.seminar.SeminarReadModel;

/**
 * One student's record for organisers: tracks with each requirement met or missing, certificates (award
 * to an eligible student, revoke with a reason, download), modules, quiz scores and cases, seminars with
 * attended hours, and exam results.
 */
@Route("organiser/students/:userId")
@RolesAllowed({Roles.ORGANISER, Roles.INSTRUCTOR, Roles.ADMIN})
class StudentRecordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CertificationService certification;
    private final Places places;
    private UserId student = new UserId(0);
    private String title = "Student";

    public StudentRecordView(CertificationService certification, Places places) {
        this.certification = certification;
        this.places = places;
        addClassNames("page", "record-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            student = new UserId(Long.parseLong(event.getRouteParameters().get(CertificationNavigation.USER_ID).orElse("")));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class, "There is no such student.");
            return;
        }
        Optional<StudentRecord> record = certification.studentRecord(student);
        if (record.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no such student.");
            return;
        }
        show(record.get());
    }

    /** Reads the record again (after an award or a revocation) and shows it. */
    private void refresh() {
        certification.studentRecord(student).ifPresentOrElse(this::show, this::removeAll);
    }

    private void show(StudentRecord record) {
        removeAll();
        UserSummary u = record.student();
        title = u.displayName();
        boolean organiser = record.mayManageCertificates();
        ProgressReadModel.Student p = record.progress();
        add(new Breadcrumbs().link("Progress matrix", CertificationNavigation.matrix()).current(u.displayName()));
        Div header = new Div();
        header.addClassName("record-header");
        Span eyebrow = new Span("Student record");
        eyebrow.addClassName("eyebrow");
        header.add(eyebrow, new H1(u.displayName()), new Paragraph(u.username() + (u.email() == null ? "" : " · " + u.email())),
                ProgressDisplay.bar(p.percent(), "Curriculum progress"));
        add(header);

        Div columns = new Div();
        columns.addClassName("record-columns");
        Div left = new Div();
        Div right = new Div();

        left.add(PageParts.section("Certification tracks"));
        CertificationService.Standing standing = record.standing();
        for (TrackRules.Evaluation e : standing.evaluations()) {
            left.add(track(e, organiser));
        }
        List<CertificationService.Certificate> certs = standing.certificates();
        left.add(PageParts.section("Certificates"));
        if (certs.isEmpty()) {
            left.add(PageParts.muted("No certificates yet."));
        }
        for (CertificationService.Certificate c : certs) {
            left.add(certificate(c, organiser));
        }

        right.add(PageParts.section("Modules"));
        Div modules = new Div();
        modules.addClassName("record-modules");
        for (ProgressReadModel.Module m : p.modules()) {
            Div row = new Div();
            row.addClassName("record-module");
            Span name = new Span(m.title());
            name.addClassName("record-module-title");
            var mine = record.attempts(m.moduleId());
            Span quiz = new Span(mine.isEmpty() ? "quiz not taken" : "quiz attempts: " + String.join(", ", mine.stream()
                    .map(a -> pct(a.percent()) + (a.passed() ? " \u2713" : "")).toList()));
            quiz.addClassName("muted");
            Span cases = new Span("cases " + m.casesDone() + "/" + m.casesTotal());
            cases.addClassName("muted");
            row.add(name, ProgressDisplay.status(m), ProgressDisplay.bar(m.percent(), m.title()), quiz, cases);
            modules.add(row);
        }
        right.add(modules);

        SeminarReadModel.StudentRecord rec = record.seminars();
        right.add(PageParts.section("Seminars"));
        if (rec.seminars().isEmpty()) {
            right.add(PageParts.muted("Not enrolled in any seminar."));
        }
        for (SeminarReadModel.AttendedHours s : rec.seminars()) {
            Div row = new Div(places.link(new SeminarPlace.One(s.seminarId()), s.title()),
                    new Span(" · " + s.status().label() + " · " + fmt(s.hours()) + " hours attended"));
            row.addClassName("record-line");
            right.add(row);
        }
        right.add(PageParts.section("Exam results"));
        if (rec.exams().isEmpty()) {
            right.add(PageParts.muted("No exam results recorded."));
        }
        for (SeminarReadModel.ExamRecord e : rec.exams()) {
            Div row = new Div(new Span(record.trackTitle(e.trackId()) + ": written " + (e.written() == null ? "–" : fmt(e.written()) + "%") + ", practical "
                    + (e.practical() == null ? "–" : fmt(e.practical()) + "%") + " · " + CertificationParts.date(e.date()) + " · " + e.examiner() + " · "
                    + e.seminarTitle()));
            row.addClassName("record-line");
            right.add(row);
        }
        columns.add(left, right);
        add(columns);
    }

    private Component track(TrackRules.Evaluation e, boolean organiser) {
        Div card = new Div();
        card.addClassNames("side-box", "record-track");
        card.getElement().setAttribute("data-track", e.track().id());
        Span name = new Span(e.track().title());
        name.addClassName("track-title");
        Div head = new Div(name, CertificationParts.badge(e.status()));
        head.addClassName("track-head");
        card.add(head, CertificationParts.requirements(e));
        if (organiser && e.current() == null) {
            Button award = new Button("Award certificate", ev -> confirmAward(e));
            award.addClassName("award");
            Div row = new Div(award);
            row.addClassName("award-row");
            if (e.eligible()) {
                award.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                // not clickable while a requirement is missing, with the reason beside it (a disabled button shows no tooltip)
                award.setEnabled(false);
                Span why = new Span(awardBlockedReason(e));
                why.addClassNames("award-why", "muted");
                why.setId("award-why-" + e.track().id());
                award.getElement().setAttribute("aria-describedby", why.getId().orElseThrow());
                row.add(why);
            }
            card.add(row);
        }
        return card;
    }

    /** Why a certificate cannot be awarded yet: the requirements still missing, by their figures. */
    static String awardBlockedReason(TrackRules.Evaluation e) {
        List<TrackRules.Requirement> missing = e.missing();
        return "Cannot be awarded yet: " + (missing.size() == 1 ? "1 requirement is" : missing.size() + " requirements are") + " not met ("
                + String.join("; ", missing.stream().map(r -> r.kind() == TrackRules.Kind.TRACK ? r.text() : r.figure()).toList()) + ").";
    }

    private void confirmAward(TrackRules.Evaluation e) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Award " + e.track().title());
        if (!e.eligible()) {
            d.add(new Paragraph(title + " does not meet every requirement yet, so the certificate cannot be awarded. Missing:"),
                    CertificationParts.requirements(new TrackRules.Evaluation(e.track(), e.status(), e.missing(), e.current(), e.hours(), e.modulesDone())));
            d.getFooter().add(new Button("Close", x -> d.close()));
            d.open();
            return;
        }
        d.add(new Paragraph("Every requirement is met. The certificate is issued today"
                + (e.track().validMonths() == null ? "" : " and valid for " + e.track().validMonths() / 12 + " years")
                + ", with a unique code anyone can check at the public verification page."));
        Button ok = new Button("Award now", x -> {
            try {
                CertificationService.Certificate c = certification.award(student, e.track().id());
                d.close();
                Toasts.success("Awarded " + c.trackTitle() + " to " + c.holderName() + ". Code " + c.code() + ".");
                refresh();
            } catch (CertificationService.NotEligible ex) {
                d.close();
                Toasts.error(ex.getMessage() + " Missing: " + String.join("; ", ex.missing().stream().map(TrackRules.Requirement::figure).toList()));
            } catch (CertificationService.CertificationException ex) {
                d.close();
                Toasts.error(ex.getMessage());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("confirm-award");
        d.getFooter().add(new Button("Cancel", x -> d.close()), ok);
        d.open();
    }

    private Component certificate(CertificationService.Certificate c, boolean organiser) {
        Div card = new Div();
        card.addClassName("certificate-card");
        card.getElement().setAttribute("data-code", c.code());
        Span t = new Span(c.trackTitle());
        t.addClassName("certificate-title");
        LocalDate today = LocalDate.now();
        String state = c.revoked() ? "Revoked: " + c.revokeReason() : c.expiredOn(today) ? "Expired " + CertificationParts.date(c.expiresOn())
                : c.expiresOn() == null ? "Does not expire" : "Valid until " + CertificationParts.date(c.expiresOn());
        Span meta = new Span("Awarded " + CertificationParts.date(c.issuedOn()) + " · " + state);
        meta.addClassName("certificate-meta");
        Span code = new Span(c.code());
        code.addClassName("certificate-code");
        var verify = new Anchor(c.verifyUrl(), "Verification page");
        verify.setTarget("_blank");
        Div links = new Div(verify);
        links.addClassName("certificate-links");
        if (!c.revoked()) {
            var pdf = new Anchor(DownloadHandler.fromInputStream(ev -> {
                byte[] bytes = certification.pdf(c.id());
                return new DownloadResponse(new ByteArrayInputStream(bytes),
                        CertificationService.pdfName(c), "application/pdf", bytes.length);
            }), "Download PDF");
            pdf.getElement().setAttribute("download", true);
            pdf.addClassName("certificate-pdf");
            links.addComponentAsFirst(pdf);
        }
        if (organiser && !c.revoked()) {
            Button revoke = new Button("Revoke", e -> confirmRevoke(c));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.addClassName("revoke");
            links.add(revoke);
        }
        card.add(t, meta, code, links);
        return card;
    }

    private void confirmRevoke(CertificationService.Certificate c) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Revoke " + c.trackTitle());
        TextArea reason = new TextArea("Reason (kept in the audit log)");
        reason.setMaxLength(TextLimits.REASON);
        reason.setWidthFull();
        reason.addClassName("revoke-reason");
        Button ok = new Button("Revoke", e -> {
            try {
                certification.revoke(c.id(), reason.getValue());
                d.close();
                Toasts.success("Revoked. The verification page now shows it as revoked.");
                refresh();
            } catch (CertificationService.CertificationException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(ex.getMessage());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("confirm-revoke");
        d.add(new Paragraph("The certificate stops being valid at once; anyone checking its code sees it as revoked."), reason);
        d.getFooter().add(new Button("Cancel", e -> d.close()), ok);
        d.setWidth("min(520px, 95vw)");
        d.open();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String pct(double d) {
        return fmt(Math.round(d * 10) / 10.0) + "%";
    }

    @Override
    public String getPageTitle() {
        return title + " · Student record · SOT Courseware";
    }
}

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
import org.sotcourseware.base.Numbers;
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
    private String title = "";

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
            event.rerouteToError(NotFoundException.class, getTranslation("certification.record.no-such-student"));
            return;
        }
        Optional<StudentRecord> record = certification.studentRecord(student);
        if (record.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("certification.record.no-such-student"));
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
        add(new Breadcrumbs().link(getTranslation("certification.nav.progress-matrix"), CertificationNavigation.matrix()).current(u.displayName()));
        Div header = new Div();
        header.addClassName("record-header");
        Span eyebrow = new Span(getTranslation("certification.record.title"));
        eyebrow.addClassName("eyebrow");
        header.add(eyebrow, new H1(u.displayName()), new Paragraph(u.username() + (u.email() == null ? "" : " · " + u.email())),
                ProgressDisplay.bar(p.percent(), getTranslation("certification.record.curriculum-progress")));
        add(header);

        Div columns = new Div();
        columns.addClassName("record-columns");
        Div left = new Div();
        Div right = new Div();

        left.add(PageParts.section(getTranslation("certification.record.tracks")));
        CertificationService.Standing standing = record.standing();
        for (TrackRules.Evaluation e : standing.evaluations()) {
            left.add(track(e, organiser));
        }
        List<CertificationService.Certificate> certs = standing.certificates();
        left.add(PageParts.section(getTranslation("certification.record.certificates")));
        if (certs.isEmpty()) {
            left.add(PageParts.muted(getTranslation("certification.record.no-certificates")));
        }
        for (CertificationService.Certificate c : certs) {
            left.add(certificate(c, organiser));
        }

        right.add(PageParts.section(getTranslation("certification.record.modules")));
        Div modules = new Div();
        modules.addClassName("record-modules");
        for (ProgressReadModel.Module m : p.modules()) {
            Div row = new Div();
            row.addClassName("record-module");
            Span name = new Span(m.title());
            name.addClassName("record-module-title");
            var mine = record.attempts(m.moduleId());
            Span quiz = new Span(mine.isEmpty() ? getTranslation("certification.record.quiz-not-taken")
                    : getTranslation("certification.record.quiz-attempts", String.join(", ", mine.stream()
                    .map(a -> pct(a.percent()) + (a.passed() ? " \u2713" : "")).toList())));
            quiz.addClassName("muted");
            Span cases = new Span(getTranslation("certification.record.cases", m.casesDone(), m.casesTotal()));
            cases.addClassName("muted");
            row.add(name, ProgressDisplay.status(m), ProgressDisplay.bar(m.percent(), m.title()), quiz, cases);
            modules.add(row);
        }
        right.add(modules);

        SeminarReadModel.StudentRecord rec = record.seminars();
        right.add(PageParts.section(getTranslation("certification.matrix.seminars")));
        if (rec.seminars().isEmpty()) {
            right.add(PageParts.muted(getTranslation("certification.record.no-seminars")));
        }
        for (SeminarReadModel.AttendedHours s : rec.seminars()) {
            Div row = new Div(places.link(new SeminarPlace.One(s.seminarId()), s.title()),
                    new Span(" · " + getTranslation("certification.record.seminar-line", SeminarStartView.seminarStatus(s.status(), getLocale()),
                            Math.round(s.hours() * 10) / 10.0)));
            row.addClassName("record-line");
            right.add(row);
        }
        right.add(PageParts.section(getTranslation("certification.record.exams")));
        if (rec.exams().isEmpty()) {
            right.add(PageParts.muted(getTranslation("certification.record.no-exams")));
        }
        for (SeminarReadModel.ExamRecord e : rec.exams()) {
            Div row = new Div(new Span(getTranslation("certification.record.exam-line", record.trackTitle(e.trackId()),
                    e.written() == null ? "–" : pct(e.written()), e.practical() == null ? "–" : pct(e.practical()), e.date(), e.examiner(),
                    e.seminarTitle())));
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
        Div head = new Div(name, CertificationParts.badge(e.status(), getLocale()));
        head.addClassName("track-head");
        card.add(head, CertificationParts.requirements(e, getLocale()));
        if (organiser && e.current() == null) {
            Button award = new Button(getTranslation("certification.record.award"), ev -> confirmAward(e));
            award.addClassName("award");
            Div row = new Div(award);
            row.addClassName("award-row");
            if (e.eligible()) {
                award.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                // not clickable while a requirement is missing, with the reason beside it (a disabled button shows no tooltip)
                award.setEnabled(false);
                Span why = new Span(awardBlockedReason(e, getLocale()));
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
    static String awardBlockedReason(TrackRules.Evaluation e, java.util.Locale locale) {
        List<TrackRules.Requirement> missing = e.missing();
        return CertificationParts.t(locale, "certification.record.award-blocked", missing.size(),
                String.join("; ", missing.stream().map(r -> (r.kind() == TrackRules.Kind.TRACK ? r.text() : r.figure()).in(locale)).toList()));
    }

    private void confirmAward(TrackRules.Evaluation e) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("certification.record.award-title", e.track().title()));
        if (!e.eligible()) {
            d.add(new Paragraph(getTranslation("certification.record.award-not-eligible", title)),
                    CertificationParts.requirements(new TrackRules.Evaluation(e.track(), e.status(), e.missing(), e.current(), e.hours(), e.modulesDone()),
                            getLocale()));
            d.getFooter().add(new Button(getTranslation("certification.record.close"), x -> d.close()));
            d.open();
            return;
        }
        d.add(new Paragraph(e.track().validMonths() == null ? getTranslation("certification.record.award-confirm")
                : getTranslation("certification.record.award-confirm-valid", e.track().validMonths() / 12)));
        Button ok = new Button(getTranslation("certification.record.award-now"), x -> {
            try {
                CertificationService.Certificate c = certification.award(student, e.track().id());
                d.close();
                Toasts.success(getTranslation("certification.award.done", c.trackTitle(), c.holderName(), c.code()));
                refresh();
            } catch (CertificationService.NotEligible ex) {
                d.close();
                Toasts.error(getTranslation("certification.record.award-refused", ex.message().in(getLocale()),
                        String.join("; ", ex.missing().stream().map(r -> r.figure().in(getLocale())).toList())));
            } catch (CertificationService.CertificationException ex) {
                d.close();
                Toasts.error(ex);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("confirm-award");
        d.getFooter().add(new Button(getTranslation("certification.record.cancel"), x -> d.close()), ok);
        d.open();
    }

    private Component certificate(CertificationService.Certificate c, boolean organiser) {
        Div card = new Div();
        card.addClassName("certificate-card");
        card.getElement().setAttribute("data-code", c.code());
        Span t = new Span(c.trackTitle());
        t.addClassName("certificate-title");
        LocalDate today = LocalDate.now();
        Span meta = new Span(getTranslation("certification.record.certificate-meta", c.issuedOn(), CertificationParts.state(c, today, true, getLocale())));
        meta.addClassName("certificate-meta");
        Span code = new Span(c.code());
        code.addClassName("certificate-code");
        var verify = new Anchor(c.verifyUrl(), getTranslation("certification.certificate.verification-page"));
        verify.setTarget("_blank");
        Div links = new Div(verify);
        links.addClassName("certificate-links");
        if (!c.revoked()) {
            var pdf = new Anchor(DownloadHandler.fromInputStream(ev -> {
                byte[] bytes = certification.pdf(c.id());
                return new DownloadResponse(new ByteArrayInputStream(bytes),
                        CertificationService.pdfName(c), "application/pdf", bytes.length);
            }), getTranslation("certification.certificate.download-pdf"));
            pdf.getElement().setAttribute("download", true);
            pdf.addClassName("certificate-pdf");
            links.addComponentAsFirst(pdf);
        }
        if (organiser && !c.revoked()) {
            Button revoke = new Button(getTranslation("certification.record.revoke"), e -> confirmRevoke(c));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.addClassName("revoke");
            links.add(revoke);
        }
        card.add(t, meta, code, links);
        return card;
    }

    private void confirmRevoke(CertificationService.Certificate c) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("certification.record.revoke-title", c.trackTitle()));
        TextArea reason = new TextArea(getTranslation("certification.record.revoke-reason"));
        reason.setMaxLength(TextLimits.REASON);
        reason.setWidthFull();
        reason.addClassName("revoke-reason");
        Button ok = new Button(getTranslation("certification.record.revoke"), e -> {
            try {
                certification.revoke(c.id(), reason.getValue());
                d.close();
                Toasts.success(getTranslation("certification.record.revoked"));
                refresh();
            } catch (CertificationService.CertificationException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(ex.message().in(getLocale()));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("confirm-revoke");
        d.add(new Paragraph(getTranslation("certification.record.revoke-text")), reason);
        d.getFooter().add(new Button(getTranslation("certification.record.cancel"), e -> d.close()), ok);
        d.setWidth("min(520px, 95vw)");
        d.open();
    }

    private String pct(double d) {
        return Numbers.percent(d, 1, getLocale());
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("certification.record.page-title-plain") : getTranslation("certification.record.page-title", title);
    }
}

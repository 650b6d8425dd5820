package org.sotcourseware.certification.ui;

import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Dates;
import org.sotcourseware.base.Translations;
import org.sotcourseware.certification.CertificationService;
import org.sotcourseware.certification.TrackRules;

/** Wording and small components the certification screens share, in the reader's language. */
final class CertificationParts {

    private CertificationParts() {
    }

    static String date(@Nullable LocalDate d, Locale locale) {
        return d == null ? "" : Dates.day(d, locale);
    }

    static String t(Locale locale, String key, Object... args) {
        return Translations.text(locale, key, args);
    }

    static Span badge(TrackRules.Status s, Locale locale) {
        Span b = new Span(s.message().in(locale));
        b.addClassName("badge");
        b.getElement().setAttribute("data-status", s.name());
        switch (s) {
            case CERTIFIED -> b.addClassName("badge-success");
            case ELIGIBLE -> b.addClassName("badge-eligible");
            case LAPSED -> b.addClassName("badge-error");
            case IN_PROGRESS -> b.addClassName("badge-warning");
            default -> { }
        }
        return b;
    }

    /** A requirement's figure with the module titles still missing ("2 of 3 modules completed: missing Cranial"). */
    static String figure(TrackRules.Requirement r, Locale locale) {
        String figure = r.figure().in(locale);
        return r.missing().isEmpty() || r.met() || r.kind() == TrackRules.Kind.TRACK ? figure
                : t(locale, "certification.requirement.figure-missing", figure, String.join(", ", r.missing()));
    }

    /** The requirements as a checklist: met ones ticked, missing ones with what is missing. */
    static Component requirements(TrackRules.Evaluation e, Locale locale) {
        UnorderedList list = new UnorderedList();
        list.addClassName("requirement-list");
        for (TrackRules.Requirement r : e.requirements()) {
            Span mark = new Span(r.met() ? "\u2713" : "\u2717");
            mark.addClassName(r.met() ? "req-met" : "req-missing");
            mark.getElement().setAttribute("aria-label", t(locale, r.met() ? "certification.requirement.met" : "certification.requirement.missing"));
            Span text = new Span(r.text().in(locale));
            text.addClassName("req-text");
            Span figure = new Span(figure(r, locale));
            figure.addClassName("req-figure");
            ListItem li = new ListItem(mark, new Div(text, figure));
            li.addClassName(r.met() ? "is-met" : "is-missing");
            li.getElement().setAttribute("data-kind", r.kind().name());
            list.add(li);
        }
        return list;
    }

    /** A certificate's state: revoked (with the reason when given), expired, valid until, or not expiring. */
    static String state(CertificationService.Certificate c, LocalDate today, boolean withReason, Locale locale) {
        if (c.revoked()) {
            return withReason && c.revokeReason() != null ? t(locale, "certification.certificate.revoked-because", c.revokeReason())
                    : t(locale, "certification.certificate.revoked");
        }
        if (c.expiredOn(today)) {
            return t(locale, "certification.certificate.expired-on", c.expiresOn());
        }
        return c.expiresOn() == null ? t(locale, "certification.certificate.does-not-expire")
                : t(locale, "certification.certificate.valid-until", c.expiresOn());
    }
}

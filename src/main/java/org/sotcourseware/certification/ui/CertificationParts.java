package org.sotcourseware.certification.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.certification.TrackRules;

/** Wording and small components the certification screens share. */
final class CertificationParts {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private CertificationParts() {
    }

    static String date(@Nullable LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    static Span badge(TrackRules.Status s) {
        Span b = new Span(s.label());
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

    /** The requirements as a checklist: met ones ticked, missing ones with what is missing. */
    static Component requirements(TrackRules.Evaluation e) {
        UnorderedList list = new UnorderedList();
        list.addClassName("requirement-list");
        for (TrackRules.Requirement r : e.requirements()) {
            Span mark = new Span(r.met() ? "\u2713" : "\u2717");
            mark.addClassName(r.met() ? "req-met" : "req-missing");
            mark.getElement().setAttribute("aria-label", r.met() ? "met" : "missing");
            Span text = new Span(r.text());
            text.addClassName("req-text");
            Span figure = new Span(r.figure() + (r.missing().isEmpty() || r.met() || r.kind() == TrackRules.Kind.TRACK ? ""
                    : ": missing " + String.join(", ", r.missing())));
            figure.addClassName("req-figure");
            ListItem li = new ListItem(mark, new Div(text, figure));
            li.addClassName(r.met() ? "is-met" : "is-missing");
            li.getElement().setAttribute("data-kind", r.kind().name());
            list.add(li);
        }
        return list;
    }
}

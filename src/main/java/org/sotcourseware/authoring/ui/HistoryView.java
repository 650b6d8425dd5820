package org.sotcourseware.authoring.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.base.Dates;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.authoring.AuthoringException;
import org.sotcourseware.authoring.AuthoringService;
import org.sotcourseware.authoring.AuthoringReadModel;
import org.sotcourseware.authoring.PublishingService;
import org.sotcourseware.base.ui.Breadcrumbs;
import org.sotcourseware.base.ui.Toasts;
import org.sotcourseware.security.Roles;

/**
 * A file's history: every revision (who, when, how, which were published), a diff between any two, and a
 * rollback of any revision, which becomes a new published revision (refused if it would add a problem).
 */
@Route("authoring/history/:path*")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
class HistoryView extends Main implements BeforeEnterObserver, HasDynamicTitle {


    /** An instant written into older rollback notes as ISO text ("2026-12-06T21:14:03.123456Z"). */
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");

    /** A note as people read it: ISO instants in older rollback notes become the app's date and time. */
    static String readable(String note) {
        return readable(note, Locale.ENGLISH);
    }

    /** As {@link #readable(String)}, the dates written as {@code locale} writes them ("7. Dez. 2026, 14:05"). */
    static String readable(String note, Locale locale) {
        return ISO_INSTANT.matcher(note).replaceAll(m -> {
            try {
                return Matcher.quoteReplacement(when(Instant.parse(m.group()), locale));
            } catch (java.time.format.DateTimeParseException e) {
                return Matcher.quoteReplacement(m.group());
            }
        });
    }

    private static String when(Instant at, Locale locale) {
        return Dates.moment(at, ZoneId.systemDefault(), locale);
    }

    private String when(Instant at) {
        return when(at, getLocale());
    }

    private final AuthoringService authoring;
    private final PublishingService publishing;
    private String path = "";
    private final Div diff = new Div();

    public HistoryView(AuthoringService authoring, PublishingService publishing) {
        this.authoring = authoring;
        this.publishing = publishing;
        addClassNames("page", "history-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        path = String.join("/", event.getRouteParameters().getWildcard(AuthoringNavigation.PATH));
        try {
            show();
        } catch (AuthoringException | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("authoring.history.no-file", path));
        }
    }

    private void show() {
        List<AuthoringReadModel.Revision> revisions = authoring.history(path);
        removeAll();
        add(new Breadcrumbs().link(getTranslation("authoring.home.heading"), AuthoringNavigation.authoring())
                .link(path.substring(path.lastIndexOf('/') + 1), AuthoringNavigation.edit(path)).current(getTranslation("authoring.history.crumb")));
        Div header = new Div(new H1(getTranslation("authoring.history.heading", path.substring(path.lastIndexOf('/') + 1))),
                new Paragraph(getTranslation("authoring.history.lead", revisions.size())));
        header.addClassName("page-header-text");
        add(header);

        Select<AuthoringReadModel.Revision> from = revisionSelect(getTranslation("authoring.history.compare"), revisions);
        Select<AuthoringReadModel.Revision> to = revisionSelect(getTranslation("authoring.history.with"), revisions);
        if (revisions.size() > 1) {
            from.setValue(revisions.get(1));
        } else {
            from.setValue(revisions.getFirst());
        }
        to.setValue(revisions.getFirst());
        Checkbox whole = new Checkbox(getTranslation("authoring.history.whole-file"));
        Runnable update = () -> {
            diff.removeAll();
            if (from.getValue() != null && to.getValue() != null) {
                diff.add(DiffPanel.of(authoring.diff(path, from.getValue().id(), to.getValue().id(), whole.getValue())));
            }
        };
        from.addValueChangeListener(e -> update.run());
        to.addValueChangeListener(e -> update.run());
        whole.addValueChangeListener(e -> update.run());
        Div compare = new Div(from, to, whole);
        compare.addClassName("history-compare");

        Div list = new Div();
        list.addClassName("revision-list");
        for (AuthoringReadModel.Revision r : revisions) {
            list.add(row(r, revisions, from, to));
        }
        Div columns = new Div();
        columns.addClassName("history-columns");
        Div right = new Div(new H2(getTranslation("authoring.history.differences")), compare, diff);
        right.addClassName("history-diff");
        columns.add(list, right);
        add(columns);
        update.run();
    }

    private Div row(AuthoringReadModel.Revision r, List<AuthoringReadModel.Revision> all, Select<AuthoringReadModel.Revision> from,
                    Select<AuthoringReadModel.Revision> to) {
        Div row = new Div();
        row.addClassName("revision-row");
        row.getElement().setAttribute("data-revision", String.valueOf(r.id()));
        Span what = new Span(r.message() == null || r.message().equalsIgnoreCase(r.originLabel()) ? Words.origin(r.origin())
                : getTranslation("authoring.history.origin-and-note", Words.origin(r.origin()), readable(r.message(), getLocale())));
        what.addClassName("revision-what");
        Span meta = new Span(String.join(" · ", r.author(), when(r.at()), "#" + r.id()));
        meta.addClassName("revision-meta");
        Div badges = new Div();
        badges.addClassName("badges");
        if (r.published()) {
            badges.add(badge(getTranslation("authoring.history.students-see"), "badge-success"));
        }
        if (r.head() && !r.published()) {
            badges.add(badge(getTranslation("authoring.history.current-draft"), "badge-warning"));
        }
        if (r.deleted()) {
            badges.add(badge(getTranslation("authoring.history.deletion"), "badge-error"));
        }
        r.publications().forEach(p -> badges.add(badge(getTranslation("authoring.history.publication", label(p.kind()), when(p.at()), p.by()), "")));
        Div notes = new Div();
        notes.addClassName("publication-notes");
        r.publications().stream().filter(p -> p.message() != null).forEach(p -> {
            Span note = new Span(getTranslation("authoring.history.publication-note", label(p.kind()), when(p.at()), p.message()));
            note.addClassName("publication-note");
            notes.add(note);
        });
        Button show = new Button(getTranslation("authoring.history.compare-previous"), e -> {
            int i = all.indexOf(r);
            to.setValue(r);
            from.setValue(i + 1 < all.size() ? all.get(i + 1) : r);
        });
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div actions = new Div(show);
        actions.addClassName("revision-actions");
        if (!r.published()) {
            Button rollback = new Button(getTranslation(r.deleted() ? "authoring.history.republish-deletion" : "authoring.history.roll-back"), e -> confirmRollback(r));
            rollback.addThemeVariants(ButtonVariant.LUMO_SMALL);
            rollback.addClassName("rollback");
            actions.add(rollback);
        }
        row.add(what, meta, badges, notes, actions);
        return row;
    }

    private String label(String kind) {
        return getTranslation(switch (kind) {
            case "SEED" -> "authoring.publication.seed";
            case "SYNC" -> "authoring.publication.sync";
            case "ROLLBACK" -> "authoring.publication.rollback";
            case "IMPORT" -> "authoring.publication.import";
            case "UPLOAD" -> "authoring.publication.upload";
            default -> "authoring.publication.publish";
        });
    }

    private void confirmRollback(AuthoringReadModel.Revision r) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("authoring.rollback.heading", String.valueOf(r.id())));
        TextField why = new TextField(getTranslation("authoring.rollback.why"));
        why.setMaxLength(TextLimits.REASON);
        why.setWidthFull();
        Button ok = new Button(getTranslation("authoring.rollback.action"), e -> {
            AuthoringReadModel.PublishResult result = publishing.rollback(path, r.id(), why.getValue());
            d.close();
            if (result.ok()) {
                Toasts.success(getTranslation("authoring.rollback.done", String.valueOf(r.id())));
                show();
            } else {
                Problems.showRefusal(result.blocking());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new Paragraph(getTranslation("authoring.rollback.text", r.author(), when(r.at()))), why);
        d.getFooter().add(new Button(getTranslation("authoring.action.cancel"), e -> d.close()), ok);
        d.setWidth("min(560px, 95vw)");
        d.open();
    }

    private Select<AuthoringReadModel.Revision> revisionSelect(String label, List<AuthoringReadModel.Revision> revisions) {
        Select<AuthoringReadModel.Revision> s = new Select<>();
        s.setLabel(label);
        s.setItems(revisions);
        s.setItemLabelGenerator(r -> String.join(" · ", "#" + r.id(), when(r.at()), r.author())
                + (r.published() ? " " + getTranslation("authoring.history.published-suffix") : ""));
        return s;
    }

    private static Span badge(String text, String variant) {
        Span s = new Span(text);
        s.addClassName("badge");
        if (!variant.isEmpty()) {
            s.addClassName(variant);
        }
        return s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authoring.history.page-title", path);
    }
}

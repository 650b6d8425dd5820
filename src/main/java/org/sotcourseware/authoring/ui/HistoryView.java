package org.sotcourseware.authoring.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

    /** Times as everywhere in the app ("7 Dec 2026, 14:05"). */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.systemDefault());

    /** An instant written into older rollback notes as ISO text ("2026-12-06T21:14:03.123456Z"). */
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");

    /** A note as people read it: ISO instants in older rollback notes become the app's date and time. */
    static String readable(String note) {
        return ISO_INSTANT.matcher(note).replaceAll(m -> {
            try {
                return Matcher.quoteReplacement(WHEN.format(Instant.parse(m.group())));
            } catch (java.time.format.DateTimeParseException e) {
                return Matcher.quoteReplacement(m.group());
            }
        });
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
            event.rerouteToError(NotFoundException.class, "There is no file " + path + ".");
        }
    }

    private void show() {
        List<AuthoringReadModel.Revision> revisions = authoring.history(path);
        removeAll();
        add(new Breadcrumbs().link("Authoring", AuthoringNavigation.authoring()).link(path.substring(path.lastIndexOf('/') + 1), AuthoringNavigation.edit(path))
                .current("History"));
        Div header = new Div(new H1("History of " + path.substring(path.lastIndexOf('/') + 1)),
                new Paragraph(revisions.size() + (revisions.size() == 1 ? " revision" : " revisions")
                        + ", newest first. Compare any two, or roll back: a rollback publishes the old text as a new revision, so nothing is lost."));
        header.addClassName("page-header-text");
        add(header);

        Select<AuthoringReadModel.Revision> from = revisionSelect("Compare", revisions);
        Select<AuthoringReadModel.Revision> to = revisionSelect("with", revisions);
        if (revisions.size() > 1) {
            from.setValue(revisions.get(1));
        } else {
            from.setValue(revisions.getFirst());
        }
        to.setValue(revisions.getFirst());
        Checkbox whole = new Checkbox("Show the whole file");
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
        Div right = new Div(new H2("Differences"), compare, diff);
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
        Span what = new Span(r.originLabel() + (r.message() == null || r.message().equalsIgnoreCase(r.originLabel()) ? "" : ": " + readable(r.message())));
        what.addClassName("revision-what");
        Span meta = new Span(r.author() + " · " + WHEN.format(r.at()) + " · #" + r.id());
        meta.addClassName("revision-meta");
        Div badges = new Div();
        badges.addClassName("badges");
        if (r.published()) {
            badges.add(badge("Students see this", "badge-success"));
        }
        if (r.head() && !r.published()) {
            badges.add(badge("Current draft", "badge-warning"));
        }
        if (r.deleted()) {
            badges.add(badge("Deletion", "badge-error"));
        }
        r.publications().forEach(p -> badges.add(badge(label(p.kind()) + " " + WHEN.format(p.at()) + " by " + p.by(), "")));
        Div notes = new Div();
        notes.addClassName("publication-notes");
        r.publications().stream().filter(p -> p.message() != null).forEach(p -> {
            Span note = new Span("What changed (" + label(p.kind()).toLowerCase(Locale.ROOT) + " " + WHEN.format(p.at()) + "): " + p.message());
            note.addClassName("publication-note");
            notes.add(note);
        });
        Button show = new Button("Compare with the previous", e -> {
            int i = all.indexOf(r);
            to.setValue(r);
            from.setValue(i + 1 < all.size() ? all.get(i + 1) : r);
        });
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div actions = new Div(show);
        actions.addClassName("revision-actions");
        if (!r.published()) {
            Button rollback = new Button(r.deleted() ? "Publish this deletion again" : "Roll back to this", e -> confirmRollback(r));
            rollback.addThemeVariants(ButtonVariant.LUMO_SMALL);
            rollback.addClassName("rollback");
            actions.add(rollback);
        }
        row.add(what, meta, badges, notes, actions);
        return row;
    }

    private static String label(String kind) {
        return switch (kind) {
            case "SEED" -> "Seeded";
            case "SYNC" -> "Synchronised from the folder";
            case "ROLLBACK" -> "Rolled back";
            case "IMPORT" -> "Imported";
            case "UPLOAD" -> "Uploaded";
            default -> "Published";
        };
    }

    private void confirmRollback(AuthoringReadModel.Revision r) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Roll back to revision #" + r.id());
        TextField why = new TextField("Why (for the history and audit log)");
        why.setMaxLength(TextLimits.REASON);
        why.setWidthFull();
        Button ok = new Button("Roll back and publish", e -> {
            AuthoringReadModel.PublishResult result = publishing.rollback(path, r.id(), why.getValue());
            d.close();
            if (result.ok()) {
                Toasts.success("Rolled back. Students see the text of revision #" + r.id() + " now.");
                show();
            } else {
                Problems.showRefusal(result.blocking());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new Paragraph("The text of " + r.author() + "'s revision of " + WHEN.format(r.at()) + " becomes a new revision and is "
                + "published at once. Any unpublished draft stays in the history."), why);
        d.getFooter().add(new Button("Cancel", e -> d.close()), ok);
        d.setWidth("min(560px, 95vw)");
        d.open();
    }

    private Select<AuthoringReadModel.Revision> revisionSelect(String label, List<AuthoringReadModel.Revision> revisions) {
        Select<AuthoringReadModel.Revision> s = new Select<>();
        s.setLabel(label);
        s.setItems(revisions);
        s.setItemLabelGenerator(r -> "#" + r.id() + " · " + WHEN.format(r.at()) + " · " + r.author() + (r.published() ? " (published)" : ""));
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
        return "History of " + path + " · SOT Courseware";
    }
}

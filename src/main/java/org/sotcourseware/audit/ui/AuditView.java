package org.sotcourseware.audit.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.audit.AuditActions;
import org.sotcourseware.audit.AuditEntry;
import org.sotcourseware.base.Dates;
import org.sotcourseware.audit.AuditLog;
import org.sotcourseware.security.Roles;

/**
 * The administrator reads the audit log, newest first: each action by its name ("Certificate revoked"), times as the
 * rest of the app shows them, narrowed by a search, a type of action and a range of days.
 */
@Route("admin/audit")
@PageTitle("Audit log · SOT Courseware")
@RolesAllowed(Roles.ADMIN)
class AuditView extends Main {

    static final int LIMIT = 500;

    private final AuditLog audit;
    private final ZoneId zone;
    private final VirtualList<AuditEntry> list = new VirtualList<>();
    private final TextField search = new TextField();
    private final Select<String> type = new Select<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Paragraph empty = new Paragraph();

    public AuditView(AuditLog audit) {
        this.audit = audit;
        this.zone = audit.zone();
        addClassNames("page", "audit-page");
        Div header = new Div(new H1("Audit log"),
                new Paragraph("Every publish, rollback, import, image upload, module override and certificate award or revocation: "
                        + "who did it and when. Entries are never changed or deleted."));
        header.addClassName("page-header-text");
        search.setPlaceholder("Search action, file, person or detail");
        search.setMaxLength(TextLimits.SEARCH);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search the audit log");
        search.addClassName("audit-search");
        search.addValueChangeListener(e -> refresh());
        type.setLabel("Type");
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("All types");
        type.setItems(audit.actions());
        type.setItemLabelGenerator(a -> a == null ? "All types" : AuditActions.label(a));
        type.addValueChangeListener(e -> refresh());
        DatePicker.DatePickerI18n days = new DatePicker.DatePickerI18n().setDateFormat("d MMM yyyy");
        for (DatePicker d : List.of(from, to)) {
            d.setLocale(Locale.UK);
            d.setI18n(days);
            d.setClearButtonVisible(true);
            d.addValueChangeListener(e -> refresh());
        }
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        Div filters = new Div(type, from, to, search);
        filters.addClassName("audit-filters");

        list.setRenderer(new ComponentRenderer<>(this::row));
        list.addClassName("audit-list");
        empty.addClassName("empty-state");
        add(header, filters, empty, list);
        refresh();
    }

    private void refresh() {
        AuditLog.Query query = new AuditLog.Query(search.getValue(), type.getValue(), from.getValue(), to.getValue());
        List<AuditEntry> entries = audit.search(query, LIMIT);
        list.setItems(entries);
        list.setVisible(!entries.isEmpty());
        empty.setVisible(entries.isEmpty());
        boolean filtered = !query.search().isBlank() || query.action() != null || query.from() != null || query.to() != null;
        empty.setText(!filtered ? "Nothing has been audited yet. Publishing content, overriding a module "
                + "or awarding a certificate will show here." : "No entries match these filters.");
    }

    /** One entry: when, who and what on the first line, then what it was about and the detail. */
    private Div row(AuditEntry e) {
        Span action = new Span(AuditActions.label(e.action()));
        action.addClassName("badge");
        action.getElement().setAttribute("title", e.action());
        Span when = new Span(Dates.moment(e.at(), zone));
        when.addClassName("audit-when");
        Span who = new Span(e.actorName());
        who.addClassName("audit-who");
        Div head = new Div(action, when, who);
        head.addClassName("audit-head");
        Span target = new Span(e.target());
        target.addClassName("audit-target");
        Div row = new Div(head, target);
        if (e.detail() != null) {
            Span detail = new Span(e.detail());
            detail.addClassName("audit-detail");
            row.add(detail);
        }
        row.addClassName("audit-row");
        return row;
    }
}

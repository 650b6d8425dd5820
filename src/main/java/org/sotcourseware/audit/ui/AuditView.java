package org.sotcourseware.audit.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.audit.AuditEntry;
import org.sotcourseware.audit.AuditLog;
import org.sotcourseware.security.Roles;

/** The administrator reads the audit log, newest first, with a search. */
@Route("admin/audit")
@PageTitle("Audit log · SOT Courseware")
@RolesAllowed(Roles.ADMIN)
class AuditView extends Main {

    static final int LIMIT = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final AuditLog audit;
    private final VirtualList<AuditEntry> list = new VirtualList<>();
    private final TextField search = new TextField();
    private final Paragraph empty = new Paragraph();

    public AuditView(AuditLog audit) {
        this.audit = audit;
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

        list.setRenderer(new ComponentRenderer<>(AuditView::row));
        list.addClassName("audit-list");
        empty.addClassName("empty-state");
        add(header, search, empty, list);
        refresh();
    }

    private void refresh() {
        List<AuditEntry> entries = audit.recent(search.getValue(), LIMIT);
        list.setItems(entries);
        list.setVisible(!entries.isEmpty());
        empty.setVisible(entries.isEmpty());
        empty.setText(search.getValue().isBlank() ? "Nothing has been audited yet. Publishing content, overriding a module "
                + "or awarding a certificate will show here." : "No entries match \u201c" + search.getValue().strip() + "\u201d.");
    }

    /** One entry: when, who and what on the first line, then what it was about and the detail. */
    private static Div row(AuditEntry e) {
        Span action = new Span(e.action());
        action.addClassName("badge");
        Span when = new Span(TIME.format(e.at()));
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

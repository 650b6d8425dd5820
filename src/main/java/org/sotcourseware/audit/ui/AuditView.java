package org.sotcourseware.audit.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Arrays;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.audit.AuditActions;
import org.sotcourseware.audit.AuditEntry;
import org.sotcourseware.base.Dates;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.Translations;
import org.sotcourseware.audit.AuditLog;
import org.sotcourseware.security.Roles;

/**
 * The administrator reads the audit log, newest first: each action by its name ("Certificate revoked"), times as the
 * rest of the app shows them, narrowed by a search, a type of action and a range of days.
 */
@Route("admin/audit")
@RolesAllowed(Roles.ADMIN)
class AuditView extends Main implements HasDynamicTitle {

    static final int LIMIT = 500;

    private final AuditLog audit;
    private final ZoneId zone;
    private final VirtualList<AuditEntry> list = new VirtualList<>();
    private final TextField search = new TextField();
    private final Select<String> type = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Paragraph empty = new Paragraph();

    public AuditView(AuditLog audit) {
        this.audit = audit;
        this.zone = audit.zone();
        addClassNames("page", "audit-page");
        Div header = new Div(new H1(getTranslation("audit.log.title")), new Paragraph(getTranslation("audit.log.lead")));
        header.addClassName("page-header-text");
        search.setPlaceholder(getTranslation("audit.log.search-placeholder"));
        search.setMaxLength(TextLimits.SEARCH);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel(getTranslation("audit.log.search"));
        search.addClassName("audit-search");
        search.addValueChangeListener(e -> refresh());
        type.setLabel(getTranslation("audit.log.type"));
        type.setEmptySelectionAllowed(true);
        String allTypes = getTranslation("audit.log.all-types");
        type.setEmptySelectionCaption(allTypes);
        type.setItems(audit.actions());
        type.setItemLabelGenerator(a -> a == null ? allTypes : AuditActions.label(a, getLocale()));
        type.addValueChangeListener(e -> refresh());
        from.setLabel(getTranslation("audit.log.from"));
        to.setLabel(getTranslation("audit.log.to"));
        DatePicker.DatePickerI18n days = days(getLocale());
        for (DatePicker d : List.of(from, to)) {
            d.setLocale(Locales.closest(getLocale()).equals(Locales.GERMAN) ? Locale.GERMANY : Locale.UK);
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
        empty.setText(getTranslation(filtered ? "audit.log.no-match" : "audit.log.empty"));
    }

    /** The date pickers' month and day names and date form in the reader's language ("7 Dec 2026", "7. Dez. 2026"). */
    static DatePicker.DatePickerI18n days(Locale locale) {
        boolean german = Locales.closest(locale).equals(Locales.GERMAN);
        Locale names = german ? Locale.GERMAN : Locale.UK;
        List<DayOfWeek> week = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setDateFormat(german ? "d. MMM yyyy" : "d MMM yyyy") // not UI text: date patterns
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, names)).toList())
                .setWeekdays(week.stream().map(d -> d.getDisplayName(TextStyle.FULL, names)).toList())
                .setWeekdaysShort(week.stream().map(d -> d.getDisplayName(TextStyle.SHORT, names)).toList())
                .setFirstDayOfWeek(german ? 1 : 0)
                .setToday(Translations.text(locale, "audit.log.today"))
                .setCancel(Translations.text(locale, "audit.log.cancel"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.log.page-title");
    }

    /** One entry: when, who and what on the first line, then what it was about and the detail. */
    private Div row(AuditEntry e) {
        Span action = new Span(AuditActions.label(e.action(), getLocale()));
        action.addClassName("badge");
        action.getElement().setAttribute("title", e.action());
        Span when = new Span(Dates.moment(e.at(), zone, getLocale()));
        when.addClassName("audit-when");
        Span who = new Span(AuditLog.SYSTEM.equals(e.actorName()) ? getTranslation("audit.log.system") : e.actorName());
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

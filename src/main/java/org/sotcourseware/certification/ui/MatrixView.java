package org.sotcourseware.certification.ui;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.base.ui.Chart;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Places;
import org.sotcourseware.certification.CertificationService;
import org.sotcourseware.certification.ProgressMatrix;
import org.sotcourseware.certification.TrackRules;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Track;
import org.sotcourseware.progress.ProgressReadModel;
import org.sotcourseware.security.Roles;
import org.sotcourseware.seminar.SeminarPlace;
import org.sotcourseware.seminar.SeminarReadModel;

/**
 * The organisers' progress matrix: students by modules, each cell a compact bar (or a tick and date when
 * complete), the status per certification track, filters by seminar, track and status, search by name,
 * sorting by any column, a chart of the cohort's progress and a CSV of exactly the rows shown.
 */
@Route("organiser")
@RolesAllowed({Roles.ORGANISER, Roles.INSTRUCTOR, Roles.ADMIN})
class MatrixView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yy", Locale.UK).withZone(ZoneId.systemDefault()); // not UI text: a date pattern
    private static final DateTimeFormatter SHORT_DE = DateTimeFormatter.ofPattern("d. MMM yy", Locale.GERMAN).withZone(ZoneId.systemDefault()); // not UI text: a date pattern

    /** The student column: a real link (Enter, open in a new tab) with the tracks certified and eligible pinned beside it. */
    private static final String NAME_CELL = "<div class=\"matrix-name\"><a router-link href=\"${item.href}\" " // not UI text: a template
            + "title=\"${item.name}\">${item.name}</a><span class=\"badge badge-success\" ?hidden=${!item.certified} " // not UI text: a template
            + "title=\"${item.certifiedTitle}\">\u2713 ${item.certified}</span><span class=\"badge badge-eligible\" " // not UI text: a template
            + "?hidden=${!item.eligible} title=\"${item.eligibleTitle}\">${item.eligible}</span></div>"; // not UI text: a template

    /** A choice in the status filter: any, a state in the whole curriculum, or a state in the chosen track. */
    record StatusChoice(String label, ProgressMatrix.@Nullable CurriculumStatus curriculum, TrackRules.@Nullable Status track) {

        boolean any() {
            return curriculum == null && track == null;
        }
    }

    private final CertificationService certification;
    private final Grid<ProgressMatrix.Row> grid = new Grid<>();
    private final Select<SeminarReadModel.Summary> seminar = new Select<>();
    private final Select<Track> track = new Select<>();
    private final Select<StatusChoice> status = new Select<>();
    private final TextField search = new TextField();
    private final Span count = new Span();
    private final Paragraph empty = PageParts.empty("");
    private final Anchor export;
    private final Div chartBox = new Div();
    private ProgressMatrix matrix;
    private @Nullable Chart chart;

    public MatrixView(CertificationService certification, Places places) {
        this.certification = certification;
        addClassNames("page", "matrix-page");
        Div header = new Div();
        header.addClassName("page-header");
        empty.setText(getTranslation("certification.matrix.empty"));
        Paragraph lead = new Paragraph(getTranslation("certification.matrix.lead"));
        lead.addClassName("lead");
        Div links = new Div(Links.to(CertificationNavigation.eligibility(), getTranslation("certification.eligibility.title")),
                places.link(new SeminarPlace.All(), getTranslation("certification.matrix.seminars")));
        links.addClassName("header-links");
        header.add(new Div(new H1(getTranslation("certification.nav.progress-matrix")), lead), links);
        add(header);

        String allStudents = getTranslation("certification.matrix.all-students");
        seminar.setLabel(getTranslation("certification.matrix.seminar"));
        seminar.setEmptySelectionAllowed(true);
        seminar.setEmptySelectionCaption(allStudents);
        seminar.setItems(certification.seminars());
        seminar.setItemLabelGenerator(s -> s == null ? allStudents : getTranslation("certification.matrix.seminar-item", s.title(), s.startsOn().getYear()));
        matrix = certification.matrix(null);
        String allTracks = getTranslation("certification.matrix.all-tracks");
        track.setLabel(getTranslation("certification.matrix.track"));
        track.setEmptySelectionAllowed(true);
        track.setEmptySelectionCaption(allTracks);
        track.setItems(matrix.tracks());
        track.setItemLabelGenerator(t -> t == null ? allTracks : t.title());
        status.setLabel(getTranslation("certification.matrix.status"));
        status.setItemLabelGenerator(StatusChoice::label);
        List<StatusChoice> choices = statusChoices(getLocale());
        status.setItems(choices);
        status.setValue(choices.getFirst());
        search.setLabel(getTranslation("certification.matrix.search"));
        search.setPlaceholder(getTranslation("certification.matrix.search-placeholder"));
        search.setMaxLength(TextLimits.SEARCH);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(ev -> {
            byte[] bytes = csv();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "progress-matrix.csv", "text/csv", bytes.length);
        }), getTranslation("certification.matrix.export"));
        csv.getElement().setAttribute("download", true);
        csv.addClassNames("button-link", "matrix-export");
        this.export = csv;
        Div filters = new Div(seminar, track, status, search, csv);
        filters.addClassName("matrix-filters");
        count.addClassName("matrix-count");
        add(filters, count);

        chartBox.addClassNames("analysis-card", "matrix-chart");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addClassName("matrix-grid");
        grid.setMultiSort(false);
        buildColumns();
        grid.addItemClickListener(e -> CertificationNavigation.student(e.getItem().id()).navigate());
        empty.setVisible(false);
        add(empty, grid, chartBox);

        seminar.addValueChangeListener(e -> reload());
        track.addValueChangeListener(e -> {
            buildColumns();
            refresh();
        });
        status.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        refresh();
    }

    private void reload() {
        matrix = certification.matrix(seminar.getValue() == null ? null : seminar.getValue().id());
        refresh();
    }

    /**
     * The status filter's choices, the same whatever the track: where a student stands in the whole curriculum, or in
     * certification (the track chosen, or any track when every track is shown). Changing the track keeps the choice.
     */
    static List<StatusChoice> statusChoices(Locale locale) {
        List<StatusChoice> choices = new ArrayList<>(List.of(new StatusChoice(CertificationParts.t(locale, "certification.matrix.any-status"), null, null)));
        for (ProgressMatrix.CurriculumStatus s : ProgressMatrix.CurriculumStatus.values()) {
            choices.add(new StatusChoice(s.message().in(locale), s, null));
        }
        for (TrackRules.Status s : List.of(TrackRules.Status.CERTIFIED, TrackRules.Status.ELIGIBLE, TrackRules.Status.IN_PROGRESS,
                TrackRules.Status.LAPSED)) {
            choices.add(new StatusChoice(s.message().in(locale), null, s));
        }
        return choices;
    }

    private ProgressMatrix.Filter filter() {
        StatusChoice st = status.getValue() == null || status.getValue().any() ? new StatusChoice("", null, null) : status.getValue();
        return new ProgressMatrix.Filter(search.getValue(), track.getValue() == null ? null : track.getValue().id(), st.curriculum(), st.track());
    }

    private void buildColumns() {
        ProgressMatrix.Filter filter = filter();
        grid.removeAllColumns();
        // the name is a real link (Enter, open in a new tab), with the certification status pinned beside it; a long name
        // is cut with an ellipsis (the whole name in its title) instead of stretching the frozen column
        Locale locale = getLocale();
        grid.addColumn(LitRenderer.<ProgressMatrix.Row>of(NAME_CELL)
                        .withProperty("name", ProgressMatrix.Row::name)
                        .withProperty("href", r -> CertificationNavigation.student(r.id()).href())
                        .withProperty("certified", r -> pinned(r, TrackRules.Status.CERTIFIED))
                        .withProperty("certifiedTitle", r -> getTranslation("certification.matrix.pinned-certified", pinned(r, TrackRules.Status.CERTIFIED)))
                        .withProperty("eligible", r -> pinned(r, TrackRules.Status.ELIGIBLE))
                        .withProperty("eligibleTitle", r -> getTranslation("certification.matrix.pinned-eligible", pinned(r, TrackRules.Status.ELIGIBLE))))
                .setHeader(getTranslation("certification.matrix.student")).setKey("name").setSortable(true)
                .setComparator(r -> r.name().toLowerCase(Locale.ROOT)).setFrozen(true).setWidth("16rem").setFlexGrow(0);
        grid.addColumn(cellRenderer(r -> r.percent(), r -> percent(r.percent(), locale), r -> "")).setHeader(getTranslation("certification.matrix.all"))
                .setKey("percent")
                .setSortable(true).setComparator(Comparator.comparingInt(ProgressMatrix.Row::percent)).setWidth("7rem").setFlexGrow(0);
        for (CourseModule m : matrix.modules(filter)) {
            grid.addColumn(moduleRenderer(m.id(), locale)).setHeader(header(shortTitle(m), m.title())).setKey("m-" + m.id())
                    .setTooltipGenerator(r -> tooltip(r, m, locale))
                    .setSortable(true).setComparator(Comparator.comparingInt((ProgressMatrix.Row r) -> sortValue(r.modules().get(m.id()))))
                    .setWidth("7.6rem").setFlexGrow(0);
        }
        for (Track t : matrix.tracks(filter)) {
            grid.addColumn(LitRenderer.<ProgressMatrix.Row>of("<span class=\"badge ${item.cls}\">${item.label}</span>") // not UI text: a template
                            .withProperty("cls", r -> badgeClass(r.tracks().get(t.id()).status()))
                            .withProperty("label", r -> r.tracks().get(t.id()).status().message().in(locale)))
                    .setHeader(t.title().replace("SOT ", "")).setKey("t-" + t.id()).setSortable(true)
                    .setComparator(Comparator.comparingInt((ProgressMatrix.Row r) -> r.tracks().get(t.id()).status().ordinal()).reversed())
                    .setTooltipGenerator(r -> String.join("; ", r.tracks().get(t.id()).requirements().stream()
                            .map(q -> (q.met() ? "\u2713 " : "\u2717 ") + q.figure().in(locale)).toList()))
                    .setAutoWidth(true).setFlexGrow(0);
        }
    }

    /**
     * The tracks a student has {@code status} in, by short name ("Proficiency, Cranial"), pinned beside their name in
     * the frozen column so it stays in sight while the module columns scroll; empty when none.
     */
    static String pinned(ProgressMatrix.Row r, TrackRules.Status status) {
        return String.join(", ", r.tracks().values().stream().filter(e -> e.status() == status)
                .map(e -> e.track().title().replace("SOT ", "")).toList());
    }

    /** A module's title short enough for a column header: its acronym, the part before a colon, common words dropped. */
    static String shortTitle(CourseModule m) {
        String t = m.title();
        Matcher acronym = ACRONYM.matcher(t);
        if (acronym.find()) {
            return acronym.group(1);
        }
        if (t.contains(":")) {
            t = t.substring(0, t.indexOf(':'));
        }
        // module titles come from the content, which is English
        t = t.replace("Introduction to ", "").replace(" of SOT", "").replace(" Technique", "").replace("Category ", "Cat. ") // not UI text: content
                .replace("Specific and Non-Specific", "Spec. & Non-Spec.").replace(" and Cranial ROM", " & Cranial ROM"); // not UI text: content
        return t.length() > 18 ? t.substring(0, 17) + "\u2026" : t;
    }

    private static final Pattern ACRONYM = Pattern.compile("\\(([A-Z]{2,6})\\)");

    private static Component header(String text, String title) {
        Span s = new Span(text);
        s.getElement().setAttribute("title", title);
        return s;
    }

    /** A compact cell: a bar, its text, and a class (completed, locked). */
    private static LitRenderer<ProgressMatrix.Row> cellRenderer(ToIntFunction<ProgressMatrix.Row> p, Function<ProgressMatrix.Row, String> text,
                                                                Function<ProgressMatrix.Row, String> cls) {
        return LitRenderer.<ProgressMatrix.Row>of("<div class=\"mcell ${item.cls}\"><span class=\"mbar\"><span style=\"width:${item.p}%\">" // not UI text: a template
                        + "</span></span><span class=\"mval\">${item.t}</span></div>") // not UI text: a template
                .withProperty("p", p::applyAsInt).withProperty("t", text::apply).withProperty("cls", cls::apply);
    }

    private static LitRenderer<ProgressMatrix.Row> moduleRenderer(String moduleId, Locale locale) {
        return cellRenderer(r -> {
            ProgressReadModel.Module m = r.modules().get(moduleId);
            return m == null ? 0 : m.percent();
        }, r -> {
            ProgressReadModel.Module m = r.modules().get(moduleId);
            if (m == null) {
                return "";
            }
            return m.status() == ProgressReadModel.Status.COMPLETED
                    ? "\u2713 " + (m.completedAt() == null ? "" : (Locales.closest(locale).equals(Locales.GERMAN) ? SHORT_DE : SHORT).format(m.completedAt()))
                    : m.locked() ? CertificationParts.t(locale, "certification.matrix.locked") : percent(m.percent(), locale);
        }, r -> {
            ProgressReadModel.Module m = r.modules().get(moduleId);
            return m == null ? "" : m.status() == ProgressReadModel.Status.COMPLETED ? "mdone" : m.locked() ? "mlocked" : "";
        });
    }

    private static String tooltip(ProgressMatrix.Row r, CourseModule c, Locale locale) {
        ProgressReadModel.Module m = r.modules().get(c.id());
        if (m == null) {
            return c.title();
        }
        return CertificationParts.t(locale, "certification.matrix.module-tooltip", c.title(),
                m.status() == ProgressReadModel.Status.COMPLETED ? CertificationParts.t(locale, "certification.matrix.completed")
                        : m.locked() ? CertificationParts.t(locale, "certification.matrix.locked")
                        : CertificationParts.t(locale, "certification.matrix.requirements-done", m.done(), m.total()));
    }

    private static String percent(int p, Locale locale) {
        return CertificationParts.t(locale, "certification.matrix.percent", p);
    }

    private static int sortValue(ProgressReadModel.@Nullable Module m) {
        if (m == null) {
            return -1;
        }
        return m.status() == ProgressReadModel.Status.COMPLETED ? 101 : m.locked() ? -1 : m.percent();
    }

    private static String badgeClass(TrackRules.Status s) {
        return switch (s) {
            case CERTIFIED -> "badge-success";
            case ELIGIBLE -> "badge-eligible";
            case LAPSED -> "badge-error";
            case IN_PROGRESS -> "badge-warning";
            default -> "";
        };
    }

    private void refresh() {
        ProgressMatrix.Filter filter = filter();
        List<ProgressMatrix.Row> rows = matrix.rows(filter);
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
        export.setEnabled(!rows.isEmpty());
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("name"), SortDirection.ASCENDING)));
        count.setText(getTranslation("certification.matrix.count", rows.size(), matrix.rows().size(), matrix.millis()));
        updateChart(matrix.standing(rows, filter));
    }

    private void updateChart(List<ProgressMatrix.ModuleStanding> standing) {
        List<String> labels = standing.stream().map(s -> shortTitle(s.module())).toList();
        List<Chart.Series> series = List.of(
                new Chart.Series(getTranslation("certification.matrix.chart-completed"), standing.stream().map(ProgressMatrix.ModuleStanding::completed).toList(), "var(--sot-green)"),
                new Chart.Series(getTranslation("certification.matrix.chart-in-progress"), standing.stream().map(ProgressMatrix.ModuleStanding::inProgress).toList(), "var(--sot-sand)"),
                new Chart.Series(getTranslation("certification.matrix.chart-not-started"), standing.stream().map(ProgressMatrix.ModuleStanding::notStarted).toList(), "var(--sot-slate)"));
        if (chart == null) {
            chart = Chart.bar(getTranslation("certification.matrix.chart-description"), labels, series);
            chart.setStacked(true);
            chart.setAxisTitles(getTranslation("certification.matrix.chart-module"), getTranslation("certification.matrix.chart-students"));
            chartBox.add(new H2(getTranslation("certification.matrix.chart-title")), chart);
        } else {
            chart.update(labels, series);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certification.matrix.page-title");
    }

    /** The CSV of the rows shown, in the grid's current order, with the visible columns. */
    byte[] csv() {
        return matrix.csv(grid.getListDataView().getItems().toList(), filter());
    }
}

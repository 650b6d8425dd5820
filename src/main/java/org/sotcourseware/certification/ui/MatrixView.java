package org.sotcourseware.certification.ui;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.CsvExport;
import org.sotcourseware.base.ui.Chart;
import org.sotcourseware.certification.CertificationService;
import org.sotcourseware.certification.TrackRules;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Track;
import org.sotcourseware.progress.ProgressViews;
import org.sotcourseware.security.Roles;
import org.sotcourseware.seminar.SeminarViews;

/**
 * The organisers' progress matrix: students by modules, each cell a compact bar (or a tick and date when
 * complete), the status per certification track, filters by seminar, track and status, search by name,
 * sorting by any column, a chart of the cohort's progress and a CSV of exactly the rows shown.
 */
@Route("organiser")
@PageTitle("Progress matrix · SOT Courseware")
@RolesAllowed({Roles.ORGANISER, Roles.INSTRUCTOR, Roles.ADMIN})
public class MatrixView extends Main {

    static final String ALL = "all";
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yy", Locale.UK).withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.systemDefault());

    private final CertificationService certification;
    private final Grid<CertificationService.MatrixRow> grid = new Grid<>();
    private final Select<SeminarViews.Summary> seminar = new Select<>();
    private final Select<String> track = new Select<>();
    private final Select<String> status = new Select<>();
    private final TextField search = new TextField();
    private final Span count = new Span();
    private final Div chartBox = new Div();
    private CertificationService.Matrix matrix;
    private @Nullable Chart chart;

    public MatrixView(CertificationService certification) {
        this.certification = certification;
        addClassNames("page", "matrix-page");
        Div header = new Div();
        header.addClassName("page-header");
        Paragraph lead = new Paragraph("Every student by module, with their standing in each certification track: the same figures each "
                + "student sees. Open a student for their record, exams and certificates.");
        lead.addClassName("lead");
        Div links = new Div(org.sotcourseware.base.ui.Links.to("organiser/eligibility", "Eligibility and certificates"),
                org.sotcourseware.base.ui.Links.to("organiser/seminars", "Seminars"));
        links.addClassName("header-links");
        header.add(new Div(new H1("Progress matrix"), lead), links);
        add(header);

        seminar.setLabel("Seminar");
        seminar.setEmptySelectionAllowed(true);
        seminar.setEmptySelectionCaption("All students");
        seminar.setItems(certification.seminars());
        seminar.setItemLabelGenerator(s -> s == null ? "All students" : s.title() + " (" + s.startsOn().getYear() + ")");
        track.setLabel("Track");
        matrix = certification.matrix(null);
        List<String> trackIds = new ArrayList<>(List.of(ALL));
        matrix.tracks().forEach(t -> trackIds.add(t.id()));
        track.setItems(trackIds);
        track.setItemLabelGenerator(id -> id.equals(ALL) ? "All tracks" : matrix.tracks().stream().filter(t -> t.id().equals(id))
                .map(Track::title).findFirst().orElse(id));
        track.setValue(ALL);
        status.setLabel("Status");
        updateStatusChoices();
        search.setLabel("Search");
        search.setPlaceholder("Name, username or email");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(ev -> {
            byte[] bytes = csv();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "progress-matrix.csv", "text/csv", bytes.length);
        }), "Export CSV");
        csv.getElement().setAttribute("download", true);
        csv.addClassNames("button-link", "matrix-export");
        Div filters = new Div(seminar, track, status, search, csv);
        filters.addClassName("matrix-filters");
        count.addClassName("matrix-count");
        add(filters, count);

        chartBox.addClassNames("analysis-card", "matrix-chart");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addClassName("matrix-grid");
        grid.setMultiSort(false);
        buildColumns();
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("organiser/students/" + e.getItem().id().value())));
        add(grid, chartBox);

        seminar.addValueChangeListener(e -> reload());
        track.addValueChangeListener(e -> {
            updateStatusChoices();
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

    private void updateStatusChoices() {
        List<String> choices = new ArrayList<>(List.of(ALL));
        if (ALL.equals(track.getValue())) {
            choices.addAll(List.of("not-started", "in-progress", "all-complete"));
        } else {
            for (TrackRules.Status s : TrackRules.Status.values()) {
                choices.add(s.name());
            }
        }
        status.setItems(choices);
        status.setItemLabelGenerator(c -> switch (c) {
            case ALL -> "Any status";
            case "not-started" -> "Not started";
            case "in-progress" -> "In progress";
            case "all-complete" -> "Every module completed";
            default -> CertText.label(TrackRules.Status.valueOf(c));
        });
        status.setValue(ALL);
    }

    private void buildColumns() {
        grid.removeAllColumns();
        grid.addColumn(CertificationService.MatrixRow::name).setHeader("Student").setKey("name").setSortable(true)
                .setComparator(r -> r.name().toLowerCase(Locale.ROOT)).setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(cellRenderer(r -> r.percent(), r -> r.percent() + "%", r -> "")).setHeader("All").setKey("percent")
                .setSortable(true).setComparator(Comparator.comparingInt(CertificationService.MatrixRow::percent)).setWidth("7rem").setFlexGrow(0);
        List<CourseModule> modules = visibleModules();
        for (CourseModule m : modules) {
            grid.addColumn(moduleRenderer(m.id())).setHeader(header(shortTitle(m), m.title())).setKey("m-" + m.id()).setTooltipGenerator(r -> tooltip(r, m))
                    .setSortable(true).setComparator(Comparator.comparingInt((CertificationService.MatrixRow r) -> sortValue(r.modules().get(m.id()))))
                    .setWidth("7.6rem").setFlexGrow(0);
        }
        for (Track t : visibleTracks()) {
            grid.addColumn(LitRenderer.<CertificationService.MatrixRow>of("<span class=\"badge ${item.cls}\">${item.label}</span>")
                            .withProperty("cls", r -> badgeClass(r.tracks().get(t.id()).status()))
                            .withProperty("label", r -> CertText.label(r.tracks().get(t.id()).status())))
                    .setHeader(t.title().replace("SOT ", "")).setKey("t-" + t.id()).setSortable(true)
                    .setComparator(Comparator.comparingInt((CertificationService.MatrixRow r) -> r.tracks().get(t.id()).status().ordinal()).reversed())
                    .setTooltipGenerator(r -> String.join("; ", r.tracks().get(t.id()).requirements().stream()
                            .map(q -> (q.met() ? "\u2713 " : "\u2717 ") + q.figure()).toList()))
                    .setAutoWidth(true).setFlexGrow(0);
        }
    }

    private List<CourseModule> visibleModules() {
        if (ALL.equals(track.getValue())) {
            return matrix.modules();
        }
        Track t = matrix.tracks().stream().filter(x -> x.id().equals(track.getValue())).findFirst().orElseThrow();
        return matrix.modules().stream().filter(m -> t.modules().contains(m.id())).toList();
    }

    private List<Track> visibleTracks() {
        return ALL.equals(track.getValue()) ? matrix.tracks() : matrix.tracks().stream().filter(t -> t.id().equals(track.getValue())).toList();
    }

    /** A module's title short enough for a column header: its acronym, the part before a colon, common words dropped. */
    static String shortTitle(CourseModule m) {
        String t = m.title();
        java.util.regex.Matcher acronym = java.util.regex.Pattern.compile("\\(([A-Z]{2,6})\\)").matcher(t);
        if (acronym.find()) {
            return acronym.group(1);
        }
        if (t.contains(":")) {
            t = t.substring(0, t.indexOf(':'));
        }
        t = t.replace("Introduction to ", "").replace(" of SOT", "").replace(" Technique", "").replace("Category ", "Cat. ")
                .replace("Specific and Non-Specific", "Spec. & Non-Spec.").replace(" and Cranial ROM", " & Cranial ROM");
        return t.length() > 18 ? t.substring(0, 17) + "\u2026" : t;
    }

    private static com.vaadin.flow.component.Component header(String text, String title) {
        Span s = new Span(text);
        s.getElement().setAttribute("title", title);
        return s;
    }

    /** A compact cell: a bar, its text, and a class (completed, locked). */
    private static LitRenderer<CertificationService.MatrixRow> cellRenderer(java.util.function.ToIntFunction<CertificationService.MatrixRow> p,
                                                                              java.util.function.Function<CertificationService.MatrixRow, String> text,
                                                                              java.util.function.Function<CertificationService.MatrixRow, String> cls) {
        return LitRenderer.<CertificationService.MatrixRow>of("<div class=\"mcell ${item.cls}\"><span class=\"mbar\"><span style=\"width:${item.p}%\">"
                        + "</span></span><span class=\"mval\">${item.t}</span></div>")
                .withProperty("p", p::applyAsInt).withProperty("t", text::apply).withProperty("cls", cls::apply);
    }

    private static LitRenderer<CertificationService.MatrixRow> moduleRenderer(String moduleId) {
        return cellRenderer(r -> {
            ProgressViews.Module m = r.modules().get(moduleId);
            return m == null ? 0 : m.percent();
        }, r -> {
            ProgressViews.Module m = r.modules().get(moduleId);
            if (m == null) {
                return "";
            }
            return m.status() == ProgressViews.Status.COMPLETED ? "\u2713 " + (m.completedAt() == null ? "" : SHORT.format(m.completedAt()))
                    : m.locked() ? "locked" : m.percent() + "%";
        }, r -> {
            ProgressViews.Module m = r.modules().get(moduleId);
            return m == null ? "" : m.status() == ProgressViews.Status.COMPLETED ? "mdone" : m.locked() ? "mlocked" : "";
        });
    }

    private static String tooltip(CertificationService.MatrixRow r, CourseModule c) {
        ProgressViews.Module m = r.modules().get(c.id());
        if (m == null) {
            return c.title();
        }
        return c.title() + ": " + (m.status() == ProgressViews.Status.COMPLETED ? "completed" : m.locked() ? "locked" : m.done() + " of " + m.total()
                + " requirements done");
    }

    private static int sortValue(ProgressViews.@Nullable Module m) {
        if (m == null) {
            return -1;
        }
        return m.status() == ProgressViews.Status.COMPLETED ? 101 : m.locked() ? -1 : m.percent();
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

    /** The rows the filters select, in the matrix's order (the grid applies its own sort on top). */
    List<CertificationService.MatrixRow> filtered() {
        String q = search.getValue().strip().toLowerCase(Locale.ROOT);
        String st = status.getValue() == null ? ALL : status.getValue();
        String tr = track.getValue();
        return matrix.rows().stream()
                .filter(r -> q.isEmpty() || r.name().toLowerCase(Locale.ROOT).contains(q) || r.username().toLowerCase(Locale.ROOT).contains(q)
                        || (r.email() != null && r.email().contains(q)))
                .filter(r -> {
                    if (ALL.equals(st)) {
                        return true;
                    }
                    if (ALL.equals(tr)) {
                        return switch (st) {
                            case "not-started" -> r.modules().values().stream().allMatch(m -> m.status() == ProgressViews.Status.NOT_STARTED);
                            case "all-complete" -> r.modulesCompleted() == r.modules().size();
                            default -> r.modulesCompleted() < r.modules().size()
                                    && r.modules().values().stream().anyMatch(m -> m.status() != ProgressViews.Status.NOT_STARTED);
                        };
                    }
                    return r.tracks().get(tr).status().name().equals(st);
                })
                .toList();
    }

    private void refresh() {
        List<CertificationService.MatrixRow> rows = filtered();
        grid.setItems(rows);
        grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("name"), SortDirection.ASCENDING)));
        count.setText(rows.size() + " of " + matrix.rows().size() + " students shown · computed in " + matrix.millis() + " ms");
        updateChart(rows);
    }

    private void updateChart(List<CertificationService.MatrixRow> rows) {
        List<String> labels = new ArrayList<>();
        List<Integer> done = new ArrayList<>();
        List<Integer> going = new ArrayList<>();
        List<Integer> none = new ArrayList<>();
        for (CourseModule m : visibleModules()) {
            labels.add(shortTitle(m));
            int d = 0;
            int g = 0;
            int n = 0;
            for (CertificationService.MatrixRow r : rows) {
                ProgressViews.Module pm = r.modules().get(m.id());
                if (pm == null || pm.status() == ProgressViews.Status.NOT_STARTED) {
                    n++;
                } else if (pm.status() == ProgressViews.Status.COMPLETED) {
                    d++;
                } else {
                    g++;
                }
            }
            done.add(d);
            going.add(g);
            none.add(n);
        }
        List<Chart.Series> series = List.of(new Chart.Series("Completed", done, "var(--sot-green)"),
                new Chart.Series("In progress", going, "var(--sot-sand)"), new Chart.Series("Not started", none, "var(--sot-slate)"));
        if (chart == null) {
            chart = Chart.bar("How far the students shown have got in each module", labels, series);
            chart.setStacked(true);
            chart.setAxisTitles("Module", "Students");
            chartBox.add(new H2("The cohort by module"), chart);
        } else {
            chart.update(labels, series);
        }
    }

    /** The CSV of the rows shown, in the grid's current order, with the visible columns. */
    byte[] csv() {
        List<CertificationService.MatrixRow> rows = grid.getListDataView().getItems().toList();
        List<CourseModule> modules = visibleModules();
        List<Track> tracks = visibleTracks();
        List<String> header = new ArrayList<>(List.of("Name", "Username", "Email", "Curriculum %"));
        modules.forEach(m -> header.add(m.title()));
        tracks.forEach(t -> header.add(t.title()));
        List<List<?>> out = new ArrayList<>();
        for (CertificationService.MatrixRow r : rows) {
            List<Object> line = new ArrayList<>(List.of(r.name(), r.username(), r.email() == null ? "" : r.email(), r.percent()));
            for (CourseModule m : modules) {
                ProgressViews.Module pm = r.modules().get(m.id());
                line.add(pm == null ? "" : pm.status() == ProgressViews.Status.COMPLETED
                        ? "completed " + (pm.completedAt() == null ? "" : ISO.format(pm.completedAt())) : pm.percent() + "%");
            }
            for (Track t : tracks) {
                line.add(CertText.label(r.tracks().get(t.id()).status()));
            }
            out.add(line);
        }
        return CsvExport.write(header, out);
    }
}

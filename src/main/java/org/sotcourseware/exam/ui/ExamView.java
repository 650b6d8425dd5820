package org.sotcourseware.exam.ui;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.base.Numbers;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Breadcrumbs;
import org.sotcourseware.base.ui.Toasts;
import org.sotcourseware.content.Station;
import org.sotcourseware.exam.ExamService;
import org.sotcourseware.exam.OsceScoring;
import org.sotcourseware.exam.OsceStatistics;
import org.sotcourseware.exam.PracticalExamId;
import org.sotcourseware.exam.PracticalExams;
import org.sotcourseware.exam.PracticalExams.Cell;
import org.sotcourseware.exam.PracticalExams.CorrectionKind;
import org.sotcourseware.exam.PracticalExams.Results;
import org.sotcourseware.exam.PracticalExams.Row;
import org.sotcourseware.exam.PracticalExams.SheetSummary;
import org.sotcourseware.exam.PracticalExams.StationColumn;
import org.sotcourseware.exam.PracticalExams.Summary;
import org.sotcourseware.exam.SheetId;
import org.sotcourseware.security.Roles;

/**
 * One practical exam for the organiser: the results grid (candidates by stations, pass or fail, flags) with
 * the standard set at each station and the quality figures, each with the number it rests on; corrections
 * and re-marks of a submitted sheet; release; the running order and its CSV.
 */
@Route("organiser/exams/:examId")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
class ExamView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private final ExamService exams;
    private PracticalExamId id = new PracticalExamId(0);
    private String title = "Practical exam";
    private int tab;
    private final Div body = new Div();

    public ExamView(ExamService exams) {
        this.exams = exams;
        addClassNames("page", "exam-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = new PracticalExamId(Long.parseLong(event.getRouteParameters().get(ExamNavigation.EXAM).orElse("")));
            show();
        } catch (NumberFormatException | ExamService.ExamException e) {
            event.rerouteToError(NotFoundException.class, "There is no such practical exam.");
        }
    }

    private void show() {
        Results r = exams.results(id);
        Summary s = r.summary();
        title = s.title();
        removeAll();
        add(new Breadcrumbs().link("Practical exams", ExamNavigation.exams()).current(s.title()));
        Div header = new Div();
        header.addClassName("page-header");
        Span eyebrow = new Span(s.phase().label());
        eyebrow.addClassName("eyebrow");
        Paragraph facts = PageParts.lead(ExaminerView.WHEN.format(s.startsAt()) + "\u2013" + ExaminerView.TIME.format(s.endsAt()) + " · "
                + s.seminarTitle() + " · counts for " + s.trackTitle());
        Paragraph rules = PageParts.muted(s.stations() + " stations of " + s.slotMinutes() + " minutes, " + s.changeoverMinutes()
                + " to change · pass mark: " + s.method().label().toLowerCase(Locale.ROOT)
                + (s.mustPass() > 0 ? " · must pass " + s.mustPass() + " of " + s.stations() + " stations" : ""));
        header.add(new Div(eyebrow, new H1(s.title()), facts, rules));
        Div actions = new Div();
        actions.addClassName("page-actions");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(ev -> {
            byte[] bytes = exams.runningOrderCsv(id);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "running-order-" + id + ".csv", "text/csv", bytes.length);
        }), "Running order (CSV)");
        csv.getElement().setAttribute("download", true);
        csv.addClassNames("button-link", "running-order-csv");
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(ev -> {
            byte[] bytes = exams.runningOrderPdf(id);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "running-order-" + id + ".pdf", "application/pdf", bytes.length);
        }), "Running order (PDF)");
        pdf.getElement().setAttribute("download", true);
        pdf.addClassNames("button-link", "running-order-pdf");
        actions.add(csv, pdf);
        if (s.phase() != PracticalExams.Phase.RELEASED) {
            Button release = new Button("Release results", e -> confirmRelease(r));
            release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            release.addClassName("release-results");
            actions.add(release);
        }
        header.add(actions);
        add(header);
        Div tiles = new Div(PageParts.stat(String.valueOf(r.rows().size()), "candidates"),
                PageParts.stat(r.passed() + "", "passed"),
                PageParts.stat(r.rows().stream().filter(x -> !x.result().complete()).count() + "", "not fully scored"),
                PageParts.stat(figure(r.alpha()), "Cronbach's alpha (n " + r.alpha().n() + ")"));
        tiles.addClassName("stats");
        add(tiles);
        if (!r.alpha().note().isEmpty()) {
            add(PageParts.muted("Reliability: " + r.alpha().note() + "."));
        }
        if (r.openSheets() > 0) {
            Paragraph open = new Paragraph(r.openSheets() + " score sheet" + (r.openSheets() == 1 ? " is" : "s are") + " started but not submitted.");
            open.addClassName("notice");
            add(open);
        }
        Tabs tabs = new Tabs(new Tab("Results"), new Tab("Stations and standards"), new Tab("Running order"),
                new Tab("Corrections (" + r.corrections().size() + ")"));
        tabs.setSelectedIndex(tab);
        tabs.addSelectedChangeListener(e -> {
            tab = tabs.getSelectedIndex();
            renderTab(exams.results(id));
        });
        add(tabs, body);
        renderTab(r);
    }

    private void renderTab(Results r) {
        body.removeAll();
        switch (tab) {
            case 1 -> body.add(standards(r));
            case 2 -> body.add(runningOrder());
            case 3 -> body.add(corrections(r));
            default -> body.add(grid(r));
        }
    }

    private Component grid(Results r) {
        Element table = new Element("table");
        table.getClassList().add("data-table");
        table.getClassList().add("results-grid");
        Element head = new Element("tr");
        head.appendChild(th("Candidate"));
        for (StationColumn c : r.stations()) {
            head.appendChild(th(c.no() + ". " + c.title() + " (cut " + Numbers.upTo(c.standard().cutScore(), 1) + " of " + c.max() + ")"));
        }
        head.appendChild(th("Total"), th("Practical figure"), th("Result"));
        table.appendChild(new Element("thead").appendChild(head));
        Element tbody = new Element("tbody");
        for (Row row : r.rows()) {
            Element tr = new Element("tr");
            tr.setAttribute("data-candidate", row.candidate().name());
            tr.appendChild(td(row.candidate().name()));
            for (Cell cell : row.cells()) {
                Element td = new Element("td");
                OsceScoring.StationResult res = cell.result();
                if (res == null) {
                    td.appendChild(new Element("span").setText(cell.sheets().isEmpty() ? "–" : "in progress"));
                } else {
                    Element v = new Element("span").setText(Numbers.upTo(res.score(), 1));
                    v.getClassList().add(res.passed() ? "cell-pass" : "cell-fail");
                    td.appendChild(v);
                    if (!res.criticalMissed().isEmpty()) {
                        Element crit = new Element("span").setText("critical missed");
                        crit.getClassList().add("badge");
                        crit.getClassList().add("badge-error");
                        td.appendChild(crit);
                    }
                }
                Element chips = new Element("div");
                chips.getClassList().add("sheet-chips");
                for (SheetSummary sh : cell.sheets()) {
                    NativeButton chip = new NativeButton(initials(sh.examiner().name()) + " " + Numbers.upTo(sh.score().score(), 1)
                            + (sh.submitted() ? "" : "…"), e -> openSheet(sh.id()));
                    chip.addClassName("sheet-chip");
                    chip.getElement().setAttribute("title", sh.examiner().name() + (sh.rating() == null ? "" : ", rated "
                            + Station.RATING_LEVELS.get(sh.rating())) + (sh.submitted() ? "" : " (not submitted)"));
                    chip.setEnabled(sh.submitted());
                    chips.appendChild(chip.getElement());
                }
                td.appendChild(chips);
                tr.appendChild(td);
            }
            OsceScoring.CandidateResult res = row.result();
            tr.appendChild(td(res.complete() ? Numbers.upTo(res.total(), 1) + " of " + res.max() : "–"));
            tr.appendChild(td(res.complete() ? Numbers.upTo(res.figure(), 1) + "%" : "–"));
            Element result = new Element("td");
            Element badge = new Element("span").setText(res.passed() ? "Pass" : res.complete() ? "Fail" : "Incomplete");
            badge.getClassList().add("badge");
            badge.getClassList().add(res.passed() ? "badge-success" : res.complete() ? "badge-error" : "badge-plain");
            result.appendChild(badge);
            if (res.reason() != null && res.complete()) {
                result.appendChild(new Element("div").setText(res.reason()));
            }
            tr.appendChild(result);
            tbody.appendChild(tr);
        }
        table.appendChild(tbody);
        Div wrap = new Div();
        wrap.addClassName("table-scroll");
        wrap.getElement().appendChild(table);
        Div out = new Div(wrap, PageParts.muted("Scores are the mean of the station's submitted sheets (examiner initials and their score below each; "
                + "tap one to correct it). A critical item missed on any sheet fails the station. The practical figure is the total scaled so "
                + "that the pass mark is the track's " + "pass mark; it is what certification reads once results are released."));
        return out;
    }

    private Component standards(Results r) {
        Element table = new Element("table");
        table.getClassList().add("data-table");
        table.appendChild(new Element("thead").appendChild(new Element("tr").appendChild(th("Station"), th("Cut score"), th("Set by"),
                th("Borderline regression"), th("Agreement of two examiners (global rating)"), th("Examiners"))));
        Element tbody = new Element("tbody");
        for (StationColumn c : r.stations()) {
            OsceStatistics.Standard st = c.standard();
            OsceStatistics.Regression reg = st.regression();
            String regression = reg == null ? "not computed" : "cut " + Numbers.fixed(reg.cutScore(), 2) + ", slope " + Numbers.fixed(reg.slope(), 2)
                    + ", R² " + Numbers.fixed(reg.rSquared(), 2) + ", n " + reg.n() + (reg.note().isEmpty() ? "" : " (" + reg.note() + ")");
            String kappa = "kappa " + figure(c.kappa()) + ", weighted " + figure(c.weightedKappa()) + ", n " + c.kappa().n()
                    + (c.kappa().note().isEmpty() ? "" : " (" + c.kappa().note() + ")");
            List<String> flags = new ArrayList<>();
            for (PracticalExams.ExaminerFlag f : c.flags()) {
                String mark = switch (f.flag()) {
                    case HAWK -> "hawk";
                    case DOVE -> "dove";
                    case TOO_FEW -> "too few sheets to judge";
                    case NONE -> "in line";
                };
                flags.add(f.examiner().name() + ": mean " + Numbers.upTo(f.mean(), 1) + "% against " + Numbers.upTo(f.stationMean(), 1) + "% ("
                        + (f.difference() >= 0 ? "+" : "") + Numbers.upTo(f.difference(), 1) + ", n " + f.n() + ") " + mark);
            }
            Element tr = new Element("tr");
            tr.appendChild(td(c.no() + ". " + c.title()), td(Numbers.upTo(st.cutScore(), 2) + " of " + c.max()),
                    td(st.used().label() + (st.note().isEmpty() ? "" : ": " + st.note())), td(regression), td(kappa),
                    td(String.join("; ", flags)));
            tbody.appendChild(tr);
        }
        table.appendChild(tbody);
        Div wrap = new Div();
        wrap.addClassName("table-scroll");
        wrap.getElement().appendChild(table);
        return new Div(wrap, PageParts.muted("Borderline regression: each sheet's checklist score regressed on its global rating (fail 0 to "
                + "excellent 4); the cut score is the predicted score at borderline. It is used from " + OsceStatistics.MIN_SHEETS_REGRESSION
                + " sheets; below that the station's fixed pass mark is used. Kappa needs " + OsceStatistics.MIN_PAIRS_AGREEMENT
                + " pairs to trust; an examiner is flagged as a hawk or dove when their mean is " + Numbers.upTo(OsceStatistics.LENIENCY_POINTS, 0)
                + " points or more from the station's, from " + OsceStatistics.MIN_SHEETS_LENIENCY + " sheets. docs/certification.md explains each."));
    }

    private Component runningOrder() {
        PracticalExams.Detail d = exams.detail(id);
        Element table = new Element("table");
        table.getClassList().add("data-table");
        table.appendChild(new Element("thead").appendChild(new Element("tr").appendChild(th("Round"), th("Time"), th("Station"), th("Room"),
                th("Candidate"), th("Examiners"))));
        Element tbody = new Element("tbody");
        for (PracticalExams.Slot s : d.runningOrder()) {
            tbody.appendChild(new Element("tr").appendChild(td(String.valueOf(s.round())), td(ExaminerView.TIME.format(s.from()) + "\u2013"
                    + ExaminerView.TIME.format(s.to())), td(s.stationNo() + ". " + s.station()), td(s.room()), td(s.candidate().name()),
                    td(String.join(", ", s.examiners().stream().map(PracticalExams.Person::name).toList()))));
        }
        table.appendChild(tbody);
        Div wrap = new Div();
        wrap.addClassName("table-scroll");
        wrap.getElement().appendChild(table);
        return wrap;
    }

    private Component corrections(Results r) {
        if (r.corrections().isEmpty()) {
            return PageParts.empty("No corrections or re-marks. Open a submitted sheet from the results to correct it.");
        }
        Element table = new Element("table");
        table.getClassList().add("data-table");
        table.appendChild(new Element("thead").appendChild(new Element("tr").appendChild(th("When"), th("By"), th("Kind"), th("Candidate"),
                th("Station"), th("What"), th("Change"), th("Reason"))));
        Element tbody = new Element("tbody");
        for (PracticalExams.Correction c : r.corrections()) {
            tbody.appendChild(new Element("tr").appendChild(td(STAMP.format(c.at().atZone(ZoneId.systemDefault()))), td(c.by()), td(c.kind().label()),
                    td(c.candidate()), td(c.station()), td(c.what()), td(value(c.oldValue(), c.what()) + " \u2192 " + value(c.newValue(), c.what())),
                    td(c.reason())));
        }
        table.appendChild(tbody);
        Div wrap = new Div();
        wrap.addClassName("table-scroll");
        wrap.getElement().appendChild(table);
        return wrap;
    }

    private static String value(@Nullable Integer v, String what) {
        if (v == null) {
            return "–";
        }
        return what.equals("Global rating") ? Station.RATING_LEVELS.get(v) : String.valueOf(v);
    }

    private void openSheet(SheetId sheetId) {
        PracticalExams.SheetView s = exams.sheet(sheetId);
        Dialog d = new Dialog();
        d.setHeaderTitle(s.candidate().name() + " · " + s.station().title());
        d.setWidth("min(760px, 96vw)");
        d.addClassName("correction-dialog");
        d.add(PageParts.muted("Examiner " + s.examiner().name() + " · " + Numbers.upTo(s.score().score(), 1) + " of " + s.score().max()
                + " · rated " + (s.rating() == null ? "–" : Station.RATING_LEVELS.get(s.rating()))));
        Element table = new Element("table");
        table.getClassList().add("data-table");
        Element tbody = new Element("tbody");
        for (Station.ChecklistItem item : s.station().checklist()) {
            Integer m = s.marks().get(item.id());
            String comment = s.comments().get(item.id());
            tbody.appendChild(new Element("tr").appendChild(td((item.critical() ? "[critical] " : "") + item.text()
                    + (comment == null ? "" : " \u2014 \u201c" + comment + "\u201d")), td((m == null ? "–" : m) + " of " + item.marks())));
        }
        table.appendChild(tbody);
        Div wrap = new Div();
        wrap.getElement().appendChild(table);
        d.add(wrap);
        if (s.comment() != null) {
            d.add(new Paragraph("Comment: " + s.comment()));
        }
        Select<String> what = new Select<>();
        what.setLabel("Change");
        List<String> options = new ArrayList<>(s.station().checklist().stream().map(Station.ChecklistItem::id).toList());
        options.add("");
        what.setItems(options);
        what.setItemLabelGenerator(o -> o.isEmpty() ? "Global rating" : s.station().checklist().stream().filter(i -> i.id().equals(o))
                .map(Station.ChecklistItem::text).findFirst().orElse(o));
        what.setWidthFull();
        Select<Integer> value = new Select<>();
        value.setLabel("New value");
        what.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            if (e.getValue().isEmpty()) {
                value.setItems(0, 1, 2, 3, 4);
                value.setItemLabelGenerator(Station.RATING_LEVELS::get);
            } else {
                Station.ChecklistItem item = s.station().checklist().stream().filter(i -> i.id().equals(e.getValue())).findFirst().orElseThrow();
                List<Integer> vs = new ArrayList<>();
                vs.add(0);
                vs.addAll(item.partial());
                vs.add(item.marks());
                value.setItems(vs);
                value.setItemLabelGenerator(String::valueOf);
            }
        });
        Select<CorrectionKind> kind = new Select<>();
        kind.setLabel("Kind");
        kind.setItems(CorrectionKind.values());
        kind.setItemLabelGenerator(CorrectionKind::label);
        kind.setValue(CorrectionKind.CORRECTION);
        TextArea reason = new TextArea("Reason (recorded and audited)");
        reason.setMaxLength(TextLimits.REASON);
        reason.setWidthFull();
        Div form = new Div(what, new Div(value, kind), reason);
        form.addClassName("correction-form");
        d.add(form);
        Button save = new Button("Save change", e -> {
            if (what.getValue() == null || value.getValue() == null) {
                Toasts.error("Choose what to change and the new value.");
                return;
            }
            try {
                exams.correct(sheetId, what.getValue().isEmpty() ? null : what.getValue(), value.getValue(), kind.getValue(), reason.getValue());
                d.close();
                Toasts.success("Change saved and recorded.");
                show();
            } catch (ExamService.ExamException ex) {
                Toasts.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button("Close", e -> d.close()), save);
        d.open();
    }

    private void confirmRelease(Results r) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Release the results?");
        long complete = r.rows().stream().filter(x -> x.result().complete()).count();
        d.add(new Paragraph("Candidates will see their results and feedback, and the practical figure of the " + complete + " candidate"
                + (complete == 1 ? "" : "s") + " with every station scored is recorded at the seminar for certification. Corrections "
                + "after release are recorded again."));
        Button ok = new Button("Release", e -> {
            try {
                exams.release(id);
                d.close();
                Toasts.success("Results released.");
                show();
            } catch (ExamService.ExamException ex) {
                d.close();
                Toasts.error(ex.getMessage());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("confirm-release");
        d.getFooter().add(new Button("Cancel", e -> d.close()), ok);
        d.open();
    }

    static String figure(OsceStatistics.Figure f) {
        return f.known() ? Numbers.fixed(f.value(), 2) + (f.enough() ? "" : "*") : "–";
    }

    private static final java.util.Set<String> TITLES = java.util.Set.of("dr", "prof", "mr", "mrs", "ms", "mx");

    /** A name's initials without a title: "Dr Iris Instructor" is II. */
    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.split("\\s+")) {
            if (!part.isEmpty() && Character.isLetter(part.charAt(0)) && !TITLES.contains(part.replace(".", "").toLowerCase(Locale.ROOT))) {
                b.append(part.charAt(0));
            }
        }
        return b.length() == 0 ? "?" : b.toString().toUpperCase(Locale.ROOT);
    }

    private static Element th(String text) {
        return new Element("th").setText(text);
    }

    private static Element td(String text) {
        return new Element("td").setText(text);
    }

    @Override
    public String getPageTitle() {
        return title + " · SOT Courseware";
    }
}

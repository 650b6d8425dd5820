package org.sotcourseware.exam.ui;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
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
import org.sotcourseware.base.Dates;
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

    private final ExamService exams;
    private PracticalExamId id = new PracticalExamId(0);
    private String title = "";
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
            event.rerouteToError(NotFoundException.class, getTranslation("exam.refusal.no-such-exam"));
        }
    }

    private void show() {
        Results r = exams.results(id);
        Summary s = r.summary();
        title = s.title();
        removeAll();
        add(new Breadcrumbs().link(getTranslation("exam.exams.title"), ExamNavigation.exams()).current(s.title()));
        Div header = new Div();
        header.addClassName("page-header");
        Span eyebrow = new Span(s.phase().message().in(getLocale()));
        eyebrow.addClassName("eyebrow");
        Paragraph facts = PageParts.lead(getTranslation("exam.exam.facts", ExaminerView.when(s.startsAt(), getLocale()),
                ExaminerView.TIME.format(s.endsAt()), s.seminarTitle(), s.trackTitle()));
        String rulesText = getTranslation("exam.exam.rules", s.stations(), s.slotMinutes(), s.changeoverMinutes(), s.method().message());
        Paragraph rules = PageParts.muted(s.mustPass() > 0 ? getTranslation("exam.exam.rules-must-pass", rulesText, s.mustPass(), s.stations()) : rulesText);
        header.add(new Div(eyebrow, new H1(s.title()), facts, rules));
        Div actions = new Div();
        actions.addClassName("page-actions");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(ev -> {
            byte[] bytes = exams.runningOrderCsv(id);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "running-order-" + id + ".csv", "text/csv", bytes.length);
        }), getTranslation("exam.exam.running-order-csv"));
        csv.getElement().setAttribute("download", true);
        csv.addClassNames("button-link", "running-order-csv");
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(ev -> {
            byte[] bytes = exams.runningOrderPdf(id, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "running-order-" + id + ".pdf", "application/pdf", bytes.length);
        }), getTranslation("exam.exam.running-order-pdf"));
        pdf.getElement().setAttribute("download", true);
        pdf.addClassNames("button-link", "running-order-pdf");
        actions.add(csv, pdf);
        if (s.phase() != PracticalExams.Phase.RELEASED) {
            Button release = new Button(getTranslation("exam.exam.release"), e -> confirmRelease(r));
            release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            release.addClassName("release-results");
            actions.add(release);
        }
        header.add(actions);
        add(header);
        Div tiles = new Div(PageParts.stat(String.valueOf(r.rows().size()), getTranslation("exam.exam.stat.candidates")),
                PageParts.stat(String.valueOf(r.passed()), getTranslation("exam.exam.stat.passed")),
                PageParts.stat(String.valueOf(r.rows().stream().filter(x -> !x.result().complete()).count()), getTranslation("exam.exam.stat.incomplete")),
                PageParts.stat(figure(r.alpha(), getLocale()), getTranslation("exam.exam.stat.alpha", r.alpha().n())));
        tiles.addClassName("stats");
        add(tiles);
        if (r.alpha().note() != null) {
            add(PageParts.muted(getTranslation("exam.exam.reliability", r.alpha().note())));
        }
        if (r.openSheets() > 0) {
            Paragraph open = new Paragraph(getTranslation("exam.exam.open-sheets", r.openSheets()));
            open.addClassName("notice");
            add(open);
        }
        Tabs tabs = new Tabs(new Tab(getTranslation("exam.exam.tab.results")), new Tab(getTranslation("exam.exam.tab.standards")),
                new Tab(getTranslation("exam.exam.tab.running-order")), new Tab(getTranslation("exam.exam.tab.corrections", r.corrections().size())));
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
        head.appendChild(th(getTranslation("exam.running-order.candidate")));
        for (StationColumn c : r.stations()) {
            head.appendChild(th(getTranslation("exam.results.station-head", c.no(), c.title(), Numbers.upTo(c.standard().cutScore(), 1, getLocale()), c.max())));
        }
        head.appendChild(th(getTranslation("exam.results.total")), th(getTranslation("exam.results.figure")), th(getTranslation("exam.results.result")));
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
                    td.appendChild(new Element("span").setText(cell.sheets().isEmpty() ? "–" : getTranslation("exam.results.in-progress")));
                } else {
                    Element v = new Element("span").setText(Numbers.upTo(res.score(), 1, getLocale()));
                    v.getClassList().add(res.passed() ? "cell-pass" : "cell-fail");
                    td.appendChild(v);
                    if (!res.criticalMissed().isEmpty()) {
                        Element crit = new Element("span").setText(getTranslation("exam.results.critical-missed"));
                        crit.getClassList().add("badge");
                        crit.getClassList().add("badge-error");
                        td.appendChild(crit);
                    }
                }
                Element chips = new Element("div");
                chips.getClassList().add("sheet-chips");
                for (SheetSummary sh : cell.sheets()) {
                    NativeButton chip = new NativeButton(initials(sh.examiner().name()) + " " + Numbers.upTo(sh.score().score(), 1, getLocale())
                            + (sh.submitted() ? "" : "…"), e -> openSheet(sh.id()));
                    chip.addClassName("sheet-chip");
                    String chipTitle = sh.rating() == null ? sh.examiner().name()
                            : getTranslation("exam.results.chip-rated", sh.examiner().name(), level(sh.rating()));
                    chip.getElement().setAttribute("title", sh.submitted() ? chipTitle : getTranslation("exam.results.chip-not-submitted", chipTitle));
                    chip.setEnabled(sh.submitted());
                    chips.appendChild(chip.getElement());
                }
                td.appendChild(chips);
                tr.appendChild(td);
            }
            OsceScoring.CandidateResult res = row.result();
            tr.appendChild(td(res.complete() ? getTranslation("exam.of", Numbers.upTo(res.total(), 1, getLocale()), res.max()) : "–"));
            tr.appendChild(td(res.complete() ? Numbers.percent(res.figure(), 1, getLocale()) : "–"));
            Element result = new Element("td");
            Element badge = new Element("span").setText(getTranslation(res.passed() ? "exam.result.pass" : res.complete() ? "exam.result.fail"
                    : "exam.feedback.incomplete"));
            badge.getClassList().add("badge");
            badge.getClassList().add(res.passed() ? "badge-success" : res.complete() ? "badge-error" : "badge-plain");
            result.appendChild(badge);
            if (res.reason() != null && res.complete()) {
                result.appendChild(new Element("div").setText(res.reason().in(getLocale())));
            }
            tr.appendChild(result);
            tbody.appendChild(tr);
        }
        table.appendChild(tbody);
        Div wrap = new Div();
        wrap.addClassName("table-scroll");
        wrap.getElement().appendChild(table);
        Div out = new Div(wrap, PageParts.muted(getTranslation("exam.results.explained")));
        return out;
    }

    private Component standards(Results r) {
        Element table = new Element("table");
        table.getClassList().add("data-table");
        table.appendChild(new Element("thead").appendChild(new Element("tr").appendChild(th(getTranslation("exam.running-order.station")),
                th(getTranslation("exam.standards.cut-score")), th(getTranslation("exam.standards.set-by")),
                th(getTranslation("exam.method.borderline-regression")), th(getTranslation("exam.standards.agreement")),
                th(getTranslation("exam.running-order.examiners")))));
        Element tbody = new Element("tbody");
        for (StationColumn c : r.stations()) {
            OsceStatistics.Standard st = c.standard();
            OsceStatistics.Regression reg = st.regression();
            String regression = reg == null ? getTranslation("exam.standards.not-computed") : withNote(getTranslation("exam.standards.regression",
                    Numbers.fixed(reg.cutScore(), 2, getLocale()), Numbers.fixed(reg.slope(), 2, getLocale()), Numbers.fixed(reg.rSquared(), 2, getLocale()),
                    reg.n()), reg.note());
            String kappa = withNote(getTranslation("exam.standards.kappa", figure(c.kappa(), getLocale()), figure(c.weightedKappa(), getLocale()),
                    c.kappa().n()), c.kappa().note());
            List<String> flags = new ArrayList<>();
            for (PracticalExams.ExaminerFlag f : c.flags()) {
                String mark = getTranslation("exam.standards.flag." + f.flag().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                flags.add(getTranslation("exam.standards.examiner", f.examiner().name(), Numbers.percent(f.mean(), 1, getLocale()),
                        Numbers.percent(f.stationMean(), 1, getLocale()), (f.difference() >= 0 ? "+" : "") + Numbers.upTo(f.difference(), 1, getLocale()),
                        f.n(), mark));
            }
            Element tr = new Element("tr");
            tr.appendChild(td(getTranslation("exam.numbered", c.no(), c.title())), td(getTranslation("exam.of", Numbers.upTo(st.cutScore(), 2, getLocale()), c.max())),
                    td(st.note() == null ? st.used().message().in(getLocale()) : getTranslation("exam.standards.used-with-note", st.used().message(), st.note())),
                    td(regression), td(kappa),
                    td(String.join("; ", flags)));
            tbody.appendChild(tr);
        }
        table.appendChild(tbody);
        Div wrap = new Div();
        wrap.addClassName("table-scroll");
        wrap.getElement().appendChild(table);
        return new Div(wrap, PageParts.muted(getTranslation("exam.standards.explained", OsceStatistics.MIN_SHEETS_REGRESSION,
                OsceStatistics.MIN_PAIRS_AGREEMENT, OsceStatistics.LENIENCY_POINTS, OsceStatistics.MIN_SHEETS_LENIENCY)));
    }

    private Component runningOrder() {
        PracticalExams.Detail d = exams.detail(id);
        Element table = new Element("table");
        table.getClassList().add("data-table");
        table.appendChild(new Element("thead").appendChild(new Element("tr").appendChild(th(getTranslation("exam.running-order.round")),
                th(getTranslation("exam.running-order.time")), th(getTranslation("exam.running-order.station")), th(getTranslation("exam.running-order.room")),
                th(getTranslation("exam.running-order.candidate")), th(getTranslation("exam.running-order.examiners")))));
        Element tbody = new Element("tbody");
        for (PracticalExams.Slot s : d.runningOrder()) {
            tbody.appendChild(new Element("tr").appendChild(td(String.valueOf(s.round())), td(ExaminerView.TIME.format(s.from()) + "\u2013"
                    + ExaminerView.TIME.format(s.to())), td(getTranslation("exam.numbered", s.stationNo(), s.station())), td(s.room()), td(s.candidate().name()),
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
            return PageParts.empty(getTranslation("exam.corrections.empty"));
        }
        Element table = new Element("table");
        table.getClassList().add("data-table");
        table.appendChild(new Element("thead").appendChild(new Element("tr").appendChild(th(getTranslation("exam.corrections.when")),
                th(getTranslation("exam.corrections.by")), th(getTranslation("exam.corrections.kind")), th(getTranslation("exam.running-order.candidate")),
                th(getTranslation("exam.running-order.station")), th(getTranslation("exam.corrections.what")), th(getTranslation("exam.corrections.change")),
                th(getTranslation("exam.corrections.reason")))));
        Element tbody = new Element("tbody");
        for (PracticalExams.Correction c : r.corrections()) {
            String what = c.what() == null ? getTranslation("exam.sheet.global-rating") : c.what();
            tbody.appendChild(new Element("tr").appendChild(td(Dates.moment(c.at(), ZoneId.systemDefault(), getLocale())), td(c.by()),
                    td(c.kind().message().in(getLocale())), td(c.candidate()), td(c.station()), td(what),
                    td(value(c.oldValue(), c.what() == null) + " \u2192 " + value(c.newValue(), c.what() == null)),
                    td(c.reason())));
        }
        table.appendChild(tbody);
        Div wrap = new Div();
        wrap.addClassName("table-scroll");
        wrap.getElement().appendChild(table);
        return wrap;
    }

    private String value(@Nullable Integer v, boolean rating) {
        if (v == null) {
            return "–";
        }
        return rating ? level(v) : String.valueOf(v);
    }

    /** A global rating level in the reader's language: 3 is "Good". */
    private String level(int rating) {
        return getTranslation("exam.rating." + Station.RATING_LEVELS.get(rating));
    }

    /** A figure's text followed by its note in brackets, when it has one. */
    private String withNote(String text, org.sotcourseware.base.@Nullable Message note) {
        return note == null ? text : getTranslation("exam.standards.with-note", text, note);
    }

    private void openSheet(SheetId sheetId) {
        PracticalExams.SheetView s = exams.sheet(sheetId);
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("exam.sheet.page-title", s.candidate().name(), s.station().title()));
        d.setWidth("min(760px, 96vw)");
        d.addClassName("correction-dialog");
        d.add(PageParts.muted(getTranslation("exam.correct.sheet", s.examiner().name(), Numbers.upTo(s.score().score(), 1, getLocale()), s.score().max(),
                s.rating() == null ? "–" : level(s.rating()))));
        Element table = new Element("table");
        table.getClassList().add("data-table");
        Element tbody = new Element("tbody");
        for (Station.ChecklistItem item : s.station().checklist()) {
            Integer m = s.marks().get(item.id());
            String comment = s.comments().get(item.id());
            String text = item.critical() ? getTranslation("exam.correct.critical-item", item.text()) : item.text();
            tbody.appendChild(new Element("tr").appendChild(td(comment == null ? text : getTranslation("exam.correct.item-comment", text, comment)),
                    td(getTranslation("exam.of", m == null ? "–" : String.valueOf(m), item.marks()))));
        }
        table.appendChild(tbody);
        Div wrap = new Div();
        wrap.getElement().appendChild(table);
        d.add(wrap);
        if (s.comment() != null) {
            d.add(new Paragraph(getTranslation("exam.correct.comment", s.comment())));
        }
        Select<String> what = new Select<>();
        what.setLabel(getTranslation("exam.corrections.change"));
        List<String> options = new ArrayList<>(s.station().checklist().stream().map(Station.ChecklistItem::id).toList());
        options.add("");
        what.setItems(options);
        what.setItemLabelGenerator(o -> o.isEmpty() ? getTranslation("exam.sheet.global-rating") : s.station().checklist().stream().filter(i -> i.id().equals(o))
                .map(Station.ChecklistItem::text).findFirst().orElse(o));
        what.setWidthFull();
        Select<Integer> value = new Select<>();
        value.setLabel(getTranslation("exam.correct.new-value"));
        what.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            if (e.getValue().isEmpty()) {
                value.setItems(0, 1, 2, 3, 4);
                value.setItemLabelGenerator(this::level);
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
        kind.setLabel(getTranslation("exam.corrections.kind"));
        kind.setItems(CorrectionKind.values());
        kind.setItemLabelGenerator(k -> k.message().in(getLocale()));
        kind.setValue(CorrectionKind.CORRECTION);
        TextArea reason = new TextArea(getTranslation("exam.correct.reason"));
        reason.setMaxLength(TextLimits.REASON);
        reason.setWidthFull();
        Div form = new Div(what, new Div(value, kind), reason);
        form.addClassName("correction-form");
        d.add(form);
        Button save = new Button(getTranslation("exam.correct.save"), e -> {
            if (what.getValue() == null || value.getValue() == null) {
                Toasts.error(getTranslation("exam.correct.choose"));
                return;
            }
            try {
                exams.correct(sheetId, what.getValue().isEmpty() ? null : what.getValue(), value.getValue(), kind.getValue(), reason.getValue());
                d.close();
                Toasts.success(getTranslation("exam.correct.saved"));
                show();
            } catch (ExamService.ExamException ex) {
                Toasts.error(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("exam.close"), e -> d.close()), save);
        d.open();
    }

    private void confirmRelease(Results r) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("exam.release.title"));
        long complete = r.rows().stream().filter(x -> x.result().complete()).count();
        d.add(new Paragraph(getTranslation("exam.release.text", complete)));
        Button ok = new Button(getTranslation("exam.release.ok"), e -> {
            try {
                exams.release(id);
                d.close();
                Toasts.success(getTranslation("exam.release.done"));
                show();
            } catch (ExamService.ExamException ex) {
                d.close();
                Toasts.error(ex);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("confirm-release");
        d.getFooter().add(new Button(getTranslation("exam.cancel"), e -> d.close()), ok);
        d.open();
    }

    static String figure(OsceStatistics.Figure f, Locale locale) {
        return f.known() ? Numbers.fixed(f.value(), 2, locale) + (f.enough() ? "" : "*") : "–";
    }

    private static final java.util.Set<String> TITLES = java.util.Set.of("dr", "prof", "mr", "mrs", "ms", "mx"); // not UI text: titles to skip

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
        return getTranslation("exam.page-title", title.isEmpty() ? getTranslation("exam.exams.title") : title, getTranslation("shell.product"));
    }
}

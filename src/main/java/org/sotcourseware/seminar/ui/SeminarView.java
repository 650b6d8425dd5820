package org.sotcourseware.seminar.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.base.CsvExport;
import org.sotcourseware.base.Dates;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.Numbers;
import org.sotcourseware.base.Translations;
import com.vaadin.flow.data.binder.Binder;
import org.sotcourseware.base.ui.FormCheck;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Breadcrumbs;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.base.ui.Places;
import org.sotcourseware.base.ui.Toasts;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.Track;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.StudentRecordPlace;
import org.sotcourseware.security.UserDirectory;
import org.sotcourseware.security.UserSummary;
import org.sotcourseware.seminar.SeminarId;
import org.sotcourseware.seminar.SeminarService;
import org.sotcourseware.seminar.SeminarReadModel;

/**
 * One seminar: its details (organisers edit them), the participants (enrol one, or many from a CSV that is
 * previewed and applied whole), attendance per day and exam results.
 */
@Route("organiser/seminars/:seminarId")
@RolesAllowed({Roles.ORGANISER, Roles.INSTRUCTOR, Roles.ADMIN})
class SeminarView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** A CSV of students: its characters (at most EnrolmentCsv's limit) as UTF-8 bytes, with room for accents. */
    private static final int CSV_BYTES = 2 * 1024 * 1024;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK); // not UI text: a date pattern
    private static final DateTimeFormatter DAY_DE = DateTimeFormatter.ofPattern("EEE, d. MMM", Locale.GERMAN); // not UI text: a date pattern

    private final SeminarService seminars;
    private final CatalogueService catalogue;
    private final UserDirectory directory;
    private final Places places;
    private final boolean organiser;
    private SeminarId id = new SeminarId(0);
    private String title = "";
    private final Div tabBody = new Div();
    private int tab;
    private int dayIndex;

    public SeminarView(SeminarService seminars, CatalogueService catalogue, UserDirectory directory, CurrentUser currentUser, Places places) {
        this.seminars = seminars;
        this.places = places;
        this.catalogue = catalogue;
        this.directory = directory;
        this.organiser = currentUser.require().hasRole(Roles.ORGANISER) || currentUser.require().hasRole(Roles.ADMIN);
        addClassNames("page", "seminar-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = new SeminarId(Long.parseLong(event.getRouteParameters().get(SeminarNavigation.SEMINAR_ID).orElse("")));
            show();
        } catch (NumberFormatException | SeminarService.SeminarException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("seminar.refusal.no-such-seminar"));
        }
    }

    private void show() {
        SeminarReadModel.Detail d = seminars.detail(id);
        SeminarReadModel.Summary s = d.summary();
        title = s.title();
        removeAll();
        add(new Breadcrumbs().link(getTranslation("seminar.seminars.title"), SeminarNavigation.seminars()).current(s.title()));
        Div header = new Div();
        header.addClassName("page-header");
        Span eyebrow = new Span(getTranslation("seminar.seminar.eyebrow", s.status().message()));
        eyebrow.addClassName("eyebrow");
        Paragraph facts = new Paragraph(getTranslation("seminar.seminar.facts", SeminarsView.dates(s.startsOn(), s.endsOn(), getLocale()), s.venue(),
                SeminarsView.fmt(s.hoursPerDay(), getLocale()), SeminarsView.fmt(s.hours(), getLocale()), s.enrolled(), s.capacity()));
        facts.addClassName("lead");
        String moduleList = getTranslation("seminar.seminar.modules", String.join(", ", s.modules()));
        Paragraph modules = new Paragraph(d.instructors().isEmpty() ? moduleList : getTranslation("seminar.seminar.modules-and-instructors", moduleList,
                String.join(", ", d.instructors().stream().map(SeminarReadModel.Person::name).toList())));
        modules.addClassName("muted");
        header.add(new Div(eyebrow, new H1(s.title()), facts, modules));
        if (organiser) {
            Button edit = new Button(getTranslation("seminar.seminar.edit"), e -> SeminarForm.open(d.form(), catalogue, directory, form -> {
                seminars.update(id, form);
                Toasts.success(getTranslation("seminar.seminar.saved"));
                show();
            }));
            header.add(edit);
        }
        add(header);
        if (d.notes() != null) {
            Paragraph notes = new Paragraph(d.notes());
            notes.addClassName("notice");
            add(notes);
        }
        Tabs tabs = new Tabs(new Tab(getTranslation("seminar.tab.participants", d.participants().size())), new Tab(getTranslation("seminar.tab.attendance")),
                new Tab(getTranslation("seminar.tab.exams")));
        tabs.setSelectedIndex(tab);
        tabs.addSelectedChangeListener(e -> {
            tab = tabs.getSelectedIndex();
            renderTab(seminars.detail(id));
        });
        add(tabs, tabBody);
        renderTab(d);
    }

    private void renderTab(SeminarReadModel.Detail d) {
        tabBody.removeAll();
        switch (tab) {
            case 1 -> tabBody.add(attendance(d));
            case 2 -> tabBody.add(exams(d));
            default -> tabBody.add(participants(d));
        }
    }

    // ----- participants -----

    private Component participants(SeminarReadModel.Detail d) {
        Div box = new Div();
        if (organiser) {
            ComboBox<UserSummary> pick = new ComboBox<>(getTranslation("seminar.participants.pick"));
            Set<Long> enrolled = new HashSet<>(d.participants().stream().map(p -> p.person().id().value()).toList());
            pick.setItems(directory.students().stream().filter(u -> !enrolled.contains(u.id().value())).toList());
            pick.setItemLabelGenerator(u -> getTranslation("seminar.participants.pick-item", u.displayName(), u.username()));
            pick.setWidth("min(24rem, 100%)");
            Button enrol = new Button(getTranslation("seminar.participants.enrol"), e -> {
                if (pick.getValue() == null) {
                    return;
                }
                try {
                    seminars.enrol(id, pick.getValue().id());
                    Toasts.success(getTranslation("seminar.participants.enrolled", pick.getValue().displayName()));
                    show();
                } catch (SeminarService.SeminarException ex) {
                    Toasts.error(ex);
                }
            });
            Button importCsv = new Button(getTranslation("seminar.import.open"), e -> importDialog());
            importCsv.addClassName("import-csv");
            Div tools = new Div(pick, enrol, importCsv);
            tools.addClassName("seminar-tools");
            box.add(tools);
        }
        if (d.participants().isEmpty()) {
            Paragraph p = PageParts.empty(getTranslation("seminar.participants.empty"));
            box.add(p);
            return box;
        }
        Div list = new Div();
        list.addClassName("participant-list");
        for (SeminarReadModel.Participant p : d.participants()) {
            Div row = new Div();
            row.addClassName("participant-row");
            row.getElement().setAttribute("data-user", p.person().username());
            Span hours = new Span(getTranslation("seminar.participants.hours", SeminarsView.fmt(p.hours(), getLocale()),
                    SeminarsView.fmt(d.summary().hours(), getLocale())));
            hours.addClassName("muted");
            Span exams = new Span(getTranslation("seminar.participants.exams", p.exams().size()));
            exams.addClassName("muted");
            row.add(places.link(new StudentRecordPlace(p.person().id()), p.person().name()), new Span(p.person().username()), hours, exams);
            if (organiser) {
                Button remove = new Button(getTranslation("seminar.participants.remove"), e -> confirm(
                        getTranslation("seminar.participants.remove-title", p.person().name()), getTranslation("seminar.participants.remove-text"), () -> {
                            seminars.unenrol(id, p.person().id());
                            show();
                        }));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                row.add(remove);
            }
            list.add(row);
        }
        box.add(list);
        return box;
    }

    private void importDialog() {
        Dialog dlg = new Dialog();
        dlg.setHeaderTitle(getTranslation("seminar.import.title"));
        Paragraph help = new Paragraph(getTranslation("seminar.import.help"));
        Div preview = new Div();
        preview.addClassName("import-preview");
        String[] text = new String[1];
        Button apply = new Button(getTranslation("seminar.participants.enrol"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClassName("apply-import");
        Upload upload = new Upload(org.sotcourseware.base.ui.Uploads.inMemory(CSV_BYTES, (meta, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            text[0] = new String(bytes, StandardCharsets.UTF_8);
            SeminarReadModel.ImportPreview p = seminars.previewImport(id, text[0]);
            preview.removeAll();
            preview.add(previewOf(meta.fileName(), p));
            apply.setEnabled(p.ok() && !p.rows().isEmpty() && p.newAccounts() + p.existing() > 0);
            apply.setText(getTranslation("seminar.import.apply", p.newAccounts() + p.existing()));
        }))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(CSV_BYTES);
        upload.addFileRejectedListener(e -> Toasts.error(e.getErrorMessage()));
        apply.addClickListener(e -> {
            try {
                SeminarReadModel.ImportResult r = seminars.applyImport(id, text[0], linkBase());
                preview.removeAll();
                preview.add(resultOf(r));
                apply.setEnabled(false);
                show();
            } catch (SeminarService.SeminarException ex) {
                Toasts.error(ex);
            }
        });
        dlg.add(help, upload, preview);
        dlg.getFooter().add(new Button(getTranslation("seminar.close"), e -> dlg.close()), apply);
        dlg.setWidth("min(820px, 96vw)");
        dlg.open();
    }

    private String linkBase() {
        var req = VaadinServletRequest.getCurrent();
        if (req instanceof VaadinServletRequest r) {
            var http = r.getHttpServletRequest();
            String base = http.getScheme() + "://" + http.getServerName() + ((http.getServerPort() == 80 || http.getServerPort() == 443) ? ""
                    : ":" + http.getServerPort()) + http.getContextPath();
            return base + "/account/setup/"; // not UI text: a path
        }
        return "/account/setup/"; // not UI text: a path
    }

    /** What importing {@code fileName} would do, in the future tense: nothing has happened yet. */
    static Component previewOf(String fileName, SeminarReadModel.ImportPreview p) {
        Div box = new Div();
        Paragraph file = new Paragraph(t("seminar.import.preview-of", fileName));
        file.addClassName("import-file");
        box.add(file, new Paragraph(previewSummary(p)));
        if (!p.problems().isEmpty()) {
            Paragraph why = new Paragraph(t("seminar.import.fix-first"));
            why.addClassName("error-text");
            UnorderedList problems = new UnorderedList();
            problems.addClassName("problem-list");
            p.problems().forEach(x -> problems.add(new ListItem(x.line() > 0 ? t("seminar.import.line", x.line(), x.message())
                    : x.message().in(Locales.current()))));
            box.add(why, problems);
        }
        UnorderedList rows = new UnorderedList();
        rows.addClassName("import-rows");
        p.rows().forEach(r -> rows.add(new ListItem(t("seminar.import.row", r.line(), r.name(), r.email(), r.action().message()))));
        box.add(rows);
        return box;
    }

    /** "1 new account will be created, 2 existing accounts will be enrolled, 1 student is already enrolled, no problems." */
    static String previewSummary(SeminarReadModel.ImportPreview p) {
        return t("seminar.import.summary", p.newAccounts(), p.existing(), p.alreadyEnrolled(), p.problems().size());
    }

    static Component resultOf(SeminarReadModel.ImportResult r) {
        Div box = new Div();
        box.add(new Paragraph(t("seminar.import.result", r.enrolled(), r.created())));
        if (r.emailed() && r.created() > 0) {
            box.add(new Paragraph(t("seminar.import.emailed", 14)));
        }
        if (!r.links().isEmpty()) {
            box.add(new Paragraph(t("seminar.import.send-links", 14)));
            byte[] csv = CsvExport.write(List.of("Name", "Email", "Username", "Set-up link"), // not UI text: the file's English headers
                    r.links().stream().map(l -> List.of(l.name(), l.email(), l.username(), l.link())).toList());
            Anchor download = new Anchor(DownloadHandler.fromInputStream(ev -> new DownloadResponse(new ByteArrayInputStream(csv),
                    "setup-links.csv", "text/csv", csv.length)), t("seminar.import.download-links"));
            download.getElement().setAttribute("download", true);
            download.addClassName("button-link");
            box.add(download);
        }
        return box;
    }

    // ----- attendance -----

    private Component attendance(SeminarReadModel.Detail d) {
        Div box = new Div();
        if (d.participants().isEmpty()) {
            Paragraph p = PageParts.empty(getTranslation("seminar.attendance.empty"));
            box.add(p);
            return box;
        }
        dayIndex = Math.min(dayIndex, d.days().size() - 1);
        Tabs days = new Tabs();
        DateTimeFormatter dayFormat = Locales.closest(getLocale()).equals(Locales.GERMAN) ? DAY_DE : DAY;
        d.days().forEach(day -> days.add(new Tab(dayFormat.format(day))));
        days.setSelectedIndex(dayIndex);
        days.addClassName("day-tabs");
        Div list = new Div();
        list.addClassName("attendance-list");
        Runnable[] draw = new Runnable[1];
        draw[0] = () -> {
            list.removeAll();
            LocalDate day = d.days().get(dayIndex);
            SeminarReadModel.Detail fresh = seminars.detail(id);
            Button rest = new Button(getTranslation("seminar.attendance.mark-rest"), e -> {
                int n = seminars.markRestPresent(id, day);
                Toasts.success(getTranslation("seminar.attendance.marked", n));
                draw[0].run();
            });
            rest.addThemeVariants(ButtonVariant.LUMO_SMALL);
            rest.addClassName("mark-rest");
            list.add(new Div(rest));
            for (SeminarReadModel.Participant p : fresh.participants()) {
                list.add(attendanceRow(fresh, p, day));
            }
        };
        days.addSelectedChangeListener(e -> {
            dayIndex = days.getSelectedIndex();
            draw[0].run();
        });
        draw[0].run();
        box.add(days, list);
        return box;
    }

    private Component attendanceRow(SeminarReadModel.Detail d, SeminarReadModel.Participant p, LocalDate day) {
        Div row = new Div();
        row.addClassName("attendance-row");
        row.getElement().setAttribute("data-user", p.person().username());
        Select<SeminarReadModel.Presence> presence = new Select<>();
        presence.setItems(SeminarReadModel.Presence.values());
        presence.setItemLabelGenerator(x -> x.message().in(getLocale()));
        presence.setPlaceholder(getTranslation("seminar.attendance.not-recorded"));
        presence.setAriaLabel(getTranslation("seminar.attendance.of", p.person().name()));
        NumberField hours = new NumberField();
        hours.setAriaLabel(getTranslation("seminar.attendance.hours-of", p.person().name()));
        hours.setStep(0.5);
        hours.setMin(0);
        hours.setMax(d.summary().hoursPerDay());
        hours.setWidth("6rem");
        hours.setSuffixComponent(new Span(getTranslation("seminar.attendance.hours-suffix")));
        SeminarReadModel.Attendance a = p.attendance().get(day);
        if (a != null) {
            presence.setValue(a.presence());
            hours.setValue(a.hours());
        }
        hours.setVisible(a != null && a.presence() == SeminarReadModel.Presence.PARTIAL);
        Runnable save = () -> {
            if (presence.getValue() == null) {
                return;
            }
            try {
                seminars.recordAttendance(id, p.person().id(), day, presence.getValue(), hours.getValue());
                hours.setInvalid(false);
            } catch (SeminarService.SeminarException ex) {
                hours.setInvalid(true);
                hours.setErrorMessage(ex.message().in(getLocale()));
            }
        };
        presence.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            boolean partial = e.getValue() == SeminarReadModel.Presence.PARTIAL;
            hours.setVisible(partial);
            if (partial) {
                hours.clear();
                hours.focus();
            } else {
                save.run();
            }
        });
        hours.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save.run();
            }
        });
        Span name = new Span(p.person().name());
        name.addClassName("attendance-name");
        row.add(name, presence, hours);
        return row;
    }

    // ----- exams -----

    private Component exams(SeminarReadModel.Detail d) {
        Div box = new Div();
        List<Track> tracks = catalogue.curriculum().tracks();
        Button record = new Button(getTranslation("seminar.exams.record"), e -> examDialog(d, tracks));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClassName("record-exam");
        record.setEnabled(!d.participants().isEmpty());
        box.add(new Div(record));
        List<String[]> rows = new ArrayList<>();
        for (SeminarReadModel.Participant p : d.participants()) {
            for (SeminarReadModel.Exam x : p.exams()) {
                rows.add(new String[] {p.person().name(), trackTitle(tracks, x.trackId()), x.written() == null ? "–" : Numbers.percent(x.written(), 2, getLocale()),
                        x.practical() == null ? "–" : Numbers.percent(x.practical(), 2, getLocale()), Dates.day(x.date(), getLocale()), x.examiner()});
            }
        }
        if (rows.isEmpty()) {
            Paragraph p = PageParts.empty(getTranslation("seminar.exams.empty"));
            box.add(p);
            return box;
        }
        Div table = new Div();
        table.addClassName("exam-table");
        Div head = new Div(cell(getTranslation("seminar.exams.student")), cell(getTranslation("seminar.exams.track")),
                cell(getTranslation("seminar.exams.written")), cell(getTranslation("seminar.exams.practical")), cell(getTranslation("seminar.exams.date")),
                cell(getTranslation("seminar.exams.examiner")));
        head.addClassNames("exam-row", "exam-head");
        table.add(head);
        for (String[] r : rows) {
            Div row = new Div();
            row.addClassName("exam-row");
            for (String c : r) {
                row.add(cell(c));
            }
            table.add(row);
        }
        box.add(table);
        return box;
    }

    private static Span cell(String text) {
        Span s = new Span(text);
        s.addClassName("exam-cell");
        return s;
    }

    private static String trackTitle(List<Track> tracks, String id) {
        return tracks.stream().filter(t -> t.id().equals(id)).map(Track::title).findFirst().orElse(id);
    }

    private void examDialog(SeminarReadModel.Detail d, List<Track> tracks) {
        Dialog dlg = new Dialog();
        dlg.setHeaderTitle(getTranslation("seminar.exams.record"));
        ComboBox<SeminarReadModel.Participant> student = new ComboBox<>(getTranslation("seminar.exams.student"));
        student.setItems(d.participants());
        student.setItemLabelGenerator(p -> p.person().name());
        Select<Track> track = new Select<>();
        track.setLabel(getTranslation("seminar.exams.certification-track"));
        track.setItems(tracks);
        track.setItemLabelGenerator(Track::title);
        if (!tracks.isEmpty()) {
            track.setValue(tracks.getFirst());
        }
        NumberField written = new NumberField(getTranslation("seminar.exams.written-percent"));
        NumberField practical = new NumberField(getTranslation("seminar.exams.practical-percent"));
        for (NumberField f : List.of(written, practical)) {
            f.setMin(0);
            f.setMax(100);
            FormCheck.explain(f, getTranslation("seminar.exams.percent-range"));
        }
        DatePicker date = new DatePicker(getTranslation("seminar.exams.date"));
        date.setValue(LocalDate.now().isAfter(d.summary().endsOn()) ? d.summary().endsOn() : LocalDate.now());
        date.setMax(LocalDate.now());
        TextField examiner = new TextField(getTranslation("seminar.exams.examiner"));
        examiner.setMaxLength(TextLimits.NAME);
        if (!d.instructors().isEmpty()) {
            examiner.setValue(d.instructors().getFirst().name());
        }
        Paragraph error = new Paragraph();
        error.addClassName("error-text");
        FormLayout form = new FormLayout(student, track, written, practical, date, examiner);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        // each rule beside its field (the service checks them again and has the last word)
        Binder<Object> binder = FormCheck.binder();
        FormCheck.field(binder, student).asRequired(getTranslation("seminar.exams.problem.student")).bind(x -> student.getValue(), FormCheck.unused());
        FormCheck.field(binder, track).asRequired(getTranslation("seminar.exams.problem.track")).bind(x -> track.getValue(), FormCheck.unused());
        FormCheck.field(binder, written).withValidator(v -> v == null || (v >= 0 && v <= 100), getTranslation("seminar.exams.percent-range"))
                .withValidator(v -> v != null || practical.getValue() != null, getTranslation("seminar.exam.problem.none"))
                .bind(x -> written.getValue(), FormCheck.unused());
        FormCheck.field(binder, practical).withValidator(v -> v == null || (v >= 0 && v <= 100), getTranslation("seminar.exams.percent-range"))
                .bind(x -> practical.getValue(), FormCheck.unused());
        FormCheck.field(binder, date).asRequired(getTranslation("seminar.exams.problem.date"))
                .withValidator(v -> !v.isAfter(LocalDate.now()), getTranslation("seminar.exam.problem.future")).bind(x -> date.getValue(), FormCheck.unused());
        FormCheck.field(binder, examiner).asRequired(getTranslation("seminar.exam.problem.examiner")).bind(x -> examiner.getValue(), FormCheck.unused());
        Button ok = new Button(getTranslation("seminar.exams.save"), e -> {
            error.setText("");
            if (!FormCheck.validate(binder)) {
                return;
            }
            try {
                seminars.recordExam(id, student.getValue().person().id(), track.getValue().id(), written.getValue(), practical.getValue(),
                        date.getValue(), examiner.getValue());
                dlg.close();
                Toasts.success(getTranslation("seminar.exams.saved"));
                show();
            } catch (SeminarService.SeminarException ex) {
                error.setText(ex.message().in(getLocale()));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("save-exam");
        dlg.add(form, new Paragraph(getTranslation("seminar.exams.replaces")), error);
        dlg.getFooter().add(new Button(getTranslation("seminar.cancel"), e -> dlg.close()), ok);
        dlg.setWidth("min(640px, 96vw)");
        dlg.open();
    }

    private void confirm(String heading, String text, Runnable then) {
        Dialog dlg = new Dialog();
        dlg.setHeaderTitle(heading);
        dlg.add(new Paragraph(text));
        Button ok = new Button(getTranslation("seminar.confirm"), e -> {
            dlg.close();
            then.run();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dlg.getFooter().add(new Button(getTranslation("seminar.cancel"), e -> dlg.close()), ok);
        dlg.open();
    }

    /** Words in the current UI's language, for the static parts shared with tests. */
    private static String t(String key, Object... args) {
        return Translations.text(Locales.current(), key, args);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seminar.page-title", title.isEmpty() ? getTranslation("seminar.seminars.title")
                : getTranslation("seminar.seminar.page-title", title), getTranslation("shell.product"));
    }
}

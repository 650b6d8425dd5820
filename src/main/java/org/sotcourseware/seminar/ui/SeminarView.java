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
import org.sotcourseware.base.Numbers;
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

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private final SeminarService seminars;
    private final CatalogueService catalogue;
    private final UserDirectory directory;
    private final Places places;
    private final boolean organiser;
    private SeminarId id = new SeminarId(0);
    private String title = "Seminar";
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
            event.rerouteToError(NotFoundException.class, "There is no such seminar.");
        }
    }

    private void show() {
        SeminarReadModel.Detail d = seminars.detail(id);
        SeminarReadModel.Summary s = d.summary();
        title = s.title();
        removeAll();
        add(new Breadcrumbs().link("Seminars", SeminarNavigation.seminars()).current(s.title()));
        Div header = new Div();
        header.addClassName("page-header");
        Span eyebrow = new Span(s.status().label() + " seminar");
        eyebrow.addClassName("eyebrow");
        Paragraph facts = new Paragraph(SeminarsView.dates(s.startsOn(), s.endsOn()) + " · " + s.venue() + " · " + SeminarsView.fmt(s.hoursPerDay())
                + " CE hours a day (" + SeminarsView.fmt(s.hours()) + " in all) · " + s.enrolled() + " of " + s.capacity() + " places taken");
        facts.addClassName("lead");
        Paragraph modules = new Paragraph("Modules: " + String.join(", ", s.modules()) + (d.instructors().isEmpty() ? ""
                : " · Instructors: " + String.join(", ", d.instructors().stream().map(SeminarReadModel.Person::name).toList())));
        modules.addClassName("muted");
        header.add(new Div(eyebrow, new H1(s.title()), facts, modules));
        if (organiser) {
            Button edit = new Button("Edit details", e -> SeminarForm.open(d.form(), catalogue, directory, form -> {
                seminars.update(id, form);
                Toasts.success("Seminar saved.");
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
        Tabs tabs = new Tabs(new Tab("Participants (" + d.participants().size() + ")"), new Tab("Attendance"), new Tab("Exam results"));
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
            ComboBox<UserSummary> pick = new ComboBox<>("Enrol a student");
            Set<Long> enrolled = new HashSet<>(d.participants().stream().map(p -> p.person().id().value()).toList());
            pick.setItems(directory.students().stream().filter(u -> !enrolled.contains(u.id().value())).toList());
            pick.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
            pick.setWidth("min(24rem, 100%)");
            Button enrol = new Button("Enrol", e -> {
                if (pick.getValue() == null) {
                    return;
                }
                try {
                    seminars.enrol(id, pick.getValue().id());
                    Toasts.success(pick.getValue().displayName() + " is enrolled.");
                    show();
                } catch (SeminarService.SeminarException ex) {
                    Toasts.error(ex.getMessage());
                }
            });
            Button importCsv = new Button("Import a CSV of students", e -> importDialog());
            importCsv.addClassName("import-csv");
            Div tools = new Div(pick, enrol, importCsv);
            tools.addClassName("seminar-tools");
            box.add(tools);
        }
        if (d.participants().isEmpty()) {
            Paragraph p = PageParts.empty("Nobody is enrolled yet.");
            box.add(p);
            return box;
        }
        Div list = new Div();
        list.addClassName("participant-list");
        for (SeminarReadModel.Participant p : d.participants()) {
            Div row = new Div();
            row.addClassName("participant-row");
            row.getElement().setAttribute("data-user", p.person().username());
            Span hours = new Span(SeminarsView.fmt(p.hours()) + " of " + SeminarsView.fmt(d.summary().hours()) + " hours");
            hours.addClassName("muted");
            Span exams = new Span(p.exams().isEmpty() ? "no exam results" : p.exams().size() + (p.exams().size() == 1 ? " exam result" : " exam results"));
            exams.addClassName("muted");
            row.add(places.link(new StudentRecordPlace(p.person().id()), p.person().name()), new Span(p.person().username()), hours, exams);
            if (organiser) {
                Button remove = new Button("Remove", e -> confirm("Remove " + p.person().name() + "?",
                        "Their attendance at this seminar is deleted; exam results stay.", () -> {
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
        dlg.setHeaderTitle("Import students from CSV");
        Paragraph help = new Paragraph("A header row with email and name (or first name and last name) columns; username is optional. "
                + "Existing accounts are matched by email; new ones are created with a one-time link to set a password. You see every row "
                + "before anything happens, and a file with any problem changes nothing.");
        Div preview = new Div();
        preview.addClassName("import-preview");
        String[] text = new String[1];
        Button apply = new Button("Enrol");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClassName("apply-import");
        Upload upload = new Upload(org.sotcourseware.base.ui.Uploads.inMemory(CSV_BYTES, (meta, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            text[0] = new String(bytes, StandardCharsets.UTF_8);
            SeminarReadModel.ImportPreview p = seminars.previewImport(id, text[0]);
            preview.removeAll();
            preview.add(previewOf(meta.fileName(), p));
            apply.setEnabled(p.ok() && !p.rows().isEmpty() && p.newAccounts() + p.existing() > 0);
            apply.setText("Enrol " + Numbers.count(p.newAccounts() + p.existing(), "student", "students"));
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
                Toasts.error(ex.getMessage());
            }
        });
        dlg.add(help, upload, preview);
        dlg.getFooter().add(new Button("Close", e -> dlg.close()), apply);
        dlg.setWidth("min(820px, 96vw)");
        dlg.open();
    }

    private String linkBase() {
        var req = VaadinServletRequest.getCurrent();
        if (req instanceof VaadinServletRequest r) {
            var http = r.getHttpServletRequest();
            String base = http.getScheme() + "://" + http.getServerName() + ((http.getServerPort() == 80 || http.getServerPort() == 443) ? ""
                    : ":" + http.getServerPort()) + http.getContextPath();
            return base + "/account/setup/";
        }
        return "/account/setup/";
    }

    /** What importing {@code fileName} would do, in the future tense: nothing has happened yet. */
    static Component previewOf(String fileName, SeminarReadModel.ImportPreview p) {
        Div box = new Div();
        Paragraph file = new Paragraph("Preview of " + fileName + " (nothing has been imported yet):");
        file.addClassName("import-file");
        box.add(file, new Paragraph(previewSummary(p)));
        if (!p.problems().isEmpty()) {
            Paragraph why = new Paragraph("Nothing will be imported until these are fixed in the file:");
            why.addClassName("error-text");
            UnorderedList problems = new UnorderedList();
            problems.addClassName("problem-list");
            p.problems().forEach(x -> problems.add(new ListItem((x.line() > 0 ? "Line " + x.line() + ": " : "") + x.message())));
            box.add(why, problems);
        }
        UnorderedList rows = new UnorderedList();
        rows.addClassName("import-rows");
        p.rows().forEach(r -> rows.add(new ListItem("Line " + r.line() + ": " + r.name() + " <" + r.email() + "> \u2014 " + r.action().label())));
        box.add(rows);
        return box;
    }

    /** "1 new account will be created, 2 existing accounts will be enrolled, 1 student is already enrolled, no problems." */
    static String previewSummary(SeminarReadModel.ImportPreview p) {
        return Numbers.count(p.newAccounts(), "new account", "new accounts") + " will be created"
                + " and enrolled, " + Numbers.count(p.existing(), "existing account", "existing accounts") + " will be enrolled, "
                + Numbers.count(p.alreadyEnrolled(), "student is", "students are") + " already enrolled, "
                + (p.problems().isEmpty() ? "no problems." : Numbers.count(p.problems().size(), "problem", "problems") + ".");
    }

    static Component resultOf(SeminarReadModel.ImportResult r) {
        Div box = new Div();
        box.add(new Paragraph(Numbers.count(r.enrolled(), "student", "students") + " enrolled, "
                + Numbers.count(r.created(), "account", "accounts") + " created."));
        if (r.emailed() && r.created() > 0) {
            box.add(new Paragraph("Each new student has been emailed a link to choose their password (valid for 14 days). Anyone whose "
                    + "message does not arrive can use \"Forgot your password?\" on the sign-in page."));
        }
        if (!r.links().isEmpty()) {
            box.add(new Paragraph("Send each new student their set-up link (valid for 14 days). The app does not send email; download the "
                    + "links for a mail merge. They are shown only now."));
            byte[] csv = CsvExport.write(List.of("Name", "Email", "Username", "Set-up link"),
                    r.links().stream().map(l -> List.of(l.name(), l.email(), l.username(), l.link())).toList());
            Anchor download = new Anchor(DownloadHandler.fromInputStream(ev -> new DownloadResponse(new ByteArrayInputStream(csv),
                    "setup-links.csv", "text/csv", csv.length)), "Download the set-up links (CSV)");
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
            Paragraph p = PageParts.empty("Enrol students first; then record who attended each day.");
            box.add(p);
            return box;
        }
        dayIndex = Math.min(dayIndex, d.days().size() - 1);
        Tabs days = new Tabs();
        d.days().forEach(day -> days.add(new Tab(DAY.format(day))));
        days.setSelectedIndex(dayIndex);
        days.addClassName("day-tabs");
        Div list = new Div();
        list.addClassName("attendance-list");
        Runnable[] draw = new Runnable[1];
        draw[0] = () -> {
            list.removeAll();
            LocalDate day = d.days().get(dayIndex);
            SeminarReadModel.Detail fresh = seminars.detail(id);
            Button rest = new Button("Mark everyone not yet recorded present", e -> {
                int n = seminars.markRestPresent(id, day);
                Toasts.success(n + (n == 1 ? " student" : " students") + " marked present.");
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
        presence.setItemLabelGenerator(SeminarReadModel.Presence::label);
        presence.setPlaceholder("Not recorded");
        presence.setAriaLabel("Attendance of " + p.person().name());
        NumberField hours = new NumberField();
        hours.setAriaLabel("Hours attended by " + p.person().name());
        hours.setStep(0.5);
        hours.setMin(0);
        hours.setMax(d.summary().hoursPerDay());
        hours.setWidth("6rem");
        hours.setSuffixComponent(new Span("h"));
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
                hours.setErrorMessage(ex.getMessage());
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
        Button record = new Button("Record an exam result", e -> examDialog(d, tracks));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClassName("record-exam");
        record.setEnabled(!d.participants().isEmpty());
        box.add(new Div(record));
        List<String[]> rows = new ArrayList<>();
        for (SeminarReadModel.Participant p : d.participants()) {
            for (SeminarReadModel.Exam x : p.exams()) {
                rows.add(new String[] {p.person().name(), trackTitle(tracks, x.trackId()), x.written() == null ? "–" : SeminarsView.fmt(x.written()) + "%",
                        x.practical() == null ? "–" : SeminarsView.fmt(x.practical()) + "%", SeminarsView.DAY.format(x.date()), x.examiner()});
            }
        }
        if (rows.isEmpty()) {
            Paragraph p = PageParts.empty("No exam results recorded at this seminar yet.");
            box.add(p);
            return box;
        }
        Div table = new Div();
        table.addClassName("exam-table");
        Div head = new Div(cell("Student"), cell("Track"), cell("Written"), cell("Practical"), cell("Date"), cell("Examiner"));
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
        dlg.setHeaderTitle("Record an exam result");
        ComboBox<SeminarReadModel.Participant> student = new ComboBox<>("Student");
        student.setItems(d.participants());
        student.setItemLabelGenerator(p -> p.person().name());
        Select<Track> track = new Select<>();
        track.setLabel("Certification track");
        track.setItems(tracks);
        track.setItemLabelGenerator(Track::title);
        if (!tracks.isEmpty()) {
            track.setValue(tracks.getFirst());
        }
        NumberField written = new NumberField("Written exam %");
        NumberField practical = new NumberField("Practical exam %");
        for (NumberField f : List.of(written, practical)) {
            f.setMin(0);
            f.setMax(100);
            FormCheck.explain(f, "A percentage from 0 to 100");
        }
        DatePicker date = new DatePicker("Date");
        date.setValue(LocalDate.now().isAfter(d.summary().endsOn()) ? d.summary().endsOn() : LocalDate.now());
        date.setMax(LocalDate.now());
        TextField examiner = new TextField("Examiner");
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
        FormCheck.field(binder, student).asRequired("Choose the student.").bind(x -> student.getValue(), FormCheck.unused());
        FormCheck.field(binder, track).asRequired("Choose the certification track.").bind(x -> track.getValue(), FormCheck.unused());
        FormCheck.field(binder, written).withValidator(v -> v == null || (v >= 0 && v <= 100), "A percentage from 0 to 100")
                .withValidator(v -> v != null || practical.getValue() != null, "Enter the written result, the practical result, or both.")
                .bind(x -> written.getValue(), FormCheck.unused());
        FormCheck.field(binder, practical).withValidator(v -> v == null || (v >= 0 && v <= 100), "A percentage from 0 to 100")
                .bind(x -> practical.getValue(), FormCheck.unused());
        FormCheck.field(binder, date).asRequired("Choose the date of the exam.")
                .withValidator(v -> !v.isAfter(LocalDate.now()), "The exam date cannot be in the future.").bind(x -> date.getValue(), FormCheck.unused());
        FormCheck.field(binder, examiner).asRequired("Name the examiner.").bind(x -> examiner.getValue(), FormCheck.unused());
        Button ok = new Button("Save result", e -> {
            error.setText("");
            if (!FormCheck.validate(binder)) {
                return;
            }
            try {
                seminars.recordExam(id, student.getValue().person().id(), track.getValue().id(), written.getValue(), practical.getValue(),
                        date.getValue(), examiner.getValue());
                dlg.close();
                Toasts.success("Exam result saved.");
                show();
            } catch (SeminarService.SeminarException ex) {
                error.setText(ex.getMessage());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("save-exam");
        dlg.add(form, new Paragraph("A second result for the same student and track at this seminar replaces the first (a re-sit is "
                + "recorded at the seminar where it is taken)."), error);
        dlg.getFooter().add(new Button("Cancel", e -> dlg.close()), ok);
        dlg.setWidth("min(640px, 96vw)");
        dlg.open();
    }

    private void confirm(String heading, String text, Runnable then) {
        Dialog dlg = new Dialog();
        dlg.setHeaderTitle(heading);
        dlg.add(new Paragraph(text));
        Button ok = new Button("Confirm", e -> {
            dlg.close();
            then.run();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dlg.getFooter().add(new Button("Cancel", e -> dlg.close()), ok);
        dlg.open();
    }

    @Override
    public String getPageTitle() {
        return title + " · Seminars · SOT Courseware";
    }
}

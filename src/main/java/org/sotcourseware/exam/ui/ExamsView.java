package org.sotcourseware.exam.ui;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.exam.ExamService;
import org.sotcourseware.exam.OsceStatistics.Method;
import org.sotcourseware.exam.PracticalExamId;
import org.sotcourseware.exam.PracticalExams;
import org.sotcourseware.exam.PracticalExams.Options;
import org.sotcourseware.exam.PracticalExams.Person;
import org.sotcourseware.exam.PracticalExams.StationChoice;
import org.sotcourseware.exam.PracticalExams.Summary;
import org.sotcourseware.security.Roles;
import org.sotcourseware.seminar.SeminarService;
import org.sotcourseware.seminar.SeminarReadModel;

/** The practical exams (OSCE) of every seminar; organisers set up a new one here. */
@Route("organiser/exams")
@PageTitle("Practical exams · SOT Courseware")
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
class ExamsView extends Main {

    private final ExamService exams;
    private final SeminarService seminars;

    public ExamsView(ExamService exams, SeminarService seminars) {
        this.exams = exams;
        this.seminars = seminars;
        addClassNames("page", "exams-page");
        Div header = new Div();
        header.addClassName("page-header");
        header.add(new Div(new H1("Practical exams"), PageParts.lead("Objective structured clinical exams: a circuit of timed stations, each "
                + "scored by its examiners on a checklist and a global rating. Results count as the seminar's practical exam once released.")));
        Button create = new Button("New practical exam", e -> openForm());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("new-exam");
        header.add(create);
        add(header);
        List<Summary> all = exams.list();
        if (all.isEmpty()) {
            add(PageParts.empty("No practical exams yet. Set up the first with \u201cNew practical exam\u201d."));
            return;
        }
        Div list = new Div();
        list.addClassName("seminar-grid");
        for (Summary s : all) {
            Span phase = new Span(s.phase().label());
            phase.addClassNames("badge", s.phase() == PracticalExams.Phase.RELEASED ? "badge-success"
                    : s.phase() == PracticalExams.Phase.SCORING ? "badge-warning" : "badge-plain");
            Span title = new Span(s.title());
            title.addClassName("module-card-title");
            Span when = new Span(ExaminerView.WHEN.format(s.startsAt()) + "\u2013" + ExaminerView.TIME.format(s.endsAt()));
            when.addClassName("muted");
            Span seminar = new Span(s.seminarTitle() + " · " + s.trackTitle());
            seminar.addClassName("seminar-modules");
            Span size = new Span(s.stations() + " stations · " + s.candidates() + " candidates");
            size.addClassName("seminar-places");
            var card = Links.to(ExamNavigation.exam(s.id()), new Div(phase, title, when, seminar, size));
            card.addClassName("seminar-card");
            list.add(new Div(card));
        }
        add(list);
    }

    private void openForm() {
        Dialog d = new Dialog();
        d.setHeaderTitle("New practical exam");
        d.addClassName("exam-form");
        d.setWidth("min(900px, 96vw)");
        Select<SeminarReadModel.Summary> seminar = new Select<>();
        seminar.setLabel("Seminar");
        seminar.setItems(seminars.list());
        seminar.setItemLabelGenerator(SeminarReadModel.Summary::title);
        Div body = new Div();
        seminar.addValueChangeListener(e -> {
            body.removeAll();
            if (e.getValue() != null) {
                body.add(setup(exams.options(e.getValue().id()), d));
            }
        });
        seminar.setWidthFull();
        d.add(seminar, body);
        d.getFooter().add(new Button("Cancel", e -> d.close()));
        d.open();
    }

    private Div setup(Options o, Dialog dialog) {
        Div out = new Div();
        if (o.stations().isEmpty()) {
            out.add(PageParts.empty("This seminar's modules have no practical stations."));
            return out;
        }
        TextField title = new TextField("Title");
        title.setMaxLength(TextLimits.NAME);
        title.setValue("Practical exam: " + o.seminarTitle());
        Select<PracticalExams.TrackChoice> track = new Select<>();
        track.setLabel("Counts for");
        track.setItems(o.tracks());
        track.setItemLabelGenerator(PracticalExams.TrackChoice::title);
        if (!o.tracks().isEmpty()) {
            track.setValue(o.tracks().getFirst());
        }
        DateTimePicker starts = new DateTimePicker("First round starts");
        starts.setValue(LocalDateTime.now().withSecond(0).withNano(0).plusHours(1).withMinute(0));
        IntegerField slot = new IntegerField("Minutes per station");
        slot.setValue(o.stations().stream().mapToInt(StationChoice::minutes).max().orElse(10));
        slot.setStepButtonsVisible(true);
        IntegerField changeover = new IntegerField("Changeover minutes");
        changeover.setValue(2);
        changeover.setStepButtonsVisible(true);
        Select<Method> method = new Select<>();
        method.setLabel("Pass mark per station");
        method.setItems(Method.values());
        method.setItemLabelGenerator(Method::label);
        method.setValue(Method.BORDERLINE_REGRESSION);
        IntegerField mustPass = new IntegerField("Stations a candidate must pass");
        mustPass.setValue(0);
        mustPass.setHelperText("0: no such rule");
        MultiSelectComboBox<Person> candidates = new MultiSelectComboBox<>("Candidates");
        candidates.setItems(o.candidates());
        candidates.setItemLabelGenerator(Person::name);
        candidates.select(o.candidates());
        CheckboxGroup<StationChoice> stations = new CheckboxGroup<>("Stations");
        stations.setItems(o.stations());
        stations.setItemLabelGenerator(s -> s.moduleTitle() + ": " + s.title() + " (" + s.minutes() + " min, " + s.marks() + " marks)");
        Div perStation = new Div();
        perStation.addClassName("exam-form-stations");
        Map<StationChoice, TextField> rooms = new HashMap<>();
        Map<StationChoice, MultiSelectComboBox<Person>> examiners = new HashMap<>();
        stations.addValueChangeListener(e -> {
            perStation.removeAll();
            int n = 0;
            for (StationChoice s : o.stations()) {
                if (!e.getValue().contains(s)) {
                    continue;
                }
                n++;
                TextField room = rooms.computeIfAbsent(s, k -> roomField());
                if (room.isEmpty()) {
                    room.setValue("Room " + n);
                }
                MultiSelectComboBox<Person> ex = examiners.computeIfAbsent(s, k -> {
                    MultiSelectComboBox<Person> c = new MultiSelectComboBox<>("Examiners (one or two)");
                    c.setItems(o.staff());
                    c.setItemLabelGenerator(Person::name);
                    return c;
                });
                Div row = new Div(new H3(n + ". " + s.title()), room, ex);
                row.addClassName("exam-form-station");
                perStation.add(row);
            }
        });
        FormLayout form = new FormLayout(title, track, starts, slot, changeover, method, mustPass);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        candidates.setWidthFull();
        stations.setWidthFull();
        Paragraph note = PageParts.muted("Stations run at the same time, so an examiner works at one station only. Candidates go round the "
                + "circuit in groups as large as the number of stations.");
        Button save = new Button("Create exam", e -> {
            List<PracticalExams.StationSetup> setups = new ArrayList<>();
            for (StationChoice s : o.stations()) {
                if (stations.getValue().contains(s)) {
                    setups.add(new PracticalExams.StationSetup(s.stationId(), rooms.get(s).getValue(),
                            examiners.get(s).getSelectedItems().stream().map(Person::id).toList()));
                }
            }
            try {
                PracticalExamId id = exams.create(new PracticalExams.Setup(o.seminar(), track.getValue() == null ? "" : track.getValue().id(),
                        title.getValue(), starts.getValue() == null ? LocalDateTime.now() : starts.getValue(), nz(slot.getValue()),
                        nz(changeover.getValue()), method.getValue(), nz(mustPass.getValue()), setups,
                        o.candidates().stream().filter(candidates.getSelectedItems()::contains).map(Person::id).toList()));
                dialog.close();
                ExamNavigation.exam(id).navigate();
            } catch (ExamService.ExamException ex) {
                org.sotcourseware.base.ui.Toasts.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("create-exam");
        dialog.getFooter().removeAll();
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        out.add(form, candidates, stations, perStation, note);
        return out;
    }

    private static int nz(Integer i) {
        return i == null ? -1 : i;
    }

    private static TextField roomField() {
        TextField room = new TextField("Room");
        room.setMaxLength(100); // practical_exam_station.room
        return room;
    }
}

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
import com.vaadin.flow.router.HasDynamicTitle;
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
@RolesAllowed({Roles.ORGANISER, Roles.ADMIN})
class ExamsView extends Main implements HasDynamicTitle {

    private final ExamService exams;
    private final SeminarService seminars;

    public ExamsView(ExamService exams, SeminarService seminars) {
        this.exams = exams;
        this.seminars = seminars;
        addClassNames("page", "exams-page");
        Div header = new Div();
        header.addClassName("page-header");
        header.add(new Div(new H1(getTranslation("exam.exams.title")), PageParts.lead(getTranslation("exam.exams.lead"))));
        Button create = new Button(getTranslation("exam.exams.new"), e -> openForm());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("new-exam");
        header.add(create);
        add(header);
        List<Summary> all = exams.list();
        if (all.isEmpty()) {
            add(PageParts.empty(getTranslation("exam.exams.empty")));
            return;
        }
        Div list = new Div();
        list.addClassName("seminar-grid");
        for (Summary s : all) {
            Span phase = new Span(s.phase().message().in(getLocale()));
            phase.addClassNames("badge", s.phase() == PracticalExams.Phase.RELEASED ? "badge-success"
                    : s.phase() == PracticalExams.Phase.SCORING ? "badge-warning" : "badge-plain");
            Span title = new Span(s.title());
            title.addClassName("module-card-title");
            Span when = new Span(getTranslation("exam.exams.when", ExaminerView.when(s.startsAt(), getLocale()), ExaminerView.TIME.format(s.endsAt())));
            when.addClassName("muted");
            Span seminar = new Span(getTranslation("exam.exams.seminar-and-track", s.seminarTitle(), s.trackTitle()));
            seminar.addClassName("seminar-modules");
            Span size = new Span(getTranslation("exam.exams.size", s.stations(), s.candidates()));
            size.addClassName("seminar-places");
            var card = Links.to(ExamNavigation.exam(s.id()), new Div(phase, title, when, seminar, size));
            card.addClassName("seminar-card");
            list.add(new Div(card));
        }
        add(list);
    }

    private void openForm() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("exam.exams.new"));
        d.addClassName("exam-form");
        d.setWidth("min(900px, 96vw)");
        Select<SeminarReadModel.Summary> seminar = new Select<>();
        seminar.setLabel(getTranslation("exam.form.seminar"));
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
        d.getFooter().add(new Button(getTranslation("exam.cancel"), e -> d.close()));
        d.open();
    }

    private Div setup(Options o, Dialog dialog) {
        Div out = new Div();
        if (o.stations().isEmpty()) {
            out.add(PageParts.empty(getTranslation("exam.form.no-stations")));
            return out;
        }
        TextField title = new TextField(getTranslation("exam.form.title"));
        title.setMaxLength(TextLimits.NAME);
        title.setValue(getTranslation("exam.form.default-title", o.seminarTitle()));
        Select<PracticalExams.TrackChoice> track = new Select<>();
        track.setLabel(getTranslation("exam.form.counts-for"));
        track.setItems(o.tracks());
        track.setItemLabelGenerator(PracticalExams.TrackChoice::title);
        if (!o.tracks().isEmpty()) {
            track.setValue(o.tracks().getFirst());
        }
        DateTimePicker starts = new DateTimePicker(getTranslation("exam.form.starts"));
        starts.setValue(LocalDateTime.now().withSecond(0).withNano(0).plusHours(1).withMinute(0));
        IntegerField slot = new IntegerField(getTranslation("exam.form.slot"));
        slot.setValue(o.stations().stream().mapToInt(StationChoice::minutes).max().orElse(10));
        slot.setStepButtonsVisible(true);
        IntegerField changeover = new IntegerField(getTranslation("exam.form.changeover"));
        changeover.setValue(2);
        changeover.setStepButtonsVisible(true);
        Select<Method> method = new Select<>();
        method.setLabel(getTranslation("exam.form.method"));
        method.setItems(Method.values());
        method.setItemLabelGenerator(m -> m.message().in(getLocale()));
        method.setValue(Method.BORDERLINE_REGRESSION);
        IntegerField mustPass = new IntegerField(getTranslation("exam.form.must-pass"));
        mustPass.setValue(0);
        mustPass.setHelperText(getTranslation("exam.form.must-pass-helper"));
        MultiSelectComboBox<Person> candidates = new MultiSelectComboBox<>(getTranslation("exam.form.candidates"));
        candidates.setItems(o.candidates());
        candidates.setItemLabelGenerator(Person::name);
        candidates.select(o.candidates());
        CheckboxGroup<StationChoice> stations = new CheckboxGroup<>(getTranslation("exam.form.stations"));
        stations.setItems(o.stations());
        stations.setItemLabelGenerator(s -> getTranslation("exam.form.station-choice", s.moduleTitle(), s.title(), s.minutes(), s.marks()));
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
                    room.setValue(getTranslation("exam.form.default-room", n));
                }
                MultiSelectComboBox<Person> ex = examiners.computeIfAbsent(s, k -> {
                    MultiSelectComboBox<Person> c = new MultiSelectComboBox<>(getTranslation("exam.form.examiners"));
                    c.setItems(o.staff());
                    c.setItemLabelGenerator(Person::name);
                    return c;
                });
                Div row = new Div(new H3(getTranslation("exam.numbered", n, s.title())), room, ex);
                row.addClassName("exam-form-station");
                perStation.add(row);
            }
        });
        FormLayout form = new FormLayout(title, track, starts, slot, changeover, method, mustPass);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        candidates.setWidthFull();
        stations.setWidthFull();
        Paragraph note = PageParts.muted(getTranslation("exam.form.note"));
        Button save = new Button(getTranslation("exam.form.create"), e -> {
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
                org.sotcourseware.base.ui.Toasts.error(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("create-exam");
        dialog.getFooter().removeAll();
        dialog.getFooter().add(new Button(getTranslation("exam.cancel"), e -> dialog.close()), save);
        out.add(form, candidates, stations, perStation, note);
        return out;
    }

    private static int nz(Integer i) {
        return i == null ? -1 : i;
    }

    private TextField roomField() {
        TextField room = new TextField(getTranslation("exam.running-order.room"));
        room.setMaxLength(100); // practical_exam_station.room
        return room;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exam.page-title", getTranslation("exam.exams.title"), getTranslation("shell.product"));
    }
}

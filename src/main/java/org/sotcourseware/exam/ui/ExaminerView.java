package org.sotcourseware.exam.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.exam.ExamService;
import org.sotcourseware.exam.PracticalExams.MyStation;
import org.sotcourseware.security.Roles;

/** The examiner's stations, in every exam they examine at; a station opens its candidates while scoring is open. */
@Route("examiner")
@PageTitle("Examining · SOT Courseware")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ORGANISER, Roles.ADMIN})
class ExaminerView extends Main {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    public ExaminerView(ExamService exams) {
        addClassNames("page", "examiner-page");
        add(new Div(new H1("Examining"), PageParts.lead("Your stations in practical exams. Scoring opens " + ExamService.OPENS_MINUTES_BEFORE
                + " minutes before an exam and closes " + ExamService.CLOSES_MINUTES_AFTER / 60 + " hours after its last round.")));
        List<MyStation> mine = exams.myStations();
        if (mine.isEmpty()) {
            add(PageParts.empty("You are not an examiner in any practical exam."));
            return;
        }
        Div list = new Div();
        list.addClassName("station-cards");
        for (MyStation s : mine) {
            Span phase = new Span(s.phase().label());
            phase.addClassNames("badge", s.open() ? "badge-warning" : "badge-plain");
            Span title = new Span(s.station());
            title.addClassName("module-card-title");
            Span exam = new Span(s.examTitle());
            exam.addClassName("muted");
            Span when = new Span(WHEN.format(s.from()) + "\u2013" + TIME.format(s.to()) + " · " + s.room());
            when.addClassName("muted");
            Span done = new Span(s.submitted() + " of " + s.candidates() + " sheets submitted");
            Div body = new Div(phase, title, exam, when, done);
            if (s.open()) {
                var card = Links.to(ExamNavigation.queue(s.exam(), s.stationNo()), body);
                card.addClassName("station-card");
                card.getElement().setAttribute("data-station", s.exam().value() + "-" + s.stationNo());
                list.add(card);
            } else {
                body.addClassNames("station-card", "station-card-closed");
                list.add(body);
            }
        }
        add(list);
    }
}

package org.sotcourseware.exam.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.exam.ExamService;
import org.sotcourseware.exam.PracticalExams.MyStation;
import org.sotcourseware.security.Roles;

/** The examiner's stations, in every exam they examine at; a station opens its candidates while scoring is open. */
@Route("examiner")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ORGANISER, Roles.ADMIN})
class ExaminerView extends Main implements HasDynamicTitle {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK); // not UI text: a 24-hour clock in both languages

    public ExaminerView(ExamService exams) {
        addClassNames("page", "examiner-page");
        add(new Div(new H1(getTranslation("exam.examining.title")), PageParts.lead(getTranslation("exam.examining.lead",
                ExamService.OPENS_MINUTES_BEFORE, ExamService.CLOSES_MINUTES_AFTER / 60))));
        List<MyStation> mine = exams.myStations();
        if (mine.isEmpty()) {
            add(PageParts.empty(getTranslation("exam.examining.empty")));
            return;
        }
        Div list = new Div();
        list.addClassName("station-cards");
        for (MyStation s : mine) {
            Span phase = new Span(s.phase().message().in(getLocale()));
            phase.addClassNames("badge", s.open() ? "badge-warning" : "badge-plain");
            Span title = new Span(s.station());
            title.addClassName("module-card-title");
            Span exam = new Span(s.examTitle());
            exam.addClassName("muted");
            Span when = new Span(getTranslation("exam.examining.when", when(s.from(), getLocale()), TIME.format(s.to()), s.room()));
            when.addClassName("muted");
            Span done = new Span(getTranslation("exam.examining.submitted", s.submitted(), s.candidates()));
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

    /** "Sat 14 Mar 2026, 09:00" or "Sa., 14. März 2026, 09:00". */
    static String when(java.time.LocalDateTime at, Locale locale) {
        return org.sotcourseware.exam.internal.ExamPdf.when(at, locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exam.page-title", getTranslation("exam.examining.title"), getTranslation("shell.product"));
    }
}

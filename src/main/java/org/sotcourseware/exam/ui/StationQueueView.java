package org.sotcourseware.exam.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Breadcrumbs;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.exam.ExamService;
import org.sotcourseware.exam.PracticalExamId;
import org.sotcourseware.exam.PracticalExams.Queue;
import org.sotcourseware.exam.PracticalExams.QueueEntry;
import org.sotcourseware.exam.PracticalExams.SheetState;
import org.sotcourseware.security.Roles;
import org.springframework.security.access.AccessDeniedException;

/** The candidates at one of the examiner's stations, in running order: tap one to score. */
@Route("examiner/:examId/:station")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ORGANISER, Roles.ADMIN})
class StationQueueView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ExamService exams;
    private String title = "";

    public StationQueueView(ExamService exams) {
        this.exams = exams;
        addClassNames("page", "examiner-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Queue q;
        try {
            PracticalExamId exam = new PracticalExamId(Long.parseLong(event.getRouteParameters().get(ExamNavigation.EXAM).orElse("")));
            int station = Integer.parseInt(event.getRouteParameters().get(ExamNavigation.STATION).orElse(""));
            q = exams.queue(exam, station);
        } catch (NumberFormatException | AccessDeniedException | ExamService.ExamException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("exam.queue.not-examiner"));
            return;
        }
        title = q.station().station();
        removeAll();
        add(new Breadcrumbs().link(getTranslation("exam.examining.title"), ExamNavigation.examining())
                .current(getTranslation("exam.queue.station-no", q.station().stationNo())));
        add(new Div(new H1(q.station().station()), PageParts.muted(q.station().examTitle() + " · " + q.station().room())));
        if (!q.station().open()) {
            add(PageParts.empty(getTranslation("exam.queue.not-open", q.station().phase().message())));
            return;
        }
        Div list = new Div();
        list.addClassName("queue");
        for (QueueEntry c : q.candidates()) {
            Span time = new Span(ExaminerView.TIME.format(c.from()));
            time.addClassName("queue-time");
            Span name = new Span(c.candidate().name());
            name.addClassName("queue-name");
            Span state = new Span(c.state().message().in(getLocale()));
            state.addClassNames("badge", c.state() == SheetState.SUBMITTED ? "badge-success" : c.state() == SheetState.IN_PROGRESS
                    ? "badge-warning" : "badge-plain");
            var row = Links.to(ExamNavigation.sheet(q.station().exam(), q.station().stationNo(), c.candidate().id()), time, name, state);
            row.addClassName("queue-row");
            row.getElement().setAttribute("data-candidate", c.candidate().name());
            list.add(row);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exam.page-title", title.isEmpty() ? getTranslation("exam.running-order.station") : title, getTranslation("shell.product"));
    }
}

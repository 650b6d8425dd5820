package org.sotcourseware.exam.ui;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import org.sotcourseware.base.Numbers;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.exam.ExamService;
import org.sotcourseware.exam.OsceScoring;
import org.sotcourseware.exam.PracticalExams.Feedback;
import org.sotcourseware.exam.PracticalExams.Missed;
import org.sotcourseware.exam.PracticalExams.StationFeedback;

/** The candidate's released practical exams: the result, and per station the items missed and the examiners' comments. */
@Route("my-exams")
@PermitAll
class FeedbackView extends Main implements HasDynamicTitle {

    public FeedbackView(ExamService exams) {
        addClassNames("page", "feedback-page");
        add(new Div(new H1(getTranslation("exam.feedback.title")), PageParts.lead(getTranslation("exam.feedback.lead"))));
        List<Feedback> all = exams.myFeedback();
        if (all.isEmpty()) {
            add(PageParts.empty(getTranslation("exam.feedback.empty")));
            return;
        }
        for (Feedback f : all) {
            OsceScoring.CandidateResult r = f.result();
            Div exam = new Div();
            exam.addClassName("feedback-exam");
            Span badge = new Span(getTranslation(r.passed() ? "exam.feedback.passed" : r.complete() ? "exam.feedback.not-passed" : "exam.feedback.incomplete"));
            badge.addClassNames("badge", r.passed() ? "badge-success" : r.complete() ? "badge-error" : "badge-plain");
            H2 title = new H2(f.title());
            Anchor pdf = new Anchor(DownloadHandler.fromInputStream(ev -> {
                byte[] bytes = exams.myFeedbackPdf(f.exam(), getLocale());
                return new DownloadResponse(new ByteArrayInputStream(bytes), "practical-exam-feedback-" + f.exam() + ".pdf", "application/pdf",
                        bytes.length);
            }), getTranslation("exam.feedback.download-pdf"));
            pdf.getElement().setAttribute("download", true);
            pdf.addClassName("feedback-pdf");
            exam.add(badge, title, PageParts.muted(getTranslation("exam.feedback.when", ExaminerView.when(f.date(), getLocale()), f.trackTitle())), pdf);
            if (r.complete()) {
                String total = getTranslation("exam.feedback.total", Numbers.upTo(r.total(), 1, getLocale()), r.max(),
                        Numbers.upTo(r.cutScore(), 1, getLocale()), r.stationsPassed(), r.stations(), Numbers.percent(r.figure(), 1, getLocale()));
                exam.add(new Paragraph(r.reason() == null ? total : getTranslation("exam.feedback.total-and-reason", total, r.reason())));
            }
            for (StationFeedback s : f.stations()) {
                Div card = new Div();
                card.addClassName("feedback-station");
                Span sb = new Span(getTranslation(s.result().passed() ? "exam.result.pass" : "exam.result.fail"));
                sb.addClassNames("badge", s.result().passed() ? "badge-success" : "badge-error");
                card.add(new H3(s.title()), sb, new Span(" " + getTranslation("exam.feedback.station-score", Numbers.upTo(s.result().score(), 1, getLocale()),
                        s.result().max(), Numbers.upTo(s.result().cutScore(), 1, getLocale()), ExamService.rating(s.rating()))));
                if (!s.result().criticalMissed().isEmpty()) {
                    Paragraph p = new Paragraph(getTranslation("exam.feedback.critical-missed"));
                    p.addClassName("notice");
                    card.add(p);
                }
                if (s.missed().isEmpty()) {
                    card.add(PageParts.muted(getTranslation("exam.feedback.full-marks")));
                } else {
                    UnorderedList list = new UnorderedList();
                    list.addClassName("feedback-missed");
                    for (Missed m : s.missed()) {
                        ListItem li = new ListItem();
                        if (m.critical()) {
                            Span c = new Span(getTranslation("exam.critical"));
                            c.addClassNames("badge", "badge-error");
                            li.add(c, new Span(" "));
                        }
                        li.add(new Span(getTranslation("exam.pdf.feedback.missed", m.text(), Numbers.upTo(m.marks(), 1, getLocale()), m.max())));
                        for (String c : m.comments()) {
                            Paragraph q = new Paragraph(getTranslation("exam.feedback.quote", c));
                            q.addClassName("feedback-comment");
                            li.add(q);
                        }
                        list.add(li);
                    }
                    card.add(list);
                }
                for (String c : s.comments()) {
                    Paragraph q = new Paragraph(getTranslation("exam.feedback.examiner-comment", c));
                    q.addClassName("feedback-comment");
                    card.add(q);
                }
                exam.add(card);
            }
            add(exam);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exam.page-title", getTranslation("exam.feedback.title"), getTranslation("shell.product"));
    }
}

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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("My practical exams · SOT Courseware")
@PermitAll
class FeedbackView extends Main {

    public FeedbackView(ExamService exams) {
        addClassNames("page", "feedback-page");
        add(new Div(new H1("My practical exams"), PageParts.lead("Your results once the organisers release them: each station's score against "
                + "its pass mark, the checklist items you did not get full marks for and what the examiners wrote.")));
        List<Feedback> all = exams.myFeedback();
        if (all.isEmpty()) {
            add(PageParts.empty("No released practical exam results yet."));
            return;
        }
        for (Feedback f : all) {
            OsceScoring.CandidateResult r = f.result();
            Div exam = new Div();
            exam.addClassName("feedback-exam");
            Span badge = new Span(r.passed() ? "Passed" : r.complete() ? "Not passed" : "Incomplete");
            badge.addClassNames("badge", r.passed() ? "badge-success" : r.complete() ? "badge-error" : "badge-plain");
            H2 title = new H2(f.title());
            Anchor pdf = new Anchor(DownloadHandler.fromInputStream(ev -> {
                byte[] bytes = exams.myFeedbackPdf(f.exam());
                return new DownloadResponse(new ByteArrayInputStream(bytes), "practical-exam-feedback-" + f.exam() + ".pdf", "application/pdf",
                        bytes.length);
            }), "Download as PDF");
            pdf.getElement().setAttribute("download", true);
            pdf.addClassName("feedback-pdf");
            exam.add(badge, title, PageParts.muted(ExaminerView.WHEN.format(f.date()) + " · counts for " + f.trackTitle()), pdf);
            if (r.complete()) {
                exam.add(new Paragraph("Total " + Numbers.upTo(r.total(), 1) + " of " + r.max() + " (pass mark " + Numbers.upTo(r.cutScore(), 1)
                        + ") · stations passed " + r.stationsPassed() + " of " + r.stations() + " · practical result recorded: "
                        + Numbers.upTo(r.figure(), 1) + "%" + (r.reason() == null ? "" : " · " + r.reason())));
            }
            for (StationFeedback s : f.stations()) {
                Div card = new Div();
                card.addClassName("feedback-station");
                Span sb = new Span(s.result().passed() ? "Pass" : "Fail");
                sb.addClassNames("badge", s.result().passed() ? "badge-success" : "badge-error");
                card.add(new H3(s.title()), sb, new Span(" " + Numbers.upTo(s.result().score(), 1) + " of " + s.result().max() + " (pass mark "
                        + Numbers.upTo(s.result().cutScore(), 1) + ") · global rating " + s.rating()));
                if (!s.result().criticalMissed().isEmpty()) {
                    Paragraph p = new Paragraph("A critical item was missed, which fails the station whatever the score.");
                    p.addClassName("notice");
                    card.add(p);
                }
                if (s.missed().isEmpty()) {
                    card.add(PageParts.muted("Full marks on every item."));
                } else {
                    UnorderedList list = new UnorderedList();
                    list.addClassName("feedback-missed");
                    for (Missed m : s.missed()) {
                        ListItem li = new ListItem();
                        if (m.critical()) {
                            Span c = new Span("Critical");
                            c.addClassNames("badge", "badge-error");
                            li.add(c, new Span(" "));
                        }
                        li.add(new Span(m.text() + " \u2014 " + Numbers.upTo(m.marks(), 1) + " of " + m.max()));
                        for (String c : m.comments()) {
                            Paragraph q = new Paragraph("\u201c" + c + "\u201d");
                            q.addClassName("feedback-comment");
                            li.add(q);
                        }
                        list.add(li);
                    }
                    card.add(list);
                }
                for (String c : s.comments()) {
                    Paragraph q = new Paragraph("Examiner: \u201c" + c + "\u201d");
                    q.addClassName("feedback-comment");
                    card.add(q);
                }
                exam.add(card);
            }
            add(exam);
        }
    }
}

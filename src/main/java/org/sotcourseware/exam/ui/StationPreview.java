package org.sotcourseware.exam.ui;

import java.util.function.UnaryOperator;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.sotcourseware.base.Numbers;
import org.sotcourseware.content.Station;
import org.sotcourseware.exam.ExamService;
import org.springframework.modulith.NamedInterface;

/**
 * A practical station as its examiner gets it, for authors: title, time, the candidate's task, the
 * examiner's notes, the checklist with the same mark buttons as the score sheet ({@link ScoreSheetView}),
 * critical items marked, and the global rating scale with each level's description. Read-only: the
 * buttons are disabled and nothing is stored.
 */
@NamedInterface("preview")
public class StationPreview extends Div {

    /** {@code html} renders the station's Markdown (task, notes) through the students' pipeline. */
    public StationPreview(Station station, UnaryOperator<String> html) {
        addClassName("station-preview");
        Span eyebrow = new Span(getTranslation("exam.preview.eyebrow"));
        eyebrow.addClassName("eyebrow");
        long critical = station.checklist().stream().filter(Station.ChecklistItem::critical).count();
        Paragraph facts = new Paragraph(getTranslation(station.passMark() == null ? "exam.preview.facts-default" : "exam.preview.facts",
                station.minutes(), station.checklist().size(), station.totalMarks(), Numbers.upTo(station.passMarks(), 2, getLocale()), critical,
                Numbers.percent(75, 0, getLocale())));
        facts.addClassName("station-facts");
        add(eyebrow, new H2(station.title()), facts);
        if (station.broken()) {
            Paragraph warn = new Paragraph(getTranslation("exam.preview.broken", station.problems().size()));
            warn.addClassName("notice");
            add(warn);
        }
        add(section(getTranslation("exam.preview.task"), station.candidateInstructions(), html, "station-task"));
        add(section(getTranslation("exam.preview.notes"), station.examinerNotes(), html, "station-notes"));
        H3 checklist = new H3(getTranslation("exam.preview.checklist"));
        add(checklist);
        if (station.checklist().isEmpty()) {
            add(new Paragraph(getTranslation("exam.preview.no-items")));
        }
        for (Station.ChecklistItem item : station.checklist()) {
            add(item(item));
        }
        add(rating(station));
    }

    private Div section(String title, String markdown, UnaryOperator<String> html, String className) {
        Div d = new Div();
        d.addClassNames("station-section", className);
        d.add(new H3(title));
        if (markdown.isBlank()) {
            d.add(new Paragraph(getTranslation("exam.preview.empty")));
        } else {
            String rendered = html.apply(markdown);
            d.add(new Html(rendered.startsWith("<div") ? rendered : "<div>" + rendered + "</div>"));
        }
        return d;
    }

    private Div item(Station.ChecklistItem item) {
        Div card = new Div();
        card.addClassName("sheet-item");
        card.getElement().setAttribute("data-row", item.id());
        Paragraph text = new Paragraph(item.text());
        text.addClassName("sheet-item-text");
        if (item.critical()) {
            text.addComponentAsFirst(ScoreSheetView.criticalBadge(getLocale()));
        }
        Span marks = new Span(item.partial().isEmpty() ? getTranslation("exam.preview.marks", item.marks())
                : getTranslation("exam.preview.marks-partial", item.marks(), String.join(", ", item.partial().stream().map(String::valueOf).toList())));
        marks.addClassNames("muted", "station-item-marks");
        Div buttons = new Div();
        buttons.addClassName("sheet-marks");
        for (int v : ScoreSheetView.markValues(item)) {
            NativeButton b = ScoreSheetView.markButton(item, v, getLocale());
            b.setEnabled(false);
            buttons.add(b);
        }
        card.add(text, buttons, marks);
        return card;
    }

    private Div rating(Station station) {
        Div card = new Div();
        card.addClassNames("sheet-item", "sheet-rating");
        card.getElement().setAttribute("data-row", "rating");
        card.add(new H3(getTranslation("exam.sheet.global-rating")));
        Div row = new Div();
        row.addClassName("sheet-marks");
        for (String level : Station.RATING_LEVELS) {
            NativeButton b = ScoreSheetView.ratingButton(station, level, getLocale());
            b.setEnabled(false);
            row.add(b);
        }
        card.add(row);
        Div scale = new Div();
        scale.addClassName("station-scale");
        for (Station.RatingLevel l : station.globalRating()) {
            Paragraph p = new Paragraph();
            // the scale names its levels in running text: "borderline: ..." / "grenzwertig: ..."
            Span name = new Span(ExamService.rating(l.level()) instanceof org.sotcourseware.base.Message m ? m.in(getLocale()).toLowerCase(getLocale())
                    : l.level());
            name.addClassName("station-level");
            p.add(name, new Span(": " + l.description()));
            scale.add(p);
        }
        card.add(scale);
        return card;
    }
}

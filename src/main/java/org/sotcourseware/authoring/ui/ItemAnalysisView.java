package org.sotcourseware.authoring.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.authoring.ItemAnalysisService;
import org.sotcourseware.authoring.internal.ItemStatistics;
import org.sotcourseware.base.Numbers;
import org.sotcourseware.content.RenderedDocument;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Breadcrumbs;
import org.sotcourseware.base.ui.Chart;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.security.Roles;

/**
 * How students answer a quiz: attempts, mean, median, spread and pass rate, the score distribution as a
 * chart, and per question the facility and discrimination indices, the count per option and flags for
 * questions to look at. First attempts by default, all attempts on request. Names no student.
 */
@Route("authoring/analysis/:moduleId?")
@PageTitle("Item analysis · SOT Courseware")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
class ItemAnalysisView extends Main implements BeforeEnterObserver {


    private final ItemAnalysisService analysis;
    private final CatalogueService catalogue;
    private final Select<CourseModule> module = new Select<>();
    private final RadioButtonGroup<String> basis = new RadioButtonGroup<>();
    private final Div body = new Div();

    public ItemAnalysisView(ItemAnalysisService analysis, CatalogueService catalogue) {
        this.analysis = analysis;
        this.catalogue = catalogue;
        addClassNames("page", "analysis-page");
        add(new Breadcrumbs().link("Authoring", AuthoringNavigation.authoring()).current("Item analysis"));
        add(new Div(new H1("Item analysis"), PageParts.lead("Which questions work: how hard each is (facility), whether stronger students get it "
                + "right more often than weaker ones (discrimination), and which options students pick.")));
        module.setLabel("Quiz");
        module.setItems(catalogue.curriculum().modules().stream().filter(m -> m.quiz() != null).toList());
        module.setItemLabelGenerator(m -> m.title() + " quiz");
        basis.setLabel("Attempts counted");
        basis.setItems("First attempts", "All attempts");
        basis.setValue("First attempts");
        Div controls = new Div(module, basis);
        controls.addClassName("analysis-controls");
        add(controls, body);
        module.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                AuthoringNavigation.analysis(e.getValue().id()).navigate();
            }
            refresh();
        });
        basis.addValueChangeListener(e -> refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(AuthoringNavigation.MODULE_ID).orElse("foundations");
        CourseModule m = catalogue.module(id).filter(x -> x.quiz() != null)
                .orElseGet(() -> catalogue.curriculum().modules().stream().filter(x -> x.quiz() != null).findFirst().orElse(null));
        if (m != null && !m.equals(module.getValue())) {
            module.setValue(m);
        }
    }

    private void refresh() {
        body.removeAll();
        if (module.getValue() == null) {
            body.add(PageParts.empty("No module has a quiz yet."));
            return;
        }
        ItemAnalysisService.Analysis a = analysis.analyse(module.getValue().id(), "All attempts".equals(basis.getValue()));
        ItemStatistics.QuizStats s = a.stats();
        if (s.attempts() == 0) {
            body.add(PageParts.empty("Nobody has submitted an attempt at the " + a.quizTitle() + " quiz yet. Figures appear after the first submission."));
            return;
        }
        Div tiles = new Div();
        tiles.addClassName("analysis-tiles");
        tiles.add(PageParts.stat(String.valueOf(s.attempts()), s.attempts() == 1 ? "attempt" : "attempts"),
                PageParts.stat(String.valueOf(s.students()), s.students() == 1 ? "student" : "students"),
                PageParts.stat(Numbers.fixed(s.meanPercent(), 1) + "%", "mean score"),
                PageParts.stat(Numbers.fixed(s.medianPercent(), 1) + "%", "median score"),
                PageParts.stat(Numbers.fixed(s.standardDeviation(), 1), "standard deviation"),
                PageParts.stat(Numbers.fixed(s.passRate() * 100, 1) + "%", "passed (mark " + a.passMark() + "%)"));
        body.add(tiles);

        List<String> labels = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        int[] h = s.histogram();
        for (int i = 0; i < h.length; i++) {
            labels.add(i * 10 + (i == h.length - 1 ? "–100%" : "–" + (i * 10 + 9) + "%"));
            counts.add(h[i]);
        }
        Chart chart = Chart.bar("Score distribution of " + s.attempts() + " attempts", labels, List.of(new Chart.Series("Attempts", counts)));
        chart.setAxisTitles("Score", "Attempts");
        chart.addClassName("analysis-chart");
        Div chartBox = new Div(new H2("Score distribution"), chart);
        chartBox.addClassName("analysis-card");
        body.add(chartBox);

        Div questions = new Div();
        questions.addClassName("analysis-questions");
        questions.add(new H2("Questions"), legend());
        int n = 1;
        for (ItemStatistics.QuestionStats q : s.questions()) {
            questions.add(question(n++, q, a.promptHtml().getOrDefault(q.questionId(), "")));
        }
        body.add(questions);
    }

    /** What the figures mean, in plain words, including what a "–" stands for. */
    static Component legend() {
        Paragraph p = new Paragraph("Facility: the average share of the points students earned, from 0 (nobody scored) to 1 (everyone "
                + "scored full marks). Discrimination: how well the question separates students who do well on the rest of the quiz from "
                + "those who do not, from -1 to 1 (0.3 and above is good, below 0.2 is weak, negative means stronger students got it wrong "
                + "more often). A \u201c\u2013\u201d means the figure cannot be worked out yet: fewer than two attempts drew the question, or "
                + "everyone scored the same on it or on the rest of the quiz. Flags need at least " + ItemStatistics.MIN_ATTEMPTS_TO_FLAG
                + " attempts.");
        p.addClassNames("muted", "analysis-legend");
        return p;
    }

    /** One question: its prompt rendered from Markdown (sanitised, as students see it), the figures, flags and options. */
    static Component question(int number, ItemStatistics.QuestionStats q, String promptHtml) {
        Div head = new Div();
        head.addClassName("analysis-question-head");
        Div title = new Div(new Span(number + ". "), new Html("<span class=\"analysis-prompt\">" + RenderedDocument.inline(promptHtml) + "</span>"));
        title.addClassName("analysis-question-title");
        Span figures = new Span((q.type() == null ? "" : q.type().label() + " · ") + "n " + q.n() + " · facility "
                + (q.n() == 0 ? "–" : Numbers.fixed(q.facility(), 2)) + " · discrimination " + (q.discrimination() == null ? "–" : Numbers.fixed(q.discrimination(), 2)));
        if (q.discrimination() == null) {
            figures.getElement().setAttribute("title", "Discrimination \u2013: not enough varied answers yet to work it out");
        }
        figures.addClassName("analysis-figures");
        Div flags = new Div();
        flags.addClassName("badges");
        for (ItemStatistics.Flag f : q.flags()) {
            Span b = new Span(switch (f) {
                case MOSTLY_MISSED -> "Most students miss it";
                case NEGATIVE_DISCRIMINATION -> "Discriminates negatively";
                case LOW_DISCRIMINATION -> "Weak discrimination";
                case UNUSED_DISTRACTOR -> "A wrong option nobody picks";
            });
            b.addClassNames("badge", f == ItemStatistics.Flag.LOW_DISCRIMINATION || f == ItemStatistics.Flag.UNUSED_DISTRACTOR ? "badge-warning"
                    : "badge-error");
            flags.add(b);
        }
        head.add(title, figures, flags);
        Div bar = new Div();
        bar.addClassName("facility-bar");
        Div fill = new Div();
        fill.addClassName("facility-fill");
        fill.getStyle().set("width", Math.round(q.facility() * 100) + "%");
        bar.add(fill);
        bar.getElement().setAttribute("aria-hidden", "true");
        Div box = new Div(head, bar);
        box.addClassName("analysis-question");
        box.getElement().setAttribute("data-question", q.questionId());
        if (!q.options().isEmpty()) {
            Div opts = new Div();
            opts.addClassName("option-counts");
            int total = Math.max(1, q.n());
            for (ItemStatistics.OptionCount o : q.options()) {
                Div row = new Div();
                row.addClassName("option-count");
                if (o.correct()) {
                    row.addClassName("option-correct");
                }
                Span text = new Span((o.correct() ? "\u2713 " : "") + o.text());
                Span count = new Span(o.count() + " (" + Math.round(100.0 * o.count() / total) + "%)");
                count.addClassName("option-count-value");
                row.add(text, count);
                opts.add(row);
            }
            Details d = new Details("Answers per option", opts);
            box.add(d);
        }
        return box;
    }

}

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sotcourseware.authoring.ItemAnalysisService;
import org.sotcourseware.authoring.internal.ItemStatistics;
import org.sotcourseware.base.Locales;
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
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
class ItemAnalysisView extends Main implements BeforeEnterObserver, HasDynamicTitle {


    private final ItemAnalysisService analysis;
    private final CatalogueService catalogue;
    private final Select<CourseModule> module = new Select<>();
    /** true: all attempts; false: first attempts only. */
    private final RadioButtonGroup<Boolean> basis = new RadioButtonGroup<>();
    private final Div body = new Div();

    public ItemAnalysisView(ItemAnalysisService analysis, CatalogueService catalogue) {
        this.analysis = analysis;
        this.catalogue = catalogue;
        addClassNames("page", "analysis-page");
        add(new Breadcrumbs().link(getTranslation("authoring.home.heading"), AuthoringNavigation.authoring())
                .current(getTranslation("authoring.nav.item-analysis")));
        add(new Div(new H1(getTranslation("authoring.nav.item-analysis")), PageParts.lead(getTranslation("authoring.analysis.lead"))));
        module.setLabel(getTranslation("authoring.analysis.quiz"));
        module.setItems(catalogue.curriculum().modules().stream().filter(m -> m.quiz() != null).toList());
        module.setItemLabelGenerator(m -> getTranslation("authoring.preview.quiz-title", m.title()));
        basis.setLabel(getTranslation("authoring.analysis.basis"));
        basis.setItems(false, true);
        basis.setItemLabelGenerator(all -> getTranslation(all ? "authoring.analysis.all-attempts" : "authoring.analysis.first-attempts"));
        basis.setValue(false);
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
            body.add(PageParts.empty(getTranslation("authoring.analysis.no-quiz")));
            return;
        }
        ItemAnalysisService.Analysis a = analysis.analyse(module.getValue().id(), Boolean.TRUE.equals(basis.getValue()));
        ItemStatistics.QuizStats s = a.stats();
        if (s.attempts() == 0) {
            body.add(PageParts.empty(getTranslation("authoring.analysis.no-attempts", a.quizTitle())));
            return;
        }
        Div tiles = new Div();
        tiles.addClassName("analysis-tiles");
        var locale = getLocale();
        tiles.add(PageParts.stat(getTranslation("authoring.number", s.attempts()), getTranslation("authoring.analysis.stat-attempts", s.attempts())),
                PageParts.stat(getTranslation("authoring.number", s.students()), getTranslation("authoring.analysis.stat-students", s.students())),
                PageParts.stat(Numbers.percent(s.meanPercent(), 1, locale), getTranslation("authoring.analysis.stat-mean")),
                PageParts.stat(Numbers.percent(s.medianPercent(), 1, locale), getTranslation("authoring.analysis.stat-median")),
                PageParts.stat(Numbers.fixed(s.standardDeviation(), 1, locale), getTranslation("authoring.analysis.stat-deviation")),
                PageParts.stat(Numbers.percent(s.passRate() * 100, 1, locale),
                        getTranslation("authoring.analysis.stat-passed", Numbers.percent(a.passMark(), 0, locale))));
        body.add(tiles);

        List<String> labels = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        int[] h = s.histogram();
        for (int i = 0; i < h.length; i++) {
            labels.add(getTranslation("authoring.analysis.band", i * 10, i == h.length - 1 ? 100 : i * 10 + 9));
            counts.add(h[i]);
        }
        Chart chart = Chart.bar(getTranslation("authoring.analysis.chart-label", s.attempts()), labels,
                List.of(new Chart.Series(getTranslation("authoring.analysis.axis-attempts"), counts)));
        chart.setAxisTitles(getTranslation("authoring.analysis.axis-score"), getTranslation("authoring.analysis.axis-attempts"));
        chart.addClassName("analysis-chart");
        Div chartBox = new Div(new H2(getTranslation("authoring.analysis.distribution")), chart);
        chartBox.addClassName("analysis-card");
        body.add(chartBox);

        Div questions = new Div();
        questions.addClassName("analysis-questions");
        questions.add(new H2(getTranslation("authoring.analysis.questions")), legend());
        int n = 1;
        for (ItemStatistics.QuestionStats q : s.questions()) {
            questions.add(question(n++, q, a.promptHtml().getOrDefault(q.questionId(), "")));
        }
        body.add(questions);
    }

    /** What the figures mean, in plain words, including what a "–" stands for. */
    static Component legend() {
        Paragraph p = new Paragraph(Words.t("authoring.analysis.legend", ItemStatistics.MIN_ATTEMPTS_TO_FLAG));
        p.addClassNames("muted", "analysis-legend");
        return p;
    }

    /** One question: its prompt rendered from Markdown (sanitised, as students see it), the figures, flags and options. */
    static Component question(int number, ItemStatistics.QuestionStats q, String promptHtml) {
        Div head = new Div();
        head.addClassName("analysis-question-head");
        Div title = new Div(new Span(number + ". "), new Html("<span class=\"analysis-prompt\">" + RenderedDocument.inline(promptHtml) + "</span>")); // not UI text: markup
        title.addClassName("analysis-question-title");
        var locale = Locales.current();
        String numbers = Words.t("authoring.analysis.figures", q.n(), q.n() == 0 ? "–" : Numbers.fixed(q.facility(), 2, locale),
                q.discrimination() == null ? "–" : Numbers.fixed(q.discrimination(), 2, locale));
        Span figures = new Span(q.type() == null ? numbers : Words.t("authoring.analysis.type-and-figures", Words.questionType(q.type()), numbers));
        if (q.discrimination() == null) {
            figures.getElement().setAttribute("title", Words.t("authoring.analysis.no-discrimination"));
        }
        figures.addClassName("analysis-figures");
        Div flags = new Div();
        flags.addClassName("badges");
        for (ItemStatistics.Flag f : q.flags()) {
            Span b = new Span(switch (f) {
                case MOSTLY_MISSED -> Words.t("authoring.analysis.flag-mostly-missed");
                case NEGATIVE_DISCRIMINATION -> Words.t("authoring.analysis.flag-negative");
                case LOW_DISCRIMINATION -> Words.t("authoring.analysis.flag-weak");
                case UNUSED_DISTRACTOR -> Words.t("authoring.analysis.flag-unused-option");
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
                Span count = new Span(Words.t("authoring.analysis.option-count", o.count(), Numbers.percent(100.0 * o.count() / total, 0, locale)));
                count.addClassName("option-count-value");
                row.add(text, count);
                opts.add(row);
            }
            Details d = new Details(Words.t("authoring.analysis.per-option"), opts);
            box.add(d);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authoring.analysis.page-title");
    }
}

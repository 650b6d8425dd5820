package org.sotcourseware.casestudy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.RenderedDocument;

/**
 * Builds what the case screen shows from a case, the steps taken and where the run stands: one function
 * for stored runs and for the authoring preview, so authors see what students see.
 */
final class CasePresentation {

    private CasePresentation() {
    }

    /** A step taken: the stage left, the options chosen there (empty for a continue), its points. */
    record Taken(String stageId, Set<String> chosen, int points) {
        Taken {
            chosen = Set.copyOf(chosen);
        }
    }

    /**
     * Where a run stands.
     *
     * @param shuffleSeed orders each decision's options for this run (the run id for a stored run): the same run
     *                    always shows the same order, so a reload changes nothing, while the file order gives no hint
     */
    record Standing(CaseRunId runId, String moduleTitle, String currentStage, boolean inProgress, boolean completed, int score, int maxScore,
                    Instant startedAt, @Nullable Instant completedAt, List<CaseReadModel.RunSummary> others, long shuffleSeed) {
    }

    /**
     * A decision's options in the order one run shows them: shuffled by the run's seed and the decision, the
     * same every time for the same run and decision.
     */
    static List<CaseStudy.Option> shuffled(CaseStudy.Decision d, long seed) {
        List<CaseStudy.Option> options = new ArrayList<>(d.options());
        long mixed = seed * 0x9E3779B97F4A7C15L ^ d.id().hashCode();
        Collections.shuffle(options, new Random(mixed));
        return options;
    }

    static CaseReadModel.Run build(CaseStudy cs, List<Taken> steps, Standing s, UnaryOperator<String> html) {
        List<CaseReadModel.VisitedStage> history = new ArrayList<>();
        List<String> pathTitles = new ArrayList<>();
        List<CaseReadModel.DecisionPoints> decisions = new ArrayList<>();
        for (Taken t : steps) {
            CaseStudy.Stage stage = cs.stage(t.stageId()).orElseThrow();
            pathTitles.add(stage.title());
            CaseStudy.Decision d = stage.decision();
            List<String> chosen = new ArrayList<>();
            List<String> feedback = new ArrayList<>();
            Boolean ideal = null;
            if (d != null) {
                for (CaseStudy.Option o : d.options()) {
                    if (t.chosen().contains(o.id())) {
                        chosen.add(html.apply(o.text()));
                        if (o.feedback() != null) {
                            feedback.add(html.apply(o.feedback()));
                        }
                    }
                }
                ideal = CaseEngine.ideal(stage, t.chosen());
                int best = d.options().stream().filter(CaseStudy.Option::ideal).mapToInt(CaseStudy.Option::points).sum();
                decisions.add(new CaseReadModel.DecisionPoints(stage.title(), String.join(" · ", d.options().stream()
                        .filter(o -> t.chosen().contains(o.id())).map(CaseStudy.Option::text).toList()), t.points(), best, ideal,
                        d.commentary() == null ? null : html.apply(d.commentary())));
            }
            history.add(new CaseReadModel.VisitedStage(stage.id(), stage.title(), html.apply(stage.content()),
                    stage.type().offPath(), d == null || d.prompt().isBlank() ? null : html.apply(d.prompt()), chosen,
                    t.points(), feedback, d == null || d.commentary() == null ? null : html.apply(d.commentary()), ideal));
        }
        CaseStudy.Stage here = cs.stage(s.currentStage()).orElseThrow();
        CaseReadModel.Current current = null;
        CaseReadModel.Debrief debrief = null;
        if (s.completed()) {
            pathTitles.add(here.title());
            String band = CaseStudy.band(here.bands(), s.score()).map(CaseStudy.ScoreBand::message).orElse(null);
            debrief = new CaseReadModel.Debrief(html.apply(here.content()), s.score(), s.maxScore(), band == null ? null : html.apply(band),
                    pathTitles, cs.idealPath().stream().map(id -> cs.stage(id).map(CaseStudy.Stage::title).orElse(id)).toList(), decisions);
        } else if (s.inProgress()) {
            CaseStudy.Decision d = here.decision();
            String returnTitle = here.type().offPath() && d == null && here.returnTo() != null
                    ? cs.stage(here.returnTo()).map(CaseStudy.Stage::title).orElse(null) : null;
            current = new CaseReadModel.Current(here.id(), here.title(), html.apply(here.content()), here.type().offPath(),
                    here.type() == CaseStudy.StageType.END, d == null ? null : d.id(),
                    d == null || d.prompt().isBlank() ? null : html.apply(d.prompt()), d != null && d.multiple(),
                    d == null ? List.of() : shuffled(d, s.shuffleSeed()).stream().map(o -> new CaseReadModel.Choice(o.id(), inline(html, o.text()))).toList(),
                    returnTitle);
        }
        return new CaseReadModel.Run(s.runId(), cs.moduleId(), s.moduleTitle(), cs.id(), cs.title(), html.apply(cs.presentation()),
                cs.objectives(), history, current, debrief, steps.size() + 1, cs.idealPath().size(), s.score(), s.completed(), s.startedAt(),
                s.completedAt(), s.others());
    }

    /** Option text rendered without the paragraph wrapper, for labels. */
    static String inline(UnaryOperator<String> html, String markdown) {
        return RenderedDocument.inline(html.apply(markdown));
    }
}

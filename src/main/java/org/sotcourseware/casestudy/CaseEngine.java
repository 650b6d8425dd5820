package org.sotcourseware.casestudy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.content.CaseStudy;

/**
 * The rules of working a case, as pure functions over the case and a choice: where a choice leads, what
 * it scores, what feedback it earns. A single-choice decision scores its option's points; a multiple one
 * the sum of the chosen options' points. The run's score is never below 0.
 */
public final class CaseEngine {

    private CaseEngine() {
    }

    /** The outcome of one step. {@code next} is empty only for an end stage. */
    public record Step(String stageId, @Nullable String decisionId, Set<String> chosen, int points, Optional<String> next,
                       List<String> feedback, @Nullable String commentary) {

        public Step {
            chosen = Set.copyOf(chosen);
            feedback = List.copyOf(feedback);
        }
    }

    /** Choosing {@code chosen} at the stage's decision. A {@link CaseException} for a choice the decision does not allow. */
    public static Step decide(CaseStudy cs, CaseStudy.Stage stage, Set<String> chosen) {
        CaseStudy.Decision d = stage.decision();
        if (d == null) {
            throw new CaseException(Message.of("casestudy.error.no-decision"));
        }
        if (chosen.isEmpty()) {
            throw new CaseException(Message.of("casestudy.error.choose-an-option"));
        }
        if (!d.multiple() && chosen.size() != 1) {
            throw new CaseException(Message.of("casestudy.error.choose-one"));
        }
        int points = 0;
        List<String> feedback = new ArrayList<>();
        int known = 0;
        for (CaseStudy.Option o : d.options()) {
            if (chosen.contains(o.id())) {
                known++;
                points += o.points();
                if (o.feedback() != null) {
                    feedback.add(o.feedback());
                }
            }
        }
        if (known != chosen.size()) {
            throw new CaseException(Message.of("casestudy.error.unknown-option"));
        }
        return new Step(stage.id(), d.id(), chosen, points, cs.next(stage, chosen), feedback, d.commentary());
    }

    /** Moving on from a stage without a decision (a plain stage continues; a dead end returns). */
    public static Step proceed(CaseStudy cs, CaseStudy.Stage stage) {
        if (stage.decision() != null) {
            throw new CaseException(Message.of("casestudy.error.decision-needed"));
        }
        if (stage.type() == CaseStudy.StageType.END) {
            throw new CaseException(Message.of("casestudy.error.ended"));
        }
        return new Step(stage.id(), null, Set.of(), 0, cs.next(stage, Set.of()), List.of(), null);
    }

    /** The run's score from its steps: the sum of points, never below 0. */
    public static int score(List<Integer> stepPoints) {
        return Math.max(0, stepPoints.stream().mapToInt(Integer::intValue).sum());
    }

    /** Whether a choice was the expert's. */
    public static boolean ideal(CaseStudy.Stage stage, Set<String> chosen) {
        if (stage.decision() == null) {
            return true;
        }
        Set<String> ideal = Set.copyOf(stage.decision().options().stream().filter(CaseStudy.Option::ideal).map(CaseStudy.Option::id).toList());
        return ideal.equals(chosen);
    }
}

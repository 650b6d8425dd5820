package org.sotcourseware.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.content.Quiz;
import org.sotcourseware.content.QuizSettings;

/** The quiz grade from submitted attempts, by the quiz's grading method. Pure. */
final class QuizGrading {

    private QuizGrading() {
    }

    /** The grade in percent, or null when nothing has been submitted. Attempts in attempt order. */
    static @Nullable Double grade(QuizSettings.GradingMethod method, List<AttemptStore.AttemptRow> attempts) {
        return gradeOfLight(method, attempts.stream().map(AttemptStore.AttemptRow::light).toList());
    }

    static @Nullable Double gradeOfLight(QuizSettings.GradingMethod method, List<AttemptStore.Light> attempts) {
        List<Double> percents = attempts.stream().filter(a -> a.status().equals(AttemptStore.SUBMITTED) && a.percent() != null)
                .map(AttemptStore.Light::percent).toList();
        return gradeOfPercents(method, percents);
    }

    static @Nullable Double gradeOfPercents(QuizSettings.GradingMethod method, List<Double> percents) {
        if (percents.isEmpty()) {
            return null;
        }
        return switch (method) {
            case HIGHEST -> percents.stream().max(Double::compare).orElseThrow();
            case LAST -> percents.getLast();
            case FIRST -> percents.getFirst();
            case AVERAGE -> Math.round(percents.stream().mapToDouble(Double::doubleValue).average().orElse(0) * 10) / 10.0;
        };
    }

    static QuizViews.Standing standing(String moduleId, Quiz quiz, List<AttemptStore.Light> attempts) {
        QuizSettings.GradingMethod method = quiz.settings().grading();
        Double grade = gradeOfLight(method, attempts);
        Double best = attempts.stream().map(AttemptStore.Light::percent).filter(java.util.Objects::nonNull).max(Double::compare).orElse(null);
        // the moment the grade first reached the pass mark
        Instant passedAt = null;
        List<AttemptStore.Light> submitted = new ArrayList<>();
        for (AttemptStore.Light a : attempts) {
            if (!a.status().equals(AttemptStore.SUBMITTED)) {
                continue;
            }
            submitted.add(a);
            Double g = gradeOfLight(method, submitted);
            if (passedAt == null && g != null && g >= a.passMark()) {
                passedAt = a.submittedAt();
            }
        }
        boolean passed = grade != null && grade >= quiz.settings().passMark();
        return new QuizViews.Standing(moduleId, quiz.id(), attempts.size(), grade, best, passed, passed ? passedAt : null);
    }
}

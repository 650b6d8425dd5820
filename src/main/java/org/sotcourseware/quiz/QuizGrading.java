package org.sotcourseware.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /** A whole attempt graded: every question's result, the rounded sum, the percent and whether it passes. */
    record AttemptGrade(List<QuestionResult> results, double score, double maxScore, double percent, boolean passed) {
        AttemptGrade {
            results = List.copyOf(results);
        }
    }

    /** Grades every drawn question against the answers given (a missing answer scores 0), as submitting does. */
    static AttemptGrade gradeAttempt(List<DrawnQuestion> questions, Map<String, Answer> answers, int passMark) {
        List<QuestionResult> results = new ArrayList<>();
        double score = 0;
        double max = 0;
        for (DrawnQuestion d : questions) {
            QuestionResult r = Grader.grade(d.question(), answers.get(d.question().id()));
            results.add(r);
            score += r.points();
            max += r.maxPoints();
        }
        score = Grader.round(score);
        max = Grader.round(max);
        double percent = Grader.percent(score, max);
        return new AttemptGrade(results, score, max, percent, percent >= passMark);
    }

    /** The quiz grade before and after attempt {@code number} is submitted with {@code percent}. */
    record GradeChange(@Nullable Double before, @Nullable Double after, int passMark) {
        /** True when this submission is the one that takes the quiz grade to the pass mark. */
        boolean newlyPassed() {
            return (before == null || before < passMark) && after != null && after >= passMark;
        }
    }

    static GradeChange gradeChange(QuizSettings.GradingMethod method, List<AttemptStore.Light> attempts, int number, double percent,
                                   int passMark, Instant at) {
        List<AttemptStore.Light> after = attempts.stream()
                .map(a -> a.number() == number ? new AttemptStore.Light(a.moduleId(), a.quizId(), a.number(), AttemptStore.SUBMITTED,
                        percent, a.passMark(), at) : a)
                .toList();
        return new GradeChange(gradeOfLight(method, attempts), gradeOfLight(method, after), passMark);
    }

    static QuizReadModel.Standing standing(String moduleId, Quiz quiz, List<AttemptStore.Light> attempts) {
        QuizSettings.GradingMethod method = quiz.settings().grading();
        Double grade = gradeOfLight(method, attempts);
        Double best = attempts.stream().map(AttemptStore.Light::percent).filter(Objects::nonNull).max(Double::compare).orElse(null);
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
        return new QuizReadModel.Standing(moduleId, quiz.id(), attempts.size(), grade, best, passed, passed ? passedAt : null);
    }
}

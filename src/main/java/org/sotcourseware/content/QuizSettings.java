package org.sotcourseware.content;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Quiz settings from the front matter (docs/authoring.md).
 *
 * @param attempts         attempts allowed, or null for unlimited
 * @param draw             questions drawn at random per attempt, or null for all
 * @param timeLimitMinutes null for no time limit
 */
public record QuizSettings(
        int passMark,
        @Nullable Integer attempts,
        GradingMethod grading,
        boolean shuffleQuestions,
        boolean shuffleOptions,
        @Nullable Integer draw,
        List<String> drawTags,
        @Nullable Integer timeLimitMinutes,
        FeedbackMode feedback) {

    public QuizSettings {
        drawTags = List.copyOf(drawTags);
    }

    public static QuizSettings defaults() {
        return new QuizSettings(75, null, GradingMethod.HIGHEST, false, false, null, List.of(), null, FeedbackMode.AFTER_SUBMISSION);
    }

    /** How the quiz grade is computed from the submitted attempts. */
    public enum GradingMethod {
        HIGHEST, LAST, AVERAGE, FIRST
    }

    /** When correctness, feedback and explanations are shown. */
    public enum FeedbackMode {
        AFTER_EACH, AFTER_SUBMISSION, AFTER_PASS
    }
}

package org.sotcourseware.quiz;

import java.time.Instant;
import java.util.List;

import org.sotcourseware.security.UserId;

/**
 * Published for every submitted attempt (exactly once per attempt).
 *
 * @param results the grade of each question of the attempt, in the attempt's order (what spaced review reads)
 */
public record QuizAttemptSubmitted(UserId userId, String moduleId, String quizId, AttemptId attemptId, double percent, boolean passed,
                                   Instant submittedAt, List<QuestionResult> results) {

    public QuizAttemptSubmitted {
        results = List.copyOf(results);
    }

    /** An attempt without per-question results (as published before they were added). */
    public QuizAttemptSubmitted(UserId userId, String moduleId, String quizId, AttemptId attemptId, double percent, boolean passed,
                                Instant submittedAt) {
        this(userId, moduleId, quizId, attemptId, percent, passed, submittedAt, List.of());
    }
}

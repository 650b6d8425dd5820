package org.sotcourseware.quiz;

import java.time.Instant;

import org.sotcourseware.security.UserId;

/** Published for every submitted attempt (exactly once per attempt). */
public record QuizAttemptSubmitted(UserId userId, String moduleId, String quizId, AttemptId attemptId, double percent, boolean passed,
                                   Instant submittedAt) {
}

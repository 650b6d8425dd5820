package org.sotcourseware.quiz;

import java.time.Instant;

import org.sotcourseware.security.UserId;

/** Published when a student starts a new quiz attempt. */
public record QuizAttemptStarted(UserId userId, String moduleId, String quizId, AttemptId attemptId, Instant startedAt) {
}

package org.sotcourseware.quiz;

import java.time.Instant;

import org.sotcourseware.security.UserId;

/** Published once when a student's quiz grade first reaches the pass mark. */
public record QuizPassed(UserId userId, String moduleId, String quizId, AttemptId attemptId, double grade, Instant passedAt) {
}

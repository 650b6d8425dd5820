package org.sotcourseware.casestudy;

import java.time.Instant;

import org.sotcourseware.security.UserId;

/** Published once per run, when the run reaches an end stage. */
public record CaseCompleted(UserId userId, String moduleId, String caseId, CaseRunId runId, int score, int maxScore, Instant completedAt) {
}

package org.sotcourseware.casestudy;

import java.time.Instant;

import org.sotcourseware.security.UserId;

/** Published when a student starts a run of a case. */
public record CaseRunStarted(UserId userId, String moduleId, String caseId, CaseRunId runId, Instant startedAt) {
}

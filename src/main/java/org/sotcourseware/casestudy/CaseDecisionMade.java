package org.sotcourseware.casestudy;

import java.time.Instant;

import org.sotcourseware.security.UserId;

/** Published for every decision a student makes in a case run (a repeated click on a decided stage is none). */
public record CaseDecisionMade(UserId userId, String moduleId, String caseId, CaseRunId runId, String stageId, int points, Instant decidedAt) {
}

package org.sotcourseware.progress;

import java.time.Instant;

import org.sotcourseware.security.UserId;

/** Published once per student and module, when completion is first earned (certification listens). */
public record ModuleCompleted(UserId userId, String moduleId, Instant completedAt) {
}

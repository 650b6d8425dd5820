package org.sotcourseware.progress;

import java.time.Instant;

import org.sotcourseware.security.UserId;

/** Published when a student marks a lesson read (by reaching its end or pressing "Mark as read"). */
public record LessonRead(UserId userId, String moduleId, String lessonId, Instant at) {
}

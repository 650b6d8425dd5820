package org.sotcourseware.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One audited action. {@code actorId} is null for the system (start-up synchronisation). */
public record AuditEntry(long id, Instant at, @Nullable Long actorId, String actorName, String action, String target,
                         @Nullable String detail) {
}

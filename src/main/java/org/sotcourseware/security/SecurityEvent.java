package org.sotcourseware.security;

import org.jspecify.annotations.Nullable;

/**
 * Something the audit log must hold about accounts and sign-in: sign-ins (with the source address), failures,
 * locks and their clearing, role and password changes, signing out everywhere. Published inside the transaction
 * of the change; the audit feature writes it in that same transaction.
 *
 * @param action    what happened, e.g. {@code sign-in.failed}, {@code user.roles}
 * @param target    whom it concerns, e.g. {@code user:alice}
 * @param actorId   who did it, when known (null for a failed sign-in by someone unknown)
 * @param actorName who did it, as the log shows it (for sign-ins, the name typed)
 * @param detail    address, reason, before and after
 */
public record SecurityEvent(String action, String target, @Nullable UserId actorId, String actorName, @Nullable String detail) {
}

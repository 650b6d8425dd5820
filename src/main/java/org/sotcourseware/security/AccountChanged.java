package org.sotcourseware.security;

import org.jspecify.annotations.Nullable;

/**
 * Something changed about an account: created, roles changed, password reset or set, enabled or disabled,
 * second factor reset, erased. Published inside the transaction of the change, so the audit log (which
 * listens) commits with it or not at all. {@code detail} never holds a secret.
 */
public record AccountChanged(UserId user, String username, String action, @Nullable String detail) {
}

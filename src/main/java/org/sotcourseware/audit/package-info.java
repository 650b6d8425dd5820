/**
 * The audit log: an append-only record of consequential actions (publishing, rollbacks, imports, image
 * uploads, module overrides, certificate awards and revocations), written in the same transaction as the
 * action itself, and the administrator's screen that reads it.
 */
@NullMarked
package org.sotcourseware.audit;

import org.jspecify.annotations.NullMarked;

/**
 * The app shell: the main layout (app bar, side navigation by role, user menu) that every signed-in view
 * sits in. Separate from {@code base} so that {@code base} depends on nothing while the shell may read the
 * signed-in user (see docs/decisions/002-app-shell-module.md).
 */
@NullMarked
package org.sotcourseware.shell;

import org.jspecify.annotations.NullMarked;

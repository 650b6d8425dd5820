/** The administrator's audit log screen. */
@NullMarked
package org.sotcourseware.audit.ui;

import org.jspecify.annotations.NullMarked;

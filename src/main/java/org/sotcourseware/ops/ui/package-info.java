/** The administrator's backup screen. */
@NullMarked
package org.sotcourseware.ops.ui;

import org.jspecify.annotations.NullMarked;

/** The student dashboard and the staff's view of students' progress. */
@NullMarked
package org.sotcourseware.progress.ui;

import org.jspecify.annotations.NullMarked;

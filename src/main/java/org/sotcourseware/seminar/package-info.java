/**
 * Seminars: cohorts, enrolment, attendance and exam results.
 */
@NullMarked
package org.sotcourseware.seminar;

import org.jspecify.annotations.NullMarked;

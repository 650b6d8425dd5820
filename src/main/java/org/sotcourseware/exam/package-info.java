/**
 * Practical exams (OSCE): an organiser sets up a circuit of stations for a seminar with its candidates,
 * examiners and rooms; examiners score candidates at their station on a phone; the pure scoring and
 * standard-setting functions ({@link org.sotcourseware.exam.OsceScoring}, {@link org.sotcourseware.exam.OsceStatistics})
 * turn the sheets into results, which the organiser releases to the candidates and, through the seminar's
 * exam results, to certification.
 */
@NullMarked
package org.sotcourseware.exam;

import org.jspecify.annotations.NullMarked;

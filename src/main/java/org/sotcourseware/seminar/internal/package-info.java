/**
 * Internals of the seminar feature: the pure reading and checking of the enrolment CSV that organisers
 * upload ({@link org.sotcourseware.seminar.internal.EnrolmentCsv}). Plain Java with no Spring, unit-tested
 * on its own; the seminar services decide what to do with what it reads.
 */
@NullMarked
package org.sotcourseware.seminar.internal;

import org.jspecify.annotations.NullMarked;

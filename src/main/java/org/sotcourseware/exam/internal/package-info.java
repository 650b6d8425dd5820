/** Internals of practical exams: the PDF writer for running orders and candidates' feedback. */
@NullMarked
package org.sotcourseware.exam.internal;

import org.jspecify.annotations.NullMarked;

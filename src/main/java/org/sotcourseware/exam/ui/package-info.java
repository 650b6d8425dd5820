/** Screens of practical exams: the organiser's set-up and results, the examiner's score sheet, the candidate's feedback. */
@NullMarked
package org.sotcourseware.exam.ui;

import org.jspecify.annotations.NullMarked;

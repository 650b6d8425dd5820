/** The seminar screens: the list, one seminar with enrolment (one by one or by CSV), attendance per day and exam results. */
@NullMarked
package org.sotcourseware.seminar.ui;

import org.jspecify.annotations.NullMarked;

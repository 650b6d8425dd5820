/**
 * Certification screens: the organisers' progress matrix, student records and eligibility lists with
 * awards and revocations, the student's certification box on the dashboard, and the public verification page.
 */
@NullMarked
package org.sotcourseware.certification.ui;

import org.jspecify.annotations.NullMarked;

/**
 * Certification: track rules, eligibility, certificates and public verification.
 */
@NullMarked
package org.sotcourseware.certification;

import org.jspecify.annotations.NullMarked;

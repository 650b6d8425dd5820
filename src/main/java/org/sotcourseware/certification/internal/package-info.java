/**
 * Implementation of certification, hidden from other features: the certificate PDF and the QR code that
 * points at the public verification page.
 */
@NullMarked
package org.sotcourseware.certification.internal;

import org.jspecify.annotations.NullMarked;

/** Anchoring highlights by text quote, and a lesson's text as the anchoring sees it: pure, tested without Spring. */
@NullMarked
package org.sotcourseware.notes.internal;

import org.jspecify.annotations.NullMarked;

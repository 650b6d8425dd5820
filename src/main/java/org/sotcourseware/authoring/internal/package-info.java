/**
 * Internals of authoring: pure functions without Spring, such as {@link
 * org.sotcourseware.authoring.internal.ItemStatistics}, the item analysis of submitted quiz attempts.
 */
@NullMarked
package org.sotcourseware.authoring.internal;

import org.jspecify.annotations.NullMarked;

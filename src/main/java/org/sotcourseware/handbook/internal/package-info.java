/** The handbook's HTML document and its PDF rendering: pure, tested without Spring. */
@NullMarked
package org.sotcourseware.handbook.internal;

import org.jspecify.annotations.NullMarked;

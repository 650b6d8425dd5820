/** The student's "My data" page and the administrator's erasure page. */
@NullMarked
package org.sotcourseware.privacy.ui;

import org.jspecify.annotations.NullMarked;

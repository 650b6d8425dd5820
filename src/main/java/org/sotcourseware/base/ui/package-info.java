/** Error pages, the navigation-item type features contribute, and small shared UI components. */
@NullMarked
package org.sotcourseware.base.ui;

import org.jspecify.annotations.NullMarked;

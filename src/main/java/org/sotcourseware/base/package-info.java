/**
 * Shared kernel: configuration every feature reads (demo mode), the clock, and in {@code base.ui} the
 * error pages, the navigation-item type and shared components. Depends on no feature; open to all of them.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.sotcourseware.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

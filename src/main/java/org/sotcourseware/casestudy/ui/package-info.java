/** Case screens: a module's cases, working a case stage by stage, the debrief. */
@NullMarked
package org.sotcourseware.casestudy.ui;

import org.jspecify.annotations.NullMarked;

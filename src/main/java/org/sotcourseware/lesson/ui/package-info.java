/** Views for reading: catalogue, module overview, lesson. */
@NullMarked
package org.sotcourseware.lesson.ui;

import org.jspecify.annotations.NullMarked;

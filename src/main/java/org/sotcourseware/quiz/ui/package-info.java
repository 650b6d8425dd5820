/** Quiz screens: intro and history, taking an attempt, result and review. */
@NullMarked
package org.sotcourseware.quiz.ui;

import org.jspecify.annotations.NullMarked;

/** The highlighter on the lesson page, the note dialog and the "My notes" page. */
@NullMarked
package org.sotcourseware.notes.ui;

import org.jspecify.annotations.NullMarked;

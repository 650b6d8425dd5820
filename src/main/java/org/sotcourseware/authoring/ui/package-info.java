/** The authoring screens: the content tree, the editor with live preview, history, transfer and item analysis. */
@NullMarked
package org.sotcourseware.authoring.ui;

import org.jspecify.annotations.NullMarked;

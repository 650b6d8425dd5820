/** The handbook page (build progress and download) and the handbook link on a module's page. */
@NullMarked
package org.sotcourseware.handbook.ui;

import org.jspecify.annotations.NullMarked;

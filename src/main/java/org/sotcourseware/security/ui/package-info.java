/** Sign-in page and the administrator's user management screen. */
@NullMarked
package org.sotcourseware.security.ui;

import org.jspecify.annotations.NullMarked;

/** Review screens: the Review page (today's due cards, one at a time) and the dashboard's review box. */
@NullMarked
package org.sotcourseware.review.ui;

import org.jspecify.annotations.NullMarked;

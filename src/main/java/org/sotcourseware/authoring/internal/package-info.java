/** Pure helpers of authoring: the Moodle GIFT converter and the item statistics. */
@NullMarked
package org.sotcourseware.authoring.internal;

import org.jspecify.annotations.NullMarked;

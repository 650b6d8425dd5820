/**
 * Instructor authoring: the tools instructors use to write and bring in course content, starting with
 * importing quiz questions from Moodle's GIFT format into the quiz Markdown of {@code content/}
 * (docs/authoring.md, "Importing Moodle GIFT"). Converters here are pure functions over text; they report
 * what they converted, approximated and skipped instead of failing on bad input.
 */
@NullMarked
package org.sotcourseware.authoring;

import org.jspecify.annotations.NullMarked;

/**
 * Reading the curriculum: the module catalogue, a module's overview and the lesson reader (rendered
 * lesson, on-page contents, previous/next). Reads the catalogue from {@code content}.
 */
@NullMarked
package org.sotcourseware.lesson;

import org.jspecify.annotations.NullMarked;

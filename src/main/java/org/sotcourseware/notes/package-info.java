/**
 * Notes and highlights: a student highlights a passage of a lesson, optionally with a note; highlights are
 * anchored by their text quote with context and placed again in the lesson as published now (or listed as
 * "could not be placed"); "My notes" lists a module's notes and exports them as Markdown. Private to the student.
 * Reads the catalogue from {@code content} and asks {@code base.ModuleGate} whether a module is open.
 */
@NullMarked
package org.sotcourseware.notes;

import org.jspecify.annotations.NullMarked;

/**
 * The module handbook: a module's published lessons as one PDF (cover, learning outcomes, contents with page
 * numbers, every lesson with its figures, tables, callouts and references, running heads and page numbers),
 * rendered from the lesson pages' sanitised HTML with openhtmltopdf, built once per content version and kept
 * in the database, downloadable by anyone who may open the module. Reads the catalogue from {@code content}
 * and asks {@code base.ModuleGate} whether a module is open.
 */
@NullMarked
package org.sotcourseware.handbook;

import org.jspecify.annotations.NullMarked;

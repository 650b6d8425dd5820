/**
 * The curriculum catalogue. Loads the {@code content/} folder (curriculum file, module folders, lessons,
 * and later quizzes and cases) into immutable records built once per content version, renders Markdown
 * through the one sanitising pipeline, serves module images safely and validates content
 * ({@code check-content}). Other features read the catalogue through {@link org.sotcourseware.content.CatalogueService}.
 */
@NullMarked
package org.sotcourseware.content;

import org.jspecify.annotations.NullMarked;

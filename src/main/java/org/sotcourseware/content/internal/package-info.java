/**
 * Loading and rendering internals of the catalogue: front matter, the Markdown pipeline, the HTML and
 * SVG sanitisers and the validator. Plain Java with no Spring, so {@code check-content} runs without
 * starting the web application.
 */
@NullMarked
package org.sotcourseware.content.internal;

import org.jspecify.annotations.NullMarked;

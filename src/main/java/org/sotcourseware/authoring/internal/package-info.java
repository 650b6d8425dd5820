/**
 * Authoring internals: the GIFT reader ({@code GiftParser}), its text and format handling
 * ({@code GiftText}) and the converter to quiz Markdown ({@code GiftConverter}). Plain Java without Spring.
 */
@NullMarked
package org.sotcourseware.authoring.internal;

import org.jspecify.annotations.NullMarked;

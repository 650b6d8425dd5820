package org.sotcourseware.base;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * How long each kind of text a person types may be. The fields in the views carry the same limit
 * ({@code setMaxLength}), and the services check it again, since a view is not the only way in; a guard
 * test fails when a text field is added without one.
 */
public final class TextLimits {

    /** A username (letters, digits, dots, hyphens, underscores). */
    public static final int USERNAME = 100;
    /** A person's name, a title, a venue: one line. */
    public static final int NAME = 200;
    /** An email address (RFC 5321's path limit). */
    public static final int EMAIL = 254;
    /** A password (ASVS: at least 64 must be allowed; bcrypt reads 72 bytes). */
    public static final int PASSWORD = 128;
    /** A reason or a short message recorded with an action (an override, a revocation, a publish). */
    public static final int REASON = 1_000;
    /** Free notes (a seminar's notes). */
    public static final int NOTES = 4_000;
    /** A search box or a code typed in. */
    public static final int SEARCH = 200;
    /** One Markdown file (a lesson, a quiz, a case): about twenty times the largest file of the curriculum. */
    public static final int MARKDOWN_FILE = 500_000;
    /** A free-text answer to a quiz question. */
    public static final int ANSWER = 500;

    private TextLimits() {
    }

    /** The message that says {@code what} is too long, or empty when {@code value} fits in {@code max} characters. */
    public static Optional<String> tooLong(String what, @Nullable String value, int max) {
        if (value == null || value.length() <= max) {
            return Optional.empty();
        }
        return Optional.of(capitalised(what) + " is " + String.format(Locale.ROOT, "%,d", value.length()) + " characters long; at most "
                + String.format(Locale.ROOT, "%,d", max) + " are allowed.");
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

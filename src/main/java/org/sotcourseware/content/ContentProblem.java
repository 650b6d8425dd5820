package org.sotcourseware.content;

import org.sotcourseware.base.Message;

/**
 * One problem found in the content: the file (relative to the content root, with forward slashes),
 * the 1-based line (0 when the problem concerns the whole file) and what is wrong, as a {@link Message}
 * ({@code text()}, for screens in the reader's language) and in English ({@code message()}, for check-content,
 * logs and the authoring engine).
 */
public record ContentProblem(String file, int line, Message text) {

    /** A problem whose words are already written (English text from elsewhere, e.g. a parser library). */
    public ContentProblem(String file, int line, String message) {
        this(file, line, Message.of("content.problem.as-written", message));
    }

    /** What is wrong, in English. */
    public String message() {
        return text.english();
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message();
    }
}

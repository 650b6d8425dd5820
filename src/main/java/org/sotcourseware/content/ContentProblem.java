package org.sotcourseware.content;

/**
 * One problem found in the content: the file (relative to the content root, with forward slashes),
 * the 1-based line (0 when the problem concerns the whole file) and a plain-words message.
 */
public record ContentProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}

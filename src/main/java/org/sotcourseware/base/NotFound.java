package org.sotcourseware.base;

import org.jspecify.annotations.Nullable;

/**
 * What the user asked for does not exist, or is not theirs to see (which we do not reveal): a module, a
 * lesson, an attempt, a seminar. Services throw it with a plain message; thrown while a page opens, it
 * shows the not-found page with that message.
 */
public class NotFound extends RuntimeException {

    private final @Nullable Message message;

    /** Plain English words (to be replaced by {@link #NotFound(Message)} everywhere people read them). */
    public NotFound(String message) {
        super(message);
        this.message = null;
    }

    /** Words in the reader's language: the not-found page shows {@code message} translated. */
    public NotFound(Message message) {
        super(message.english());
        this.message = message;
    }

    /** The words to show, or null for an exception made with plain English text. */
    public @Nullable Message message() {
        return message;
    }
}

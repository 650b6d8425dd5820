package org.sotcourseware.base;

/**
 * What the user asked for does not exist, or is not theirs to see (which we do not reveal): a module, a
 * lesson, an attempt, a seminar. Services throw it with a plain message; thrown while a page opens, it
 * shows the not-found page with that message.
 */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}

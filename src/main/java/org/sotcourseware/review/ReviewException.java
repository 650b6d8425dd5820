package org.sotcourseware.review;

/** A review action that cannot be done, with a message for the student. */
public class ReviewException extends RuntimeException {

    public ReviewException(String message) {
        super(message);
    }
}

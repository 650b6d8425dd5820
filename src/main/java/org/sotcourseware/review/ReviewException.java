package org.sotcourseware.review;

import org.sotcourseware.base.Message;
import org.sotcourseware.base.Refusal;

/**
 * A review action that cannot be done, with a message for the student: {@link #message()} in the reader's language for
 * the screen, {@link #getMessage()} in English for logs and tests.
 */
public class ReviewException extends Refusal {
    public ReviewException(Message message) {
        super(message);
    }
}

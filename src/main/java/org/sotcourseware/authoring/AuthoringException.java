package org.sotcourseware.authoring;

import org.sotcourseware.base.Message;
import org.sotcourseware.base.Refusal;

/**
 * A request the authoring service refuses, with the reason in plain words for the author: {@link #message()} in the
 * reader's language, {@link #getMessage()} in English for logs and tests.
 */
public class AuthoringException extends Refusal {
    public AuthoringException(Message message) {
        super(message);
    }
}

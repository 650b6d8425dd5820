package org.sotcourseware.authoring;

import org.sotcourseware.base.Message;
import org.sotcourseware.base.Translatable;

/**
 * A request the authoring service refuses, with the reason in plain words for the author: {@link #message()} in the
 * reader's language, {@link #getMessage()} in English for logs and tests.
 */
public class AuthoringException extends RuntimeException implements Translatable {

    private final Message message;

    public AuthoringException(Message message) {
        super(message.english());
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}

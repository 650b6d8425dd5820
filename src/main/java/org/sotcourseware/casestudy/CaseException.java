package org.sotcourseware.casestudy;

import org.sotcourseware.base.Message;
import org.sotcourseware.base.Refusal;

/**
 * A case action that cannot be done, with a message for the student in plain words: {@link #message()} in the reader's
 * language for the screen, {@link #getMessage()} in English for logs and tests.
 */
public class CaseException extends Refusal {
    public CaseException(Message message) {
        super(message);
    }
}

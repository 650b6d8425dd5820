package org.sotcourseware.notes;

import org.sotcourseware.base.Message;
import org.sotcourseware.base.Translatable;

/** A highlight or note that cannot be saved as given; the message says what to change (English in {@code getMessage()}). */
public class NoteException extends RuntimeException implements Translatable {

    private final Message message;

    public NoteException(Message message) {
        super(message.english());
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
    }
}

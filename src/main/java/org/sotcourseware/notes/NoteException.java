package org.sotcourseware.notes;

import org.sotcourseware.base.Message;
import org.sotcourseware.base.Refusal;

/** A highlight or note that cannot be saved as given; the message says what to change (English in {@code getMessage()}). */
public class NoteException extends Refusal {
    public NoteException(Message message) {
        super(message);
    }
}

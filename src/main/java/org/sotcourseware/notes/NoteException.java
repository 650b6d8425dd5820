package org.sotcourseware.notes;

/** A highlight or note that cannot be saved as given; the message says what to change. */
public class NoteException extends RuntimeException {

    public NoteException(String message) {
        super(message);
    }
}

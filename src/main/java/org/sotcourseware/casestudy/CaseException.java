package org.sotcourseware.casestudy;

/** A case action that cannot be done, with a message for the student in plain words. */
public class CaseException extends RuntimeException {

    public CaseException(String message) {
        super(message);
    }
}

package org.sotcourseware.authoring;

/** A request the authoring service refuses, with the reason in plain words for the author. */
public class AuthoringException extends RuntimeException {

    public AuthoringException(String message) {
        super(message);
    }
}

package org.sotcourseware.quiz;

/** A quiz action that cannot be done, with a message for the student in plain words. */
public class QuizException extends RuntimeException {

    public QuizException(String message) {
        super(message);
    }
}

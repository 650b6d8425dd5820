package org.sotcourseware.quiz;

/** One attempt at a quiz (its row id): what the attempt page, the service and the events name. */
public record AttemptId(long value) {

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}

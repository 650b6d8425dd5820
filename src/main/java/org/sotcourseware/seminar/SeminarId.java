package org.sotcourseware.seminar;

/** A seminar (its row id). */
public record SeminarId(long value) {

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}

package org.sotcourseware.exam;

/** A practical exam (its row id). */
public record PracticalExamId(long value) {

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}

package org.sotcourseware.exam;

/** One examiner's score sheet for one candidate at one station (its row id). */
public record SheetId(long value) {

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}

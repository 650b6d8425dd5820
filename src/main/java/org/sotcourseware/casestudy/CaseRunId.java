package org.sotcourseware.casestudy;

/** One run of a case study (its row id). */
public record CaseRunId(long value) {

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}

package org.sotcourseware.certification;

/** An awarded certificate (its row id; the public code is something else). */
public record CertificateId(long value) {

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}

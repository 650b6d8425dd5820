package org.sotcourseware.security;

/** The id of a user account; typed so it is never confused with another number. */
public record UserId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

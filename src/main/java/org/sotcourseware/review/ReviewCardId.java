package org.sotcourseware.review;

/** The id of a review card. */
public record ReviewCardId(long value) {
}

package org.sotcourseware.content;

/** A heading of a rendered document, for the on-page table of contents. */
public record Heading(int level, String id, String text) {
}

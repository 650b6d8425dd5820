package org.sotcourseware.content;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A certification track from the curriculum file: the modules it needs, the track that must be held first,
 * the seminar hours and exam pass marks it asks for, and how long a certificate stays valid.
 *
 * @param requiresTrack      a track whose certificate must be held (valid) first, or null
 * @param seminarHours       attended seminar hours needed (seminars covering any of the track's modules count)
 * @param writtenPassMark    written exam pass mark in percent, or null when no written exam is needed
 * @param practicalPassMark  practical exam pass mark in percent, or null when no practical exam is needed
 * @param validMonths        how long a certificate is valid, or null when it does not expire
 */
public record Track(String id, String title, List<String> modules, @Nullable String requiresTrack, double seminarHours,
                    @Nullable Integer writtenPassMark, @Nullable Integer practicalPassMark, @Nullable Integer validMonths) {

    public Track {
        modules = List.copyOf(modules);
    }

    /** A track of modules only (no prerequisite track, hours or exams). */
    public Track(String id, String title, List<String> modules) {
        this(id, title, modules, null, 0, null, null, null);
    }
}

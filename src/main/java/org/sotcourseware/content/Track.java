package org.sotcourseware.content;

import java.util.List;

/**
 * A certification track from the curriculum file: the modules it needs (hours, exams and the track it
 * builds on come with the certification feature).
 */
public record Track(String id, String title, List<String> modules) {

    public Track {
        modules = List.copyOf(modules);
    }
}

package org.sotcourseware.content;

import java.util.List;
import java.util.Optional;

/**
 * The whole curriculum as loaded from one content version. Immutable; a reload builds a new one.
 *
 * @param version  a hash over every content file: attempts and progress pin the version they were made against
 * @param problems every problem found while loading (modules and lessons included), in file order: errors, which
 *                 fail check-content and refuse a publish
 * @param warnings what an author should look at but that fails nothing (a source on the deny list)
 */
public record Curriculum(String title, List<CourseModule> modules, List<Track> tracks, String version, List<ContentProblem> problems,
                         List<ContentProblem> warnings) {

    public Curriculum {
        modules = List.copyOf(modules);
        tracks = List.copyOf(tracks);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** A curriculum without warnings. */
    public Curriculum(String title, List<CourseModule> modules, List<Track> tracks, String version, List<ContentProblem> problems) {
        this(title, modules, tracks, version, problems, List.of());
    }

    public Optional<CourseModule> module(String moduleId) {
        return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    public Optional<Lesson> lesson(String moduleId, String lessonId) {
        return module(moduleId).flatMap(m -> m.lesson(lessonId));
    }

    public int lessonCount() {
        return modules.stream().mapToInt(m -> m.lessons().size()).sum();
    }
}

package org.sotcourseware.content;

import java.util.List;
import java.util.Optional;

/**
 * A module of the curriculum with its metadata and ordered lessons.
 *
 * @param requires ids of the modules that must be completed before this one (from the curriculum file)
 * @param problems problems in the module's own files (module.md); lesson problems live on the lessons
 */
public record CourseModule(
        String id,
        String title,
        String summary,
        double hours,
        String audience,
        List<String> outcomes,
        List<String> requires,
        String overviewMarkdown,
        String sourceFile,
        List<Lesson> lessons,
        List<ContentProblem> problems) {

    public CourseModule {
        outcomes = List.copyOf(outcomes);
        requires = List.copyOf(requires);
        lessons = List.copyOf(lessons);
        problems = List.copyOf(problems);
    }

    /** Lessons a student may see: every lesson that is not broken, in order. */
    public List<Lesson> publishedLessons() {
        return lessons.stream().filter(l -> !l.broken()).toList();
    }

    public Optional<Lesson> lesson(String lessonId) {
        return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
    }

    public int estimatedMinutes() {
        return publishedLessons().stream().mapToInt(Lesson::minutes).sum();
    }
}

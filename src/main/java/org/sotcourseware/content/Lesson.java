package org.sotcourseware.content;

import java.util.List;

/**
 * A lesson: a Markdown file in a module's {@code lessons/} folder. A lesson with problems is
 * "broken": students do not see it, instructors see the problems instead of the text.
 *
 * @param sourceFile path relative to the content root
 * @param words      words of the lesson body, not counting the References section
 */
public record Lesson(
        String moduleId,
        String id,
        String title,
        int order,
        int minutes,
        String sourceFile,
        String markdown,
        int bodyStartLine,
        int words,
        boolean hasReferences,
        List<ContentProblem> problems) {

    /** Route segments under a module ({@code modules/{module}/...}) that a lesson id may not take. */
    public static final java.util.Set<String> RESERVED_IDS = java.util.Set.of("quiz", "cases", "overview", "practical");

    public Lesson {
        problems = List.copyOf(problems);
    }

    public boolean broken() {
        return !problems.isEmpty();
    }
}

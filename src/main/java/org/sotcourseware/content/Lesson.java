package org.sotcourseware.content;

import java.util.List;
import java.util.Set;

/**
 * A lesson: a Markdown file in a module's {@code lessons/} folder. A lesson with problems is
 * "broken": students do not see it, instructors see the problems instead of the text.
 *
 * @param sourceFile path relative to the content root
 * @param words      words of the lesson body, not counting the References section
 * @param references the footnote definitions (the References section's entries), in file order
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
        List<ContentProblem> problems,
        List<Reference> references) {

    /** Route segments under a module ({@code modules/{module}/...}) that a lesson id may not take. */
    public static final Set<String> RESERVED_IDS = Set.of("quiz", "cases", "overview", "practical");

    public Lesson {
        problems = List.copyOf(problems);
        references = List.copyOf(references);
    }

    /** A lesson whose footnote references were not read. */
    public Lesson(String moduleId, String id, String title, int order, int minutes, String sourceFile, String markdown, int bodyStartLine,
                  int words, boolean hasReferences, List<ContentProblem> problems) {
        this(moduleId, id, title, order, minutes, sourceFile, markdown, bodyStartLine, words, hasReferences, problems, List.of());
    }

    /**
     * A footnote definition ({@code [^label]: text}): a reference the lesson cites.
     *
     * @param line the line of the definition in the lesson's file
     */
    public record Reference(String label, String text, int line) {
    }

    public boolean broken() {
        return !problems.isEmpty();
    }
}

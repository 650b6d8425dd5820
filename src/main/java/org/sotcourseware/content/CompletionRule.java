package org.sotcourseware.content;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * When a module counts as completed (in the spirit of cmi5's moveOn), from the curriculum file:
 * <pre>
 *   complete:
 *     lessons: all        # all (default) | none | [lesson-id, ...]
 *     quiz: passed        # passed (default) | attempted | none
 *     cases: all          # all (default) | a number
 * </pre>
 *
 * @param lessons   null for all lessons; otherwise the ids that must be read (empty: none)
 * @param cases     null for all cases; otherwise how many must be completed
 */
public record CompletionRule(@Nullable List<String> lessons, QuizRequirement quiz, @Nullable Integer cases) {

    public CompletionRule {
        lessons = lessons == null ? null : List.copyOf(lessons);
    }

    public static CompletionRule defaults() {
        return new CompletionRule(null, QuizRequirement.PASSED, null);
    }

    public enum QuizRequirement {
        PASSED, ATTEMPTED, NONE
    }
}

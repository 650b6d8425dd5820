package org.sotcourseware.content;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One question of a quiz, with its answer key. The key never leaves the server before the student has
 * answered (views build from {@code quiz.PresentedQuestion}, which has no key).
 *
 * @param options  choice options; for {@code numeric} and {@code text} the accepted ([x]) and anticipated
 *                 wrong ([ ]) answers
 * @param items    for {@code order}: the items in the correct order
 * @param pairs    for {@code match}: the correct pairs
 * @param line     the line of the question heading in its file
 * @param outcome  the id of the module's learning outcome the question tests ({@code outcome=}), or null
 */
public record Question(
        String id,
        QuestionType type,
        String prompt,
        double points,
        List<String> tags,
        List<Option> options,
        List<Item> items,
        List<Pair> pairs,
        @Nullable String hint,
        @Nullable String explanation,
        int line,
        @Nullable String outcome) {

    public Question {
        tags = List.copyOf(tags);
        options = List.copyOf(options);
        items = List.copyOf(items);
        pairs = List.copyOf(pairs);
    }

    /** A question that names no outcome. */
    public Question(String id, QuestionType type, String prompt, double points, List<String> tags, List<Option> options, List<Item> items,
                    List<Pair> pairs, @Nullable String hint, @Nullable String explanation, int line) {
        this(id, type, prompt, points, tags, options, items, pairs, hint, explanation, line, null);
    }

    /**
     * An option or an answer line. For numeric questions {@code value}, {@code tolerance} and {@code unit}
     * are set.
     */
    public record Option(String id, String text, boolean correct, @Nullable String feedback,
                         @Nullable Double value, @Nullable Double tolerance, @Nullable String unit) {

        public static Option choice(String id, String text, boolean correct, @Nullable String feedback) {
            return new Option(id, text, correct, feedback, null, null, null);
        }
    }

    /** An item to put in order, with a stable id. */
    public record Item(String id, String text) {
    }

    /** A matching pair: the left item and its correct right item, each with a stable id. */
    public record Pair(String leftId, String left, String rightId, String right) {
    }

    public List<Option> correctOptions() {
        return options.stream().filter(Option::correct).toList();
    }
}

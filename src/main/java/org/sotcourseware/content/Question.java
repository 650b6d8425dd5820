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
     * are set. {@code credit} is the share of the question's points the option earns when it is the answer: 1 for a
     * correct ({@code [x]}) option, 0 for a wrong one, and between for a partly right {@code [ ]} option written with
     * {@code {credit=50%}} (single-choice, numeric and text questions).
     */
    public record Option(String id, String text, boolean correct, @Nullable String feedback,
                         @Nullable Double value, @Nullable Double tolerance, @Nullable String unit, double credit) {

        /** An option whose credit follows from {@code correct}: all or nothing. */
        public Option(String id, String text, boolean correct, @Nullable String feedback,
                      @Nullable Double value, @Nullable Double tolerance, @Nullable String unit) {
            this(id, text, correct, feedback, value, tolerance, unit, correct ? 1 : 0);
        }

        public static Option choice(String id, String text, boolean correct, @Nullable String feedback) {
            return new Option(id, text, correct, feedback, null, null, null);
        }

        /** A choice that is not the correct one but earns {@code credit} (above 0, below 1) of the points. */
        public static Option partial(String id, String text, double credit, @Nullable String feedback) {
            return new Option(id, text, false, feedback, null, null, null, credit);
        }

        /** Partly right: not the correct answer, but worth some of the points. */
        public boolean partial() {
            return !correct && credit > 0;
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

package org.sotcourseware.content;

import java.util.Locale;
import java.util.Optional;

/** The question types of the quiz format (docs/authoring.md). */
public enum QuestionType {
    SINGLE("single", "Single choice"),
    MULTIPLE("multiple", "Multiple response"),
    TRUEFALSE("truefalse", "True or false"),
    NUMERIC("numeric", "Numeric"),
    TEXT("text", "Short text"),
    ORDER("order", "Ordering"),
    MATCH("match", "Matching");

    private final String key;
    private final String label;

    QuestionType(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The type's name for people, in the reader's language. */
    public org.sotcourseware.base.Message text() {
        return org.sotcourseware.base.Message.of("content.question-type." + key);
    }

    public boolean isChoice() {
        return this == SINGLE || this == MULTIPLE || this == TRUEFALSE;
    }

    public static Optional<QuestionType> of(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (QuestionType t : values()) {
            if (t.key.equals(k)) {
                return Optional.of(t);
            }
        }
        return switch (k) {
            case "truefalse", "tf", "boolean" -> Optional.of(TRUEFALSE);
            case "shorttext", "shortanswer" -> Optional.of(TEXT);
            case "ordering" -> Optional.of(ORDER);
            case "matching" -> Optional.of(MATCH);
            default -> Optional.empty();
        };
    }
}

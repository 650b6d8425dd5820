package org.sotcourseware.review;

import org.sotcourseware.quiz.QuestionResult;

/** How well a card was recalled, FSRS's four grades (1 to 4). */
public enum Rating {
    AGAIN(1, "Again"), HARD(2, "Hard"), GOOD(3, "Good"), EASY(4, "Easy");

    private final int grade;
    private final String label;

    Rating(int grade, String label) {
        this.grade = grade;
        this.label = label;
    }

    /** 1 (Again) to 4 (Easy), as in the FSRS formulas. */
    public int grade() {
        return grade;
    }

    public String label() {
        return label;
    }

    public static Rating ofGrade(int grade) {
        for (Rating r : values()) {
            if (r.grade == grade) {
                return r;
            }
        }
        throw new IllegalArgumentException("no rating with grade " + grade + " (1 to 4)");
    }

    /** The rating suggested by how the answer was graded: right is Good, partly right Hard, wrong or empty Again. */
    public static Rating suggested(QuestionResult.Correctness c) {
        return switch (c) {
            case CORRECT -> GOOD;
            case PARTIAL -> HARD;
            case WRONG, UNANSWERED -> AGAIN;
        };
    }
}

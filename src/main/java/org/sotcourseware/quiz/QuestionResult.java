package org.sotcourseware.quiz;

import java.util.List;

/**
 * The grade of one answer.
 *
 * @param feedback the feedback (Markdown) of the options or answers the student gave, in option order
 */
public record QuestionResult(String questionId, double points, double maxPoints, Correctness correctness, List<String> feedback) {

    public QuestionResult {
        feedback = List.copyOf(feedback);
    }

    public enum Correctness {
        CORRECT, PARTIAL, WRONG, UNANSWERED
    }
}

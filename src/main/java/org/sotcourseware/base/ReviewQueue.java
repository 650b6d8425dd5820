package org.sotcourseware.base;

import java.util.Set;

/**
 * Adding a quiz question to the signed-in student's spaced review after they have seen its feedback.
 * Implemented by the review feature; the quiz screens ask for it through an {@code ObjectProvider} and show
 * "Add to review" only when one is present (decision 010).
 */
public interface ReviewQueue {

    /** The ids of the module's questions already in the signed-in user's review. */
    Set<String> queued(String moduleId);

    /**
     * Adds a question of the signed-in user's quiz attempt {@code attemptId} to their review; refused (with a
     * message) unless its feedback has been shown to them in that attempt. Adding it again changes nothing.
     */
    void add(long attemptId, String questionId);
}

package org.sotcourseware.progress;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.sotcourseware.quiz.QuizReadModel;

/**
 * The recorded facts progress is computed from, for one student.
 *
 * @param lessonsRead  module id → lesson id → when it was marked read
 * @param quizzes      module id → the student's quiz standing
 * @param casesDone    module id → case id → when it was first completed
 * @param overrides    modules opened for the student despite prerequisites
 * @param earned       module id → when completion was earned (kept even if content changes later)
 * @param started      modules the student has started anything in (an attempt, a run)
 */
public record ProgressFacts(Map<String, Map<String, Instant>> lessonsRead, Map<String, QuizReadModel.Standing> quizzes,
                            Map<String, Map<String, Instant>> casesDone, Set<String> overrides, Map<String, Instant> earned,
                            Set<String> started) {

    public static ProgressFacts none() {
        return new ProgressFacts(Map.of(), Map.of(), Map.of(), Set.of(), Map.of(), Set.of());
    }
}

/**
 * Quizzes: drawing and shuffling questions for an attempt, saving answers as given, the pure
 * {@link org.sotcourseware.quiz.Grader}, idempotent submission, time and attempt limits enforced on the
 * server, feedback and review as the quiz's feedback setting allows. Publishes
 * {@link org.sotcourseware.quiz.QuizAttemptSubmitted} and {@link org.sotcourseware.quiz.QuizPassed}.
 */
@NullMarked
package org.sotcourseware.quiz;

import org.jspecify.annotations.NullMarked;

/**
 * Spaced review of missed questions: a review card for every question a student answers wrongly or partly in
 * a submitted quiz attempt (and for any question they add after seeing its feedback), scheduled by the FSRS
 * memory model ({@link org.sotcourseware.review.Scheduler}, implemented by {@link org.sotcourseware.review.Fsrs}).
 * Cards are pinned to the question's stable id, show the question as currently published (an edit keeps the
 * card, a removal retires it, a locked module's cards stay hidden), and are answered with the quiz's own inputs
 * and grader. Reviews are their own record: they never change a quiz grade or progress. Listens to
 * {@link org.sotcourseware.quiz.QuizAttemptSubmitted}; contributes the Review page, a dashboard box and the
 * {@link org.sotcourseware.base.ReviewQueue} the quiz screens use for "Add to review".
 */
@NullMarked
package org.sotcourseware.review;

import org.jspecify.annotations.NullMarked;

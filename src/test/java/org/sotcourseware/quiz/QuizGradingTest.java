package org.sotcourseware.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.QuestionType;
import org.sotcourseware.content.QuizSettings.GradingMethod;

/** Grading a whole attempt and the grade change it makes: pure functions, no Spring. */
class QuizGradingTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private static Question single(String id, double points) {
        return new Question(id, QuestionType.SINGLE, "Prompt " + id, points, List.of(),
                List.of(Question.Option.choice(id + "-a", "A", true, null), Question.Option.choice(id + "-b", "B", false, null)),
                List.of(), List.of(), null, null, 1);
    }

    private static DrawnQuestion drawn(Question q) {
        return new DrawnQuestion(q, q.options().stream().map(Question.Option::id).toList(), List.of(), List.of());
    }

    private static AttemptStore.Light light(int number, String status, Double percent) {
        return new AttemptStore.Light("m", "quiz", number, status, percent, 75, percent == null ? null : AT.minusSeconds(3600L * (10 - number)));
    }

    @Test
    void an_attempt_is_graded_question_by_question_with_unanswered_questions_scoring_zero() {
        List<DrawnQuestion> qs = List.of(drawn(single("q1", 1)), drawn(single("q2", 2)), drawn(single("q3", 1)));
        QuizGrading.AttemptGrade g = QuizGrading.gradeAttempt(qs,
                Map.of("q1", new Answer.Choice(Set.of("q1-a")), "q2", new Answer.Choice(Set.of("q2-b"))), 75);
        assertThat(g.results()).extracting(QuestionResult::questionId).containsExactly("q1", "q2", "q3");
        assertThat(g.results()).extracting(QuestionResult::correctness).containsExactly(QuestionResult.Correctness.CORRECT,
                QuestionResult.Correctness.WRONG, QuestionResult.Correctness.UNANSWERED);
        assertThat(g.score()).isEqualTo(1);
        assertThat(g.maxScore()).isEqualTo(4);
        assertThat(g.percent()).isEqualTo(25);
        assertThat(g.passed()).isFalse();
    }

    @Test
    void an_attempt_exactly_at_the_pass_mark_passes() {
        List<DrawnQuestion> qs = List.of(drawn(single("q1", 3)), drawn(single("q2", 1)));
        QuizGrading.AttemptGrade g = QuizGrading.gradeAttempt(qs, Map.of("q1", new Answer.Choice(Set.of("q1-a"))), 75);
        assertThat(g.percent()).isEqualTo(75);
        assertThat(g.passed()).isTrue();
    }

    @Test
    void the_first_submission_that_reaches_the_pass_mark_is_the_one_that_passes_the_quiz() {
        List<AttemptStore.Light> attempts = List.of(light(1, AttemptStore.SUBMITTED, 60.0), light(2, AttemptStore.IN_PROGRESS, null));
        QuizGrading.GradeChange change = QuizGrading.gradeChange(GradingMethod.HIGHEST, attempts, 2, 80, 75, AT);
        assertThat(change.before()).isEqualTo(60.0);
        assertThat(change.after()).isEqualTo(80.0);
        assertThat(change.newlyPassed()).isTrue();
    }

    @Test
    void a_quiz_already_passed_is_not_passed_again_and_a_lower_last_attempt_can_lose_the_pass() {
        List<AttemptStore.Light> attempts = List.of(light(1, AttemptStore.SUBMITTED, 90.0), light(2, AttemptStore.IN_PROGRESS, null));
        assertThat(QuizGrading.gradeChange(GradingMethod.HIGHEST, attempts, 2, 95, 75, AT).newlyPassed()).isFalse();
        QuizGrading.GradeChange last = QuizGrading.gradeChange(GradingMethod.LAST, attempts, 2, 50, 75, AT);
        assertThat(last.after()).isEqualTo(50.0);
        assertThat(last.newlyPassed()).isFalse();
    }

    @Test
    void the_first_attempt_of_all_passes_with_no_grade_before() {
        QuizGrading.GradeChange change = QuizGrading.gradeChange(GradingMethod.FIRST, List.of(light(1, AttemptStore.IN_PROGRESS, null)), 1,
                100, 75, AT);
        assertThat(change.before()).isNull();
        assertThat(change.newlyPassed()).isTrue();
    }

    @Test
    void an_answer_must_use_the_questions_own_options_and_shape() {
        Question q = single("q1", 1);
        QuizService.checkAnswerFits(q, new Answer.Choice(Set.of("q1-a")));
        assertThatThrownBy(() -> QuizService.checkAnswerFits(q, new Answer.Choice(Set.of("invented"))))
                .isInstanceOf(QuizException.class).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> QuizService.checkAnswerFits(q, new Answer.Choice(Set.of("q1-a", "q1-b"))))
                .isInstanceOf(QuizException.class);
        assertThatThrownBy(() -> QuizService.checkAnswerFits(q, new Answer.Typed("A")))
                .isInstanceOf(QuizException.class);
        Question text = new Question("t", QuestionType.TEXT, "Name it", 1, List.of(),
                List.of(Question.Option.choice("t0", "occiput", true, null)), List.of(), List.of(), null, null, 1);
        QuizService.checkAnswerFits(text, new Answer.Typed("occiput"));
        assertThatThrownBy(() -> QuizService.checkAnswerFits(text, new Answer.Typed("x".repeat(501))))
                .isInstanceOf(QuizException.class);
    }
}

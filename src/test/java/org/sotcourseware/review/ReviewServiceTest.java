package org.sotcourseware.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.authoring.AuthoringService;
import org.sotcourseware.authoring.DraftService;
import org.sotcourseware.authoring.PublishingService;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.Question;
import org.sotcourseware.progress.ProgressService;
import org.sotcourseware.quiz.Answer;
import org.sotcourseware.quiz.AttemptId;
import org.sotcourseware.quiz.QuestionResult;
import org.sotcourseware.quiz.QuizReadModel;
import org.sotcourseware.quiz.QuizService;
import org.sotcourseware.security.UserId;
import org.sotcourseware.testsupport.Folders;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.MutableClock;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Spaced review through the real services on a copy of the quiz fixtures (plus a module "locked" that needs
 * "limited" first), with a clock the test moves day by day.
 */
@IntegrationTest
class ReviewServiceTest {

    static final Path CONTENT = copyFixture();
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry r) {
        r.add("sot.content.root", CONTENT::toString);
    }

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START);
        }
    }

    @Autowired ReviewService review;
    @Autowired MissedQuestions missed;
    @Autowired QuizService quizzes;
    @Autowired ProgressService progress;
    @Autowired CatalogueService catalogue;
    @Autowired TestUsers users;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired AuthoringService authoring;
    @Autowired DraftService drafts;
    @Autowired PublishingService publishing;

    String student;

    @BeforeEach
    void freshStudent() {
        clock.set(START);
        student = users.newStudent("review");
        users.signIn(student);
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    /** Publishes a new text of "edits/quiz.md" as the instructor would, then continues as the student. */
    void publish(String text) {
        users.signIn("instructor");
        try {
            var open = authoring.open("edits/quiz.md");
            drafts.saveDraft("edits/quiz.md", text, open.head(), null);
            var result = publishing.publish(List.of("edits/quiz.md"), null);
            assertThat(result.ok()).as(result.toString()).isTrue();
        } finally {
            users.signIn(student);
        }
    }

    UserId me() {
        return new UserId(users.id(student));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    void nextDay() {
        clock.advance(Duration.ofDays(1));
    }

    Question q(String module, String id) {
        return catalogue.module(module).orElseThrow().quiz().question(id).orElseThrow();
    }

    Answer right(String module, String id) {
        return new Answer.Choice(Set.copyOf(q(module, id).correctOptions().stream().map(Question.Option::id).toList()));
    }

    Answer wrong(String module, String id) {
        return new Answer.Choice(Set.of(q(module, id).options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().id()));
    }

    Answer oneOfTwo(String module, String id) {
        return new Answer.Choice(Set.of(q(module, id).correctOptions().getFirst().id()));
    }

    /** Submits an attempt at "each" with q-1 wrong and q-2 partly right. */
    AttemptId missBoth() {
        AttemptId id = quizzes.startOrResume("each");
        quizzes.saveAnswer(id, "q-1", wrong("each", "q-1"));
        quizzes.saveAnswer(id, "q-2", oneOfTwo("each", "q-2"));
        quizzes.submit(id);
        return id;
    }

    List<String> cardQuestions() {
        return jdbc.sql("select question_id from review_card c join app_user u on u.id = c.user_id where u.username = ? and c.retired_at is null "
                + "order by question_id").param(student).query(String.class).list();
    }

    @Test
    void wrong_and_partly_right_answers_become_cards_due_the_next_day_and_right_or_empty_ones_do_not() {
        missBoth();
        assertThat(cardQuestions()).containsExactly("q-1", "q-2");
        assertThat(review.summary().dueToday()).isZero();
        assertThat(review.next()).isEmpty();
        assertThat(review.summary().nextDue()).isEqualTo(today().plusDays(1));

        AttemptId second = quizzes.startOrResume("limited");
        quizzes.saveAnswer(second, "q-1", right("limited", "q-1")); // right; q-2 left empty
        quizzes.submit(second);
        assertThat(cardQuestions()).containsExactly("q-1", "q-2"); // none from "limited"

        nextDay();
        ReviewReadModel.Summary s = review.summary();
        assertThat(s.dueToday()).isEqualTo(2);
        assertThat(s.activeCards()).isEqualTo(2);
        ReviewReadModel.Card card = review.next().orElseThrow();
        assertThat(card.moduleId()).isEqualTo("each");
        assertThat(card.missedInQuiz()).isTrue();
        assertThat(card.dueLeft()).isEqualTo(2);
    }

    @Test
    void a_card_is_answered_graded_as_in_the_quiz_rated_and_scheduled_by_fsrs_day_by_day() {
        missBoth();
        nextDay();
        ReviewReadModel.Card card = review.next().orElseThrow();
        assertThatThrownBy(() -> review.rate(card.id(), Rating.GOOD)).isInstanceOf(ReviewException.class).hasMessageContaining("Answer the question")
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.message().key()).isEqualTo("review.error.rate-first"));
        assertThatThrownBy(() -> review.check(card.id(), new Answer.Choice(Set.of()))).hasMessageContaining("Answer the question");

        ReviewReadModel.Checked checked = review.check(card.id(), right("each", card.question().id()));
        assertThat(checked.feedback().correctness()).isEqualTo(QuestionResult.Correctness.CORRECT);
        assertThat(checked.feedback().explanationHtml()).isNotBlank(); // the key arrives with the feedback
        assertThat(checked.suggested()).isEqualTo(Rating.GOOD);
        // a new card: FSRS-6's first intervals (w0..w3 rounded, at least a day)
        assertThat(checked.intervals()).isEqualTo(Map.of(Rating.AGAIN, 1, Rating.HARD, 1, Rating.GOOD, 2, Rating.EASY, 8));
        ReviewReadModel.Rated rated = review.rate(card.id(), Rating.GOOD);
        assertThat(rated.dueOn()).isEqualTo(today().plusDays(2));
        assertThatThrownBy(() -> review.check(card.id(), right("each", card.question().id()))).hasMessageContaining("not due until")
                .isInstanceOfSatisfying(ReviewException.class, e -> {
                    assertThat(e.message()).isEqualTo(org.sotcourseware.base.Message.of("review.error.not-due", today().plusDays(2)));
                    assertThat(e.message().in(java.util.Locale.GERMAN))
                            .isEqualTo("Diese Karte ist erst am " + org.sotcourseware.base.Dates.day(today().plusDays(2), java.util.Locale.GERMAN) + " fällig.");
                });

        ReviewReadModel.Card other = review.next().orElseThrow();
        assertThat(other.id()).isNotEqualTo(card.id());
        assertThat(review.check(other.id(), wrong("each", other.question().id())).suggested()).isEqualTo(Rating.AGAIN);
        assertThat(review.rate(other.id(), Rating.AGAIN).dueOn()).isEqualTo(today().plusDays(1));
        assertThat(review.next()).isEmpty();
        ReviewReadModel.Summary s = review.summary();
        assertThat(s.streakDays()).isEqualTo(1);
        assertThat(s.reviewedToday()).isTrue();
        assertThat(s.reviews30()).isEqualTo(2);
        assertThat(s.retention30()).isNull(); // first reviews only: nothing seen before

        nextDay(); // the Again card is due; the Good one not before tomorrow
        assertThat(review.summary().streakDays()).isEqualTo(1); // alive until today ends
        ReviewReadModel.Card again = review.next().orElseThrow();
        assertThat(again.id()).isEqualTo(other.id());
        ReviewReadModel.Checked second = review.check(again.id(), right("each", again.question().id()));
        // S = 0.212, D = 6.4133, one day later: R = (1 + F/0.212)^-0.1542 = 0.766; Good grows S to 1.887: two days
        assertThat(second.intervals().get(Rating.GOOD)).isEqualTo(2);
        review.rate(again.id(), Rating.GOOD);
        s = review.summary();
        assertThat(s.streakDays()).isEqualTo(2);
        assertThat(s.retention30()).isEqualTo(100.0);
        assertThat(s.predictedRecall()).isNotNull();

        nextDay();
        nextDay();
        assertThat(review.summary().streakDays()).isZero(); // a day without review ends the streak
        assertThat(review.summary().dueToday()).isEqualTo(2);
    }

    @Test
    void reviews_never_change_quiz_grades_or_progress() {
        missBoth();
        nextDay();
        Map<String, QuizReadModel.Standing> before = quizzes.standings(me());
        var progressBefore = progress.mine();
        int attempts = jdbc.sql("select count(*) from quiz_attempt").query(Integer.class).single();
        while (review.next().isPresent()) {
            ReviewReadModel.Card c = review.next().orElseThrow();
            review.check(c.id(), right("each", c.question().id()));
            review.rate(c.id(), Rating.EASY);
        }
        assertThat(quizzes.standings(me())).isEqualTo(before);
        assertThat(progress.mine()).isEqualTo(progressBefore);
        assertThat(jdbc.sql("select count(*) from quiz_attempt").query(Integer.class).single()).isEqualTo(attempts);
    }

    @Test
    void an_edited_and_published_question_keeps_its_card_and_a_removed_one_retires_it() {
        AttemptId id = quizzes.startOrResume("edits");
        quizzes.saveAnswer(id, "q-1", wrong("edits", "q-1"));
        quizzes.saveAnswer(id, "q-2", oneOfTwo("edits", "q-2"));
        quizzes.submit(id);
        nextDay();
        long q1Card = review.next().filter(c -> c.question().id().equals("q-1")).orElseThrow().id().value();
        users.signIn("instructor");
        String original = authoring.open("edits/quiz.md").text();
        users.signIn(student);
        // an instructor rewrites q-1's prompt and deletes q-2, and publishes
        String edited = original.replace("## Pick the sacrum. {#q-1}", "## Which bone names the technique? {#q-1}");
        publish(edited.substring(0, edited.indexOf("## Select both poles.")));
        ReviewReadModel.Summary s = review.summary();
        assertThat(s.dueToday()).isEqualTo(1);
        assertThat(s.retiredCards()).isEqualTo(1);
        ReviewReadModel.Card card = review.next().orElseThrow();
        assertThat(card.id().value()).isEqualTo(q1Card);
        assertThat(card.question().promptHtml()).contains("Which bone names the technique?");
        assertThat(cardQuestions()).containsExactly("q-1");
        // the retired card is a record, not deleted; missing the question again would bring it back
        long me = me().value();
        missed.record(me, "edits", "edits-quiz", List.of("q-2"), today().plusDays(1), ReviewStore.MISSED, clock.instant());
        assertThat(jdbc.sql("select count(*) from review_card where user_id = ? and question_id = 'q-2' and retired_at is null")
                .param(me).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void a_locked_modules_cards_never_appear_and_cannot_be_answered() {
        long me = me().value();
        missed.record(me, "locked", "locked-quiz", List.of("q-1"), today(), ReviewStore.MISSED, clock.instant());
        ReviewReadModel.Summary s = review.summary();
        assertThat(s.dueToday()).isZero();
        assertThat(s.activeCards()).isEqualTo(1);
        assertThat(review.next()).isEmpty();
        long id = jdbc.sql("select id from review_card where user_id = ? and module_id = 'locked'").param(me).query(Long.class).single();
        assertThatThrownBy(() -> review.check(new ReviewCardId(id), right("locked", "q-1"))).hasMessageContaining("not open to you");
    }

    @Test
    void a_student_sees_and_answers_only_their_own_cards() {
        missBoth();
        nextDay();
        ReviewReadModel.Card mine = review.next().orElseThrow();
        String other = users.newStudent("review-other");
        users.signIn(other);
        assertThat(review.summary().activeCards()).isZero();
        assertThat(review.next()).isEmpty();
        assertThat(review.queued("each")).isEmpty();
        assertThatThrownBy(() -> review.check(mine.id(), right("each", mine.question().id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.rate(mine.id(), Rating.GOOD)).isInstanceOf(AccessDeniedException.class);
        users.signOut();
        assertThatThrownBy(() -> review.summary()).isInstanceOfAny(AccessDeniedException.class,
                org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void a_question_can_be_added_after_its_feedback_was_shown_and_not_before() {
        AttemptId attempt = quizzes.startOrResume("each");
        quizzes.saveAnswer(attempt, "q-1", right("each", "q-1"));
        assertThatThrownBy(() -> review.add(attempt.value(), "q-1")).hasMessageContaining("once you have seen its feedback");
        quizzes.check(attempt, "q-1"); // feedback after each question
        review.add(attempt.value(), "q-1");
        review.add(attempt.value(), "q-1"); // again: nothing changes
        assertThat(review.queued("each")).containsExactly("q-1");
        assertThat(jdbc.sql("select origin from review_card where user_id = ?").param(me().value()).query(String.class).list())
                .containsExactly("ADDED");

        // a quiz that shows answers only after a pass: a failed attempt's feedback was never shown
        AttemptId gated = quizzes.startOrResume("gated");
        quizzes.saveAnswer(gated, "q-1", wrong("gated", "q-1"));
        quizzes.submit(gated);
        assertThatThrownBy(() -> review.add(gated.value(), "q-2")).hasMessageContaining("once you have seen its feedback");

        String other = users.newStudent("review-other");
        users.signIn(other);
        assertThatThrownBy(() -> review.add(attempt.value(), "q-1")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_streak_counts_days_in_a_row_up_to_today_or_yesterday() {
        LocalDate d = LocalDate.of(2026, 3, 10);
        assertThat(ReviewService.streak(Set.of(), d)).isZero();
        assertThat(ReviewService.streak(Set.of(d, d.minusDays(1), d.minusDays(2), d.minusDays(4)), d)).isEqualTo(3);
        assertThat(ReviewService.streak(Set.of(d.minusDays(1), d.minusDays(2)), d)).isEqualTo(2);
        assertThat(ReviewService.streak(Set.of(d.minusDays(2)), d)).isZero();
    }

    private static Path copyFixture() {
        try {
            Path source = Path.of("src/test/resources/fixtures/quiz-content");
            Path target = Folders.copyToTemp(source, "review-content");
            // a module that opens only after "limited" is completed
            Files.createDirectories(target.resolve("locked"));
            Files.writeString(target.resolve("locked/module.md"), Files.readString(source.resolve("each/module.md")).replace("each", "locked"));
            Files.writeString(target.resolve("locked/quiz.md"), Files.readString(source.resolve("each/quiz.md")).replace("each-quiz", "locked-quiz"));
            // a copy of "each" that one test edits and publishes
            Files.createDirectories(target.resolve("edits"));
            Files.writeString(target.resolve("edits/module.md"), Files.readString(source.resolve("each/module.md")).replace("each", "edits"));
            Files.writeString(target.resolve("edits/quiz.md"), Files.readString(source.resolve("each/quiz.md")).replace("each-quiz", "edits-quiz"));
            Files.writeString(target.resolve("curriculum.yml"), Files.readString(source.resolve("curriculum.yml"))
                    + "  - id: locked\n    requires: [limited]\n  - id: edits\n");
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.sotcourseware.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.Question;
import org.sotcourseware.testsupport.Folders;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.MutableClock;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Attempts end to end through the service, on a copy of small fixture quizzes. */
@IntegrationTest
class QuizServiceTest {

    static final Path CONTENT = copyFixture();

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry r) {
        r.add("sot.content.root", CONTENT::toString);
    }

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
        }

        @Bean
        Events events() {
            return new Events();
        }
    }

    static class Events {
        final List<Object> published = new CopyOnWriteArrayList<>();

        @EventListener
        void on(QuizAttemptSubmitted e) {
            published.add(e);
        }

        @EventListener
        void on(QuizPassed e) {
            published.add(e);
        }

        long count(Class<?> type) {
            return published.stream().filter(type::isInstance).count();
        }
    }

    @Autowired QuizService quizzes;
    @Autowired CatalogueService catalogue;
    @Autowired TestUsers users;
    @Autowired MutableClock clock;
    @Autowired Events events;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void freshStudent() {
        // every test works as a new student, so attempt counts never leak between tests
        String name = users.newStudent("quiz");
        users.signIn(name);
        events.published.clear();
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    private Question q(String module, String id) {
        return catalogue.module(module).orElseThrow().quiz().question(id).orElseThrow();
    }

    private Answer correctChoice(String module, String id) {
        return new Answer.Choice(Set.copyOf(q(module, id).correctOptions().stream().map(Question.Option::id).toList()));
    }

    private Answer wrongChoice(String module, String id) {
        return new Answer.Choice(Set.of(q(module, id).options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().id()));
    }

    @Test
    void answers_are_saved_as_given_and_survive_a_reload_and_a_new_session() {
        AttemptId id = quizzes.startOrResume("limited");
        quizzes.saveAnswer(id, "q-1", correctChoice("limited", "q-1"));
        quizzes.saveAnswer(id, "q-2", wrongChoice("limited", "q-2"));
        quizzes.saveAnswer(id, "q-2", correctChoice("limited", "q-2")); // changed mind
        // a reload or a new browser session asks the server again: the same attempt, the same answers
        assertThat(quizzes.startOrResume("limited")).isEqualTo(id);
        QuizReadModel.Session s = quizzes.session(id);
        assertThat(s.answers()).containsEntry("q-1", correctChoice("limited", "q-1")).containsEntry("q-2", correctChoice("limited", "q-2"));
        assertThat(s.questions()).extracting(QuizReadModel.PresentedQuestion::id).containsExactlyInAnyOrder("q-1", "q-2");
    }

    @Test
    void the_attempt_records_what_was_drawn_the_content_version_and_the_times() {
        AttemptId id = quizzes.startOrResume("limited");
        var row = jdbc.sql("select quiz_version, content_version, attempt_no, started_at, deadline_at from quiz_attempt where id = ?")
                .param(id.value()).query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant())).single();
        assertThat(row.get(0)).isEqualTo(catalogue.module("limited").orElseThrow().quiz().version());
        assertThat(row.get(1)).isEqualTo(catalogue.curriculum().version());
        assertThat(row.get(2)).isEqualTo(1);
        assertThat((Instant) row.get(4)).isEqualTo(((Instant) row.get(3)).plus(Duration.ofMinutes(5)));
    }

    @Test
    void submitting_grades_once_and_a_second_submit_returns_the_same_result() {
        AttemptId id = quizzes.startOrResume("limited");
        quizzes.saveAnswer(id, "q-1", correctChoice("limited", "q-1"));
        QuizReadModel.Result first = quizzes.submit(id);
        QuizReadModel.Result again = quizzes.submit(id);
        assertThat(first.score()).isEqualTo(1);
        assertThat(first.maxScore()).isEqualTo(3);
        assertThat(first.attempt().percent()).isEqualTo(33.3);
        assertThat(first.attempt().passed()).isFalse();
        assertThat(again.attempt()).isEqualTo(first.attempt());
        assertThat(events.count(QuizAttemptSubmitted.class)).isEqualTo(1);
        assertThatThrownBy(() -> quizzes.saveAnswer(id, "q-2", correctChoice("limited", "q-2"))).hasMessageContaining("already been submitted");
    }

    @Test
    void two_tabs_submitting_at_once_produce_exactly_one_graded_attempt() throws Exception {
        AttemptId id = quizzes.startOrResume("limited");
        quizzes.saveAnswer(id, "q-1", correctChoice("limited", "q-1"));
        quizzes.saveAnswer(id, "q-2", correctChoice("limited", "q-2"));
        String me = jdbc.sql("select u.username from app_user u join quiz_attempt a on a.user_id = u.id where a.id = ?").param(id.value())
                .query(String.class).single();
        int tabs = 6;
        CyclicBarrier start = new CyclicBarrier(tabs);
        ExecutorService pool = Executors.newFixedThreadPool(tabs);
        try {
            List<Future<QuizReadModel.Result>> results = new ArrayList<>();
            for (int i = 0; i < tabs; i++) {
                results.add(pool.submit(() -> {
                    users.signIn(me);
                    start.await();
                    return quizzes.submit(id);
                }));
            }
            for (Future<QuizReadModel.Result> f : results) {
                assertThat(f.get().attempt().percent()).isEqualTo(100.0);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(events.count(QuizAttemptSubmitted.class)).isEqualTo(1);
        assertThat(events.count(QuizPassed.class)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from quiz_attempt where id = ? and status = 'SUBMITTED'").param(id.value()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void the_attempt_limit_is_enforced_on_the_server() {
        quizzes.submit(quizzes.startOrResume("limited"));
        quizzes.submit(quizzes.startOrResume("limited"));
        assertThatThrownBy(() -> quizzes.startOrResume("limited")).isInstanceOf(QuizException.class)
                .hasMessage("You have used all 2 attempts at this quiz.");
        assertThat(quizzes.overview("limited").orElseThrow().canStart()).isFalse();
    }

    @Test
    void the_time_limit_is_enforced_on_the_server_and_saved_answers_still_count() {
        AttemptId id = quizzes.startOrResume("limited");
        quizzes.saveAnswer(id, "q-1", correctChoice("limited", "q-1"));
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        try {
            assertThatThrownBy(() -> quizzes.saveAnswer(id, "q-2", correctChoice("limited", "q-2"))).hasMessageContaining("Time is up");
            QuizReadModel.Result r = quizzes.result(id);
            assertThat(r.score()).isEqualTo(1);
            assertThat(r.attempt().submittedAt()).isEqualTo(Instant.parse("2026-03-01T09:05:00Z").plus(Duration.between(Instant.parse("2026-03-01T09:00:00Z"), r.attempt().startedAt())));
        } finally {
            clock.set(Instant.parse("2026-03-01T09:00:00Z"));
        }
    }

    @Test
    void a_student_cannot_read_change_or_submit_another_students_attempt() {
        AttemptId id = quizzes.startOrResume("limited");
        users.ensureStudent("intruder");
        users.signIn("intruder");
        assertThatThrownBy(() -> quizzes.session(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.saveAnswer(id, "q-1", correctChoice("limited", "q-1"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.submit(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.result(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.hint(id, "q-1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.standing(new org.sotcourseware.security.UserId(users.id("student")), "limited"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void answers_must_belong_to_the_question() {
        AttemptId id = quizzes.startOrResume("limited");
        assertThatThrownBy(() -> quizzes.saveAnswer(id, "q-1", new Answer.Choice(Set.of("o-invented")))).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> quizzes.saveAnswer(id, "q-1", new Answer.Typed("sacrum"))).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> quizzes.saveAnswer(id, "q-9", new Answer.Typed("x"))).hasMessageContaining("not part of this attempt");
    }

    @Test
    void with_feedback_after_each_question_checking_locks_the_answer_and_shows_feedback() {
        AttemptId id = quizzes.startOrResume("each");
        quizzes.saveAnswer(id, "q-1", wrongChoice("each", "q-1"));
        QuizReadModel.Feedback f = quizzes.check(id, "q-1");
        assertThat(f.correctness()).isEqualTo(QuestionResult.Correctness.WRONG);
        assertThat(f.feedbackHtml()).singleElement().asString().contains("Too low.");
        assertThat(f.explanationHtml()).contains("two poles");
        assertThatThrownBy(() -> quizzes.saveAnswer(id, "q-1", correctChoice("each", "q-1"))).hasMessageContaining("already checked");
        assertThat(quizzes.session(id).checked()).containsKey("q-1");
        assertThatThrownBy(() -> quizzes.check(quizzes.startOrResume("limited"), "q-1")).hasMessageContaining("after you submit");
    }

    @Test
    void with_feedback_after_passing_the_review_stays_hidden_until_the_student_passes() {
        AttemptId failed = quizzes.startOrResume("gated");
        quizzes.saveAnswer(failed, "q-1", wrongChoice("gated", "q-1"));
        QuizReadModel.Result r = quizzes.submit(failed);
        assertThat(r.feedbackVisible()).isFalse();
        assertThat(r.items()).allSatisfy(i -> assertThat(i.feedback()).isNull());

        AttemptId passed = quizzes.startOrResume("gated");
        quizzes.saveAnswer(passed, "q-1", correctChoice("gated", "q-1"));
        quizzes.saveAnswer(passed, "q-2", correctChoice("gated", "q-2"));
        assertThat(quizzes.submit(passed).feedbackVisible()).isTrue();
        assertThat(quizzes.result(failed).feedbackVisible()).as("earlier attempts open up too").isTrue();
    }

    @Test
    void the_quiz_grade_follows_the_grading_method_and_quiz_passed_is_published_once() {
        AttemptId a = quizzes.startOrResume("each"); // average grading, pass mark 75
        quizzes.saveAnswer(a, "q-1", correctChoice("each", "q-1"));
        quizzes.saveAnswer(a, "q-2", correctChoice("each", "q-2"));
        quizzes.submit(a); // 100
        AttemptId b = quizzes.startOrResume("each");
        quizzes.submit(b); // 0
        QuizReadModel.Overview o = quizzes.overview("each").orElseThrow();
        assertThat(o.grade()).isEqualTo(50.0);
        assertThat(o.passed()).isFalse();
        assertThat(o.bestPercent()).isEqualTo(100.0);
        assertThat(events.count(QuizPassed.class)).isEqualTo(1); // the first attempt passed on its own
        assertThat(o.history()).extracting(QuizReadModel.AttemptSummary::number).containsExactly(1, 2);
    }

    @Test
    void a_submitted_attempt_keeps_its_grade_and_review_when_the_quiz_content_changes() throws IOException {
        AttemptId id = quizzes.startOrResume("gated");
        Answer right = correctChoice("gated", "q-1");
        quizzes.saveAnswer(id, "q-1", right);
        quizzes.saveAnswer(id, "q-2", correctChoice("gated", "q-2"));
        QuizReadModel.Result before = quizzes.submit(id);
        Path file = CONTENT.resolve("gated/quiz.md");
        String original = Files.readString(file);
        try {
            // the author now makes "Coccyx" the correct answer and rewrites the explanation
            Files.writeString(file, original.replace("- [x] Sacrum\n  > Yes.\n- [ ] Coccyx", "- [ ] Sacrum\n  > Yes.\n- [x] Coccyx")
                    .replace("one of the two poles", "CHANGED"));
            catalogue.reload();
            QuizReadModel.Result after = quizzes.result(id);
            assertThat(after.score()).isEqualTo(before.score());
            assertThat(after.items().getFirst().points()).isEqualTo(1);
            assertThat(after.items().getFirst().feedback().explanationHtml()).contains("one of the two poles").doesNotContain("CHANGED");
        } finally {
            Files.writeString(file, original);
            catalogue.reload();
        }
    }

    @Test
    void presented_questions_carry_no_answer_key_or_feedback() {
        AttemptId id = quizzes.startOrResume("limited");
        String shown = quizzes.session(id).questions().toString();
        assertThat(shown).doesNotContain("Too low.", "two poles", "Not a pole.", "correct=true", "Yes.");
    }

    private static Path copyFixture() {
        try {
            Path source = Path.of("src/test/resources/fixtures/quiz-content");
            Path target = Folders.copyToTemp(source, "quiz-content");
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

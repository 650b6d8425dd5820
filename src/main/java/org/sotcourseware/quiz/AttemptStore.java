package org.sotcourseware.quiz;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for attempts and answers. Every write to an attempt first locks its row ({@link #lock}). */
@Repository
class AttemptStore {

    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String SUBMITTED = "SUBMITTED";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record AttemptRow(long id, long userId, String moduleId, String quizId, String quizVersion, int number, String status,
                      List<DrawnQuestion> questions, int passMark, String feedbackMode, Instant startedAt,
                      @Nullable Instant deadline, @Nullable Instant submittedAt, @Nullable Double score,
                      @Nullable Double maxScore, @Nullable Double percent, @Nullable Boolean passed) {

        QuizReadModel.AttemptSummary summary() {
            return new QuizReadModel.AttemptSummary(new AttemptId(id), number, status, startedAt, submittedAt, percent, passed);
        }

        Light light() {
            return new Light(moduleId, quizId, number, status, percent, passMark, submittedAt);
        }
    }

    /** An attempt without its question snapshot: what grades and standings need. */
    record Light(String moduleId, String quizId, int number, String status, @Nullable Double percent, int passMark,
                 @Nullable Instant submittedAt) {
    }

    /** Every attempt of a user, lightly, in attempt order: one indexed query for a whole dashboard. */
    List<Light> lightForUser(long userId) {
        return jdbc.sql("select module_id, quiz_id, attempt_no, status, percent, pass_mark, submitted_at from quiz_attempt "
                        + "where user_id = ? order by module_id, attempt_no")
                .param(userId)
                .query((rs, i) -> new Light(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), (Double) rs.getObject(5),
                        rs.getInt(6), instantOrNull(rs.getTimestamp(7))))
                .list();
    }

    /** Every user's attempts, lightly, grouped by user: one query for a cohort's standings. */
    Map<Long, List<Light>> lightForAll() {
        Map<Long, List<Light>> out = new HashMap<>();
        jdbc.sql("select user_id, module_id, quiz_id, attempt_no, status, percent, pass_mark, submitted_at from quiz_attempt "
                        + "order by user_id, module_id, attempt_no")
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Light(rs.getString(2), rs.getString(3),
                            rs.getInt(4), rs.getString(5), (Double) rs.getObject(6), rs.getInt(7), instantOrNull(rs.getTimestamp(8))));
                });
        return out;
    }

    record AnswerRow(String questionId, Answer answer, boolean checked, @Nullable Double points) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    /**
     * Decoded question snapshots by attempt id. A snapshot never changes after the attempt is inserted, so a
     * cached one is right on every node; the JSON's hash guards against an id reused after a database reset.
     * Bounded: an exam of several hundred students keeps every open attempt decoded.
     */
    private final com.github.benmanes.caffeine.cache.Cache<Long, Snapshot> snapshots =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(2_000).build();

    private record Snapshot(int jsonHash, List<DrawnQuestion> questions) {
    }

    AttemptStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** What a write to an attempt needs to check, without its question snapshot. */
    record Header(long id, long userId, String moduleId, String quizId, String status, String feedbackMode, @Nullable Instant deadline) {
    }

    /** Locks the attempt row (as {@link #lock}) and reads only its header: the cheap lock for saving one answer. */
    Optional<Header> lockHeader(long attemptId) {
        return jdbc.sql("select id, user_id, module_id, quiz_id, status, feedback_mode, deadline_at from quiz_attempt where id = ? for update")
                .param(attemptId)
                .query((rs, i) -> new Header(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), instantOrNull(rs.getTimestamp(7))))
                .optional();
    }

    /** The attempt's drawn questions (decoded once per attempt and cached). */
    List<DrawnQuestion> questions(long attemptId) {
        Snapshot cached = snapshots.getIfPresent(attemptId);
        if (cached != null) {
            return cached.questions();
        }
        String json = jdbc.sql("select questions_json from quiz_attempt where id = ?").param(attemptId).query(String.class).single();
        return decode(attemptId, json);
    }

    private List<DrawnQuestion> decode(long attemptId, String json) {
        Snapshot cached = snapshots.getIfPresent(attemptId);
        if (cached != null && cached.jsonHash() == json.hashCode()) {
            return cached.questions();
        }
        List<DrawnQuestion> questions = List.copyOf(JSON.readValue(json, new TypeReference<List<DrawnQuestion>>() { }));
        snapshots.put(attemptId, new Snapshot(json.hashCode(), questions));
        return questions;
    }

    /** Whether the student has checked this question (feedback after each question): its answer is then final. */
    boolean isChecked(long attemptId, String questionId) {
        return jdbc.sql("select checked from quiz_answer where attempt_id = ? and question_id = ?").params(attemptId, questionId)
                .query(Boolean.class).optional().orElse(false);
    }

    /** A user's attempts at one quiz, lightly (no snapshots), in attempt order. */
    List<Light> lightForQuiz(long userId, String quizId) {
        return jdbc.sql("select module_id, quiz_id, attempt_no, status, percent, pass_mark, submitted_at from quiz_attempt "
                        + "where user_id = ? and quiz_id = ? order by attempt_no")
                .params(userId, quizId)
                .query((rs, i) -> new Light(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), (Double) rs.getObject(5),
                        rs.getInt(6), instantOrNull(rs.getTimestamp(7))))
                .list();
    }

    private static final String COLUMNS = "id, user_id, module_id, quiz_id, quiz_version, attempt_no, status, questions_json, "
            + "pass_mark, feedback_mode, started_at, deadline_at, submitted_at, score, max_score, percent, passed";

    long insert(long userId, String moduleId, String quizId, String quizVersion, String contentVersion, int number, long seed,
                List<DrawnQuestion> questions, int passMark, String feedbackMode, Instant startedAt, @Nullable Instant deadline) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into quiz_attempt (user_id, module_id, quiz_id, quiz_version, content_version, attempt_no, status, seed, "
                        + "questions_json, pass_mark, feedback_mode, started_at, deadline_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(userId, moduleId, quizId, quizVersion, contentVersion, number, IN_PROGRESS, seed,
                        JSON.writeValueAsString(questions), passMark, feedbackMode, ts(startedAt), ts(deadline))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "generated id").longValue();
    }

    Optional<AttemptRow> find(long attemptId) {
        return jdbc.sql("select " + COLUMNS + " from quiz_attempt where id = ?").param(attemptId).query(this::row).optional();
    }

    /** Locks the attempt row for the rest of the transaction: one writer per attempt at a time. */
    Optional<AttemptRow> lock(long attemptId) {
        return jdbc.sql("select " + COLUMNS + " from quiz_attempt where id = ? for update").param(attemptId).query(this::row).optional();
    }

    List<AttemptRow> forUser(long userId, String quizId) {
        return jdbc.sql("select " + COLUMNS + " from quiz_attempt where user_id = ? and quiz_id = ? order by attempt_no")
                .params(userId, quizId).query(this::row).list();
    }

    Map<String, AnswerRow> answers(long attemptId) {
        Map<String, AnswerRow> out = new LinkedHashMap<>();
        jdbc.sql("select question_id, answer_json, checked, points from quiz_answer where attempt_id = ?").param(attemptId)
                .query((rs, i) -> new AnswerRow(rs.getString(1), AnswerCodec.read(rs.getString(2)), rs.getBoolean(3),
                        (Double) rs.getObject(4)))
                .list().forEach(a -> out.put(a.questionId(), a));
        return out;
    }

    void saveAnswer(long attemptId, String questionId, Answer answer, Instant at) {
        String json = AnswerCodec.write(answer);
        int updated = jdbc.sql("update quiz_answer set answer_json = ?, answered_at = ? where attempt_id = ? and question_id = ?")
                .params(json, ts(at), attemptId, questionId).update();
        if (updated == 0) {
            jdbc.sql("insert into quiz_answer (attempt_id, question_id, answer_json, answered_at) values (?,?,?,?)")
                    .params(attemptId, questionId, json, ts(at)).update();
        }
    }

    void deleteAnswer(long attemptId, String questionId) {
        jdbc.sql("delete from quiz_answer where attempt_id = ? and question_id = ?").params(attemptId, questionId).update();
    }

    void markGraded(long attemptId, String questionId, QuestionResult r, boolean checked, Instant at) {
        int updated = jdbc.sql("update quiz_answer set points = ?, max_points = ?, correctness = ?, checked = ? where attempt_id = ? and question_id = ?")
                .params(r.points(), r.maxPoints(), r.correctness().name(), checked, attemptId, questionId).update();
        if (updated == 0) { // unanswered question: record its zero too, so the stored attempt is complete
            jdbc.sql("insert into quiz_answer (attempt_id, question_id, answer_json, answered_at, points, max_points, correctness, checked) "
                            + "values (?,?,?,?,?,?,?,?)")
                    .params(attemptId, questionId, AnswerCodec.write(new Answer.Typed("")), ts(at), r.points(), r.maxPoints(),
                            r.correctness().name(), checked)
                    .update();
        }
    }

    /**
     * Records every question's grade of a submitted attempt in two batches: updates for the answered
     * questions ({@code answered} holds their ids), inserts of a zero row for the others.
     */
    void markAllGraded(long attemptId, List<QuestionResult> results, Set<String> answered, Set<String> checked,
                       Instant at) {
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        String empty = AnswerCodec.write(new Answer.Typed(""));
        for (QuestionResult r : results) {
            boolean isChecked = checked.contains(r.questionId());
            if (answered.contains(r.questionId())) {
                updates.add(new Object[] {r.points(), r.maxPoints(), r.correctness().name(), isChecked, attemptId, r.questionId()});
            } else {
                inserts.add(new Object[] {attemptId, r.questionId(), empty, ts(at), r.points(), r.maxPoints(), r.correctness().name(), isChecked});
            }
        }
        if (!updates.isEmpty()) {
            batch.batchUpdate("update quiz_answer set points = ?, max_points = ?, correctness = ?, checked = ? "
                    + "where attempt_id = ? and question_id = ?", updates);
        }
        if (!inserts.isEmpty()) {
            batch.batchUpdate("insert into quiz_answer (attempt_id, question_id, answer_json, answered_at, points, max_points, correctness, checked) "
                    + "values (?,?,?,?,?,?,?,?)", inserts);
        }
    }

    /** Marks the attempt submitted; returns false if it already was (idempotency guard under the row lock). */
    boolean submit(long attemptId, Instant at, double score, double max, double percent, boolean passed) {
        return jdbc.sql("update quiz_attempt set status = ?, submitted_at = ?, score = ?, max_score = ?, percent = ?, passed = ? "
                        + "where id = ? and status = ?")
                .params(SUBMITTED, ts(at), score, max, percent, passed, attemptId, IN_PROGRESS).update() == 1;
    }

    /** Every submitted attempt at a quiz with its graded answers: two queries, for item analysis. */
    List<QuizReadModel.AnalysisAttempt> submittedForAnalysis(String quizId) {
        Map<Long, List<QuizReadModel.AnalysisAnswer>> answers = new HashMap<>();
        jdbc.sql("select a.attempt_id, a.question_id, a.answer_json, a.points, a.max_points from quiz_answer a "
                        + "join quiz_attempt t on t.id = a.attempt_id where t.quiz_id = ? and t.status = ?")
                .params(quizId, SUBMITTED)
                .query(rs -> {
                    Answer given = AnswerCodec.read(rs.getString(3));
                    Set<String> chosen = given instanceof Answer.Choice c ? c.optionIds() : Set.of();
                    Double points = (Double) rs.getObject(4);
                    Double max = (Double) rs.getObject(5);
                    answers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new QuizReadModel.AnalysisAnswer(
                            rs.getString(2), points == null ? 0 : points, max == null ? 0 : max, !given.isEmpty(), chosen));
                });
        return jdbc.sql("select id, user_id, attempt_no, score, max_score, percent, passed from quiz_attempt "
                        + "where quiz_id = ? and status = ? order by id")
                .params(quizId, SUBMITTED)
                .query((rs, i) -> new QuizReadModel.AnalysisAttempt(rs.getLong(2), rs.getInt(3), rs.getDouble(4), rs.getDouble(5),
                        rs.getDouble(6), rs.getBoolean(7), answers.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    private AttemptRow row(ResultSet rs, int i) throws SQLException {
        return new AttemptRow(rs.getLong("id"), rs.getLong("user_id"), rs.getString("module_id"), rs.getString("quiz_id"),
                rs.getString("quiz_version"), rs.getInt("attempt_no"), rs.getString("status"),
                decode(rs.getLong("id"), rs.getString("questions_json")),
                rs.getInt("pass_mark"), rs.getString("feedback_mode"), instant(rs.getTimestamp("started_at")),
                instantOrNull(rs.getTimestamp("deadline_at")), instantOrNull(rs.getTimestamp("submitted_at")),
                (Double) rs.getObject("score"), (Double) rs.getObject("max_score"), (Double) rs.getObject("percent"),
                (Boolean) rs.getObject("passed"));
    }

    private static @Nullable Timestamp ts(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(Timestamp t) {
        return t.toInstant();
    }

    private static @Nullable Instant instantOrNull(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}

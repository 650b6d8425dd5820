package org.sotcourseware.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for review cards and the review log. */
@Repository
class ReviewStore {

    static final String MISSED = "MISSED";
    static final String ADDED = "ADDED";

    private static final String CARD_COLUMNS = "id, user_id, module_id, quiz_id, question_id, origin, created_at, due_on, stability, difficulty, "
            + "last_review_on, reviews, lapses, pending_correctness, pending_points, pending_max_points, retired_at";

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A card as stored. {@code stability} and {@code difficulty} are null until its first rating. */
    record CardRow(long id, long userId, String moduleId, String quizId, String questionId, String origin, Instant createdAt, LocalDate dueOn,
                   @Nullable Double stability, @Nullable Double difficulty, @Nullable LocalDate lastReviewOn, int reviews, int lapses,
                   @Nullable String pendingCorrectness, @Nullable Double pendingPoints, @Nullable Double pendingMaxPoints,
                   @Nullable Instant retiredAt) {

        boolean retired() {
            return retiredAt != null;
        }

        Scheduler.@Nullable Memory memory() {
            return stability == null || difficulty == null ? null : new Scheduler.Memory(stability, difficulty);
        }
    }

    /** One rating in the log. */
    record LogRow(long cardId, LocalDate day, Rating rating, String correctness, @Nullable Integer elapsedDays) {
    }

    List<CardRow> cards(long userId) {
        return jdbc.sql("select " + CARD_COLUMNS + " from review_card where user_id = ? order by due_on, id").param(userId)
                .query(ReviewStore::card).list();
    }

    Optional<CardRow> find(long id) {
        return jdbc.sql("select " + CARD_COLUMNS + " from review_card where id = ?").param(id).query(ReviewStore::card).optional();
    }

    Optional<CardRow> lock(long id) {
        return jdbc.sql("select " + CARD_COLUMNS + " from review_card where id = ? for update").param(id).query(ReviewStore::card).optional();
    }

    Optional<CardRow> find(long userId, String moduleId, String questionId) {
        return jdbc.sql("select " + CARD_COLUMNS + " from review_card where user_id = ? and module_id = ? and question_id = ?")
                .params(userId, moduleId, questionId).query(ReviewStore::card).optional();
    }

    void insert(long userId, String moduleId, String quizId, String questionId, String origin, Instant at, LocalDate dueOn) {
        jdbc.sql("insert into review_card (user_id, module_id, quiz_id, question_id, origin, created_at, due_on, reviews, lapses) "
                        + "values (?,?,?,?,?,?,?,0,0)")
                .params(userId, moduleId, quizId, questionId, origin, Timestamp.from(at), Date.valueOf(dueOn)).update();
    }

    /** A retired card back in the review (its question was missed again), due on {@code dueOn}. */
    void reactivate(long id, LocalDate dueOn) {
        jdbc.sql("update review_card set retired_at = null, due_on = ?, pending_correctness = null, pending_points = null, "
                + "pending_max_points = null where id = ?").params(Date.valueOf(dueOn), id).update();
    }

    void retire(long id, Instant at) {
        jdbc.sql("update review_card set retired_at = ? where id = ? and retired_at is null").params(Timestamp.from(at), id).update();
    }

    /** The graded answer waiting for its rating. */
    void savePending(long id, String correctness, double points, double maxPoints) {
        jdbc.sql("update review_card set pending_correctness = ?, pending_points = ?, pending_max_points = ? where id = ?")
                .params(correctness, points, maxPoints, id).update();
    }

    /** The schedule after a rating; clears the pending answer. */
    void schedule(long id, Scheduler.Memory memory, LocalDate reviewedOn, LocalDate dueOn, boolean lapse) {
        jdbc.sql("update review_card set stability = ?, difficulty = ?, last_review_on = ?, due_on = ?, reviews = reviews + 1, "
                        + "lapses = lapses + ?, pending_correctness = null, pending_points = null, pending_max_points = null where id = ?")
                .params(memory.stability(), memory.difficulty(), Date.valueOf(reviewedOn), Date.valueOf(dueOn), lapse ? 1 : 0, id).update();
    }

    void log(long cardId, long userId, Instant at, LocalDate day, Rating rating, String correctness, @Nullable Integer elapsedDays,
             Scheduler.Memory memory, LocalDate dueOn) {
        jdbc.sql("insert into review_log (card_id, user_id, reviewed_at, review_day, rating, correctness, elapsed_days, stability, difficulty, "
                        + "due_on) values (?,?,?,?,?,?,?,?,?,?)")
                .params(cardId, userId, Timestamp.from(at), Date.valueOf(day), rating.grade(), correctness, elapsedDays, memory.stability(),
                        memory.difficulty(), Date.valueOf(dueOn)).update();
    }

    /** Every rating of the user, oldest first. */
    List<LogRow> log(long userId) {
        return jdbc.sql("select card_id, review_day, rating, correctness, elapsed_days from review_log where user_id = ? order by id")
                .param(userId).query((rs, n) -> {
                    int elapsed = rs.getInt(5);
                    boolean first = rs.wasNull();
                    return new LogRow(rs.getLong(1), rs.getDate(2).toLocalDate(), Rating.ofGrade(rs.getInt(3)), rs.getString(4),
                            first ? null : elapsed);
                }).list();
    }

    private static CardRow card(ResultSet rs, int n) throws SQLException {
        Timestamp retired = rs.getTimestamp("retired_at");
        Date last = rs.getDate("last_review_on");
        return new CardRow(rs.getLong("id"), rs.getLong("user_id"), rs.getString("module_id"), rs.getString("quiz_id"), rs.getString("question_id"),
                rs.getString("origin"), rs.getTimestamp("created_at").toInstant(), rs.getDate("due_on").toLocalDate(), nullableDouble(rs, "stability"),
                nullableDouble(rs, "difficulty"), last == null ? null : last.toLocalDate(), rs.getInt("reviews"), rs.getInt("lapses"),
                rs.getString("pending_correctness"), nullableDouble(rs, "pending_points"), nullableDouble(rs, "pending_max_points"),
                retired == null ? null : retired.toInstant());
    }

    private static @Nullable Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}

package org.sotcourseware.exam;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for practical exams, their stations, examiners, candidates and score sheets. */
@Repository
class ExamStore {

    private final JdbcClient jdbc;

    ExamStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ExamRow(long id, long seminarId, String trackId, String title, LocalDateTime startsAt, int slotMinutes, int changeoverMinutes,
                   OsceStatistics.Method method, int mustPass, @Nullable Instant releasedAt) {
    }

    record StationRow(int stationNo, String moduleId, String stationId, String room) {
    }

    record SheetRow(long id, long examId, int stationNo, long candidateId, long examinerId, String stationVersion, @Nullable Integer rating,
                    @Nullable String comment, @Nullable Instant submittedAt) {
    }

    record MarkRow(long sheetId, String itemId, @Nullable Integer marks, @Nullable String comment) {
    }

    record CorrectionRow(long id, long sheetId, String kind, @Nullable String itemId, @Nullable Integer oldValue, @Nullable Integer newValue,
                         String reason, long by, Instant at) {
    }

    private static final String SHEET = "select id, exam_id, station_no, candidate_id, examiner_id, station_version, rating, comment, "
            + "submitted_at from score_sheet ";

    private static final String EXAM = "select id, seminar_id, track_id, title, starts_at, slot_minutes, changeover_minutes, method, must_pass, "
            + "released_at from practical_exam";

    long insert(long seminarId, String trackId, String title, LocalDateTime startsAt, int slot, int changeover, OsceStatistics.Method method,
                int mustPass, long by, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into practical_exam (seminar_id, track_id, title, starts_at, slot_minutes, changeover_minutes, method, must_pass, "
                        + "created_by, created_at) values (?,?,?,?,?,?,?,?,?,?)")
                .params(seminarId, trackId, title, Timestamp.valueOf(startsAt), slot, changeover, method.name(), mustPass, by, Timestamp.from(now))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "generated id").longValue();
    }

    void addStation(long examId, int no, String moduleId, String stationId, String room) {
        jdbc.sql("insert into practical_exam_station (exam_id, station_no, module_id, station_id, room) values (?,?,?,?,?)")
                .params(examId, no, moduleId, stationId, room).update();
    }

    void addExaminer(long examId, int no, long userId) {
        jdbc.sql("insert into practical_exam_examiner (exam_id, station_no, user_id) values (?,?,?)").params(examId, no, userId).update();
    }

    void addCandidate(long examId, long userId, int slot) {
        jdbc.sql("insert into practical_exam_candidate (exam_id, user_id, slot) values (?,?,?)").params(examId, userId, slot).update();
    }

    List<ExamRow> all() {
        return jdbc.sql(EXAM + " order by starts_at desc, id desc").query(ExamStore::exam).list();
    }

    Optional<ExamRow> find(long id) {
        return jdbc.sql(EXAM + " where id = ?").param(id).query(ExamStore::exam).optional();
    }

    Optional<ExamRow> lock(long id) {
        return jdbc.sql(EXAM + " where id = ? for update").param(id).query(ExamStore::exam).optional();
    }

    List<ExamRow> examining(long userId) {
        return jdbc.sql(EXAM + " where id in (select exam_id from practical_exam_examiner where user_id = ?) order by starts_at desc")
                .param(userId).query(ExamStore::exam).list();
    }

    List<ExamRow> releasedFor(long candidateId) {
        return jdbc.sql(EXAM + " where released_at is not null and id in (select exam_id from practical_exam_candidate where user_id = ?) "
                + "order by starts_at desc").param(candidateId).query(ExamStore::exam).list();
    }

    void release(long examId, long by, Instant at) {
        jdbc.sql("update practical_exam set released_at = ?, released_by = ? where id = ?").params(Timestamp.from(at), by, examId).update();
    }

    List<StationRow> stations(long examId) {
        return jdbc.sql("select station_no, module_id, station_id, room from practical_exam_station where exam_id = ? order by station_no")
                .param(examId).query((rs, i) -> new StationRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    Map<Integer, List<Long>> examiners(long examId) {
        Map<Integer, List<Long>> out = new HashMap<>();
        jdbc.sql("select station_no, user_id from practical_exam_examiner where exam_id = ? order by station_no, user_id").param(examId)
                .query(rs -> {
                    out.computeIfAbsent(rs.getInt(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2));
                });
        return out;
    }

    /** Candidates in running-order slot order. */
    List<long[]> candidates(long examId) {
        return jdbc.sql("select user_id, slot from practical_exam_candidate where exam_id = ? order by slot").param(examId)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getInt(2)}).list();
    }

    Optional<SheetRow> sheet(long examId, int stationNo, long candidateId, long examinerId) {
        return jdbc.sql(SHEET + "where exam_id = ? and station_no = ? and candidate_id = ? and examiner_id = ?")
                .params(examId, stationNo, candidateId, examinerId).query(ExamStore::sheet).optional();
    }

    Optional<SheetRow> sheet(long sheetId) {
        return jdbc.sql(SHEET + "where id = ?").param(sheetId).query(ExamStore::sheet).optional();
    }

    Optional<SheetRow> lockSheet(long sheetId) {
        return jdbc.sql(SHEET + "where id = ? for update").param(sheetId).query(ExamStore::sheet).optional();
    }

    List<SheetRow> sheets(long examId) {
        return jdbc.sql(SHEET + "where exam_id = ? order by station_no, candidate_id, examiner_id").param(examId).query(ExamStore::sheet).list();
    }

    long insertSheet(long examId, int stationNo, long candidateId, long examinerId, String version, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into score_sheet (exam_id, station_no, candidate_id, examiner_id, station_version, updated_at) values (?,?,?,?,?,?)")
                .params(examId, stationNo, candidateId, examinerId, version, Timestamp.from(now)).update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "generated id").longValue();
    }

    void setMark(long sheetId, String itemId, @Nullable Integer marks, Instant now) {
        int n = jdbc.sql("update score_mark set marks = ? where sheet_id = ? and item_id = ?").params(marks, sheetId, itemId).update();
        if (n == 0) {
            jdbc.sql("insert into score_mark (sheet_id, item_id, marks) values (?,?,?)").params(sheetId, itemId, marks).update();
        }
        touch(sheetId, now);
    }

    void setItemComment(long sheetId, String itemId, @Nullable String comment, Instant now) {
        int n = jdbc.sql("update score_mark set comment = ? where sheet_id = ? and item_id = ?").params(comment, sheetId, itemId).update();
        if (n == 0) {
            jdbc.sql("insert into score_mark (sheet_id, item_id, comment) values (?,?,?)").params(sheetId, itemId, comment).update();
        }
        touch(sheetId, now);
    }

    void setRating(long sheetId, @Nullable Integer rating, Instant now) {
        jdbc.sql("update score_sheet set rating = ?, updated_at = ? where id = ?").params(rating, Timestamp.from(now), sheetId).update();
    }

    void setComment(long sheetId, @Nullable String comment, Instant now) {
        jdbc.sql("update score_sheet set comment = ?, updated_at = ? where id = ?").params(comment, Timestamp.from(now), sheetId).update();
    }

    void submit(long sheetId, Instant now) {
        jdbc.sql("update score_sheet set submitted_at = ?, updated_at = ? where id = ?").params(Timestamp.from(now), Timestamp.from(now), sheetId).update();
    }

    private void touch(long sheetId, Instant now) {
        jdbc.sql("update score_sheet set updated_at = ? where id = ?").params(Timestamp.from(now), sheetId).update();
    }

    List<MarkRow> marks(long sheetId) {
        return jdbc.sql("select sheet_id, item_id, marks, comment from score_mark where sheet_id = ?").param(sheetId).query(ExamStore::mark).list();
    }

    List<MarkRow> marksOfExam(long examId) {
        return jdbc.sql("select m.sheet_id, m.item_id, m.marks, m.comment from score_mark m join score_sheet s on s.id = m.sheet_id where s.exam_id = ?")
                .param(examId).query(ExamStore::mark).list();
    }

    void addCorrection(long sheetId, String kind, @Nullable String itemId, @Nullable Integer oldValue, @Nullable Integer newValue, String reason,
                       long by, Instant at) {
        jdbc.sql("insert into score_correction (sheet_id, kind, item_id, old_value, new_value, reason, by_user, corrected_at) values (?,?,?,?,?,?,?,?)")
                .params(sheetId, kind, itemId, oldValue, newValue, reason, by, Timestamp.from(at)).update();
    }

    List<CorrectionRow> corrections(long examId) {
        return jdbc.sql("select c.id, c.sheet_id, c.kind, c.item_id, c.old_value, c.new_value, c.reason, c.by_user, c.corrected_at "
                        + "from score_correction c join score_sheet s on s.id = c.sheet_id where s.exam_id = ? order by c.corrected_at, c.id")
                .param(examId).query((rs, i) -> new CorrectionRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), integer(rs, 5),
                        integer(rs, 6), rs.getString(7), rs.getLong(8), rs.getTimestamp(9).toInstant())).list();
    }

    private static ExamRow exam(ResultSet rs, int i) throws SQLException {
        Timestamp released = rs.getTimestamp(10);
        return new ExamRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toLocalDateTime(), rs.getInt(6),
                rs.getInt(7), OsceStatistics.Method.valueOf(rs.getString(8)), rs.getInt(9), released == null ? null : released.toInstant());
    }

    private static SheetRow sheet(ResultSet rs, int i) throws SQLException {
        Timestamp submitted = rs.getTimestamp(9);
        return new SheetRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4), rs.getLong(5), rs.getString(6), integer(rs, 7),
                rs.getString(8), submitted == null ? null : submitted.toInstant());
    }

    private static MarkRow mark(ResultSet rs, int i) throws SQLException {
        return new MarkRow(rs.getLong(1), rs.getString(2), integer(rs, 3), rs.getString(4));
    }

    private static @Nullable Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}

package org.sotcourseware.seminar;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for seminars, enrolment, attendance and exam results. */
@Repository
class SeminarStore {

    private final JdbcClient jdbc;

    SeminarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long id, String title, String venue, boolean online, LocalDate startsOn, LocalDate endsOn, double hoursPerDay, int capacity,
               SeminarReadModel.Status status, @Nullable String notes) {
    }

    record AttendanceRow(long seminarId, long userId, LocalDate day, SeminarReadModel.Presence presence, double hours) {
    }

    record ExamRow(long id, long seminarId, long userId, String trackId, @Nullable Double written, @Nullable Double practical, LocalDate date,
                   String examiner) {
    }

    private static final String COLUMNS = "id, title, venue, online, starts_on, ends_on, hours_per_day, capacity, status, notes";

    List<Row> all() {
        return jdbc.sql("select " + COLUMNS + " from seminar order by starts_on desc, id desc").query(SeminarStore::row).list();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from seminar where id = ?").param(id).query(SeminarStore::row).optional();
    }

    Optional<Row> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from seminar where id = ? for update").param(id).query(SeminarStore::row).optional();
    }

    long insert(SeminarReadModel.Form f, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into seminar (title, venue, online, starts_on, ends_on, hours_per_day, capacity, status, notes, created_at, updated_at) "
                        + "values (?,?,?,?,?,?,?,?,?,?,?)")
                .params(f.title(), f.venue(), f.online(), Date.valueOf(f.startsOn()), Date.valueOf(f.endsOn()), f.hoursPerDay(), f.capacity(),
                        f.status().name(), f.notes(), Timestamp.from(now), Timestamp.from(now))
                .update(keys, "id");
        long id = Objects.requireNonNull(keys.getKey(), "generated id").longValue();
        links(id, f);
        return id;
    }

    void update(long id, SeminarReadModel.Form f, Instant now) {
        jdbc.sql("update seminar set title = ?, venue = ?, online = ?, starts_on = ?, ends_on = ?, hours_per_day = ?, capacity = ?, status = ?, "
                        + "notes = ?, updated_at = ? where id = ?")
                .params(f.title(), f.venue(), f.online(), Date.valueOf(f.startsOn()), Date.valueOf(f.endsOn()), f.hoursPerDay(), f.capacity(),
                        f.status().name(), f.notes(), Timestamp.from(now), id)
                .update();
        jdbc.sql("delete from seminar_module where seminar_id = ?").param(id).update();
        jdbc.sql("delete from seminar_instructor where seminar_id = ?").param(id).update();
        links(id, f);
    }

    private void links(long id, SeminarReadModel.Form f) {
        for (String m : f.modules()) {
            jdbc.sql("insert into seminar_module (seminar_id, module_id) values (?,?)").params(id, m).update();
        }
        for (var u : f.instructors()) {
            jdbc.sql("insert into seminar_instructor (seminar_id, user_id) values (?,?)").params(id, u.value()).update();
        }
    }

    Map<Long, Set<String>> modules() {
        Map<Long, Set<String>> out = new HashMap<>();
        jdbc.sql("select seminar_id, module_id from seminar_module").query(rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
        });
        return out;
    }

    List<Long> instructors(long seminarId) {
        return jdbc.sql("select user_id from seminar_instructor where seminar_id = ?").param(seminarId).query(Long.class).list();
    }

    Map<Long, Integer> enrolledCounts() {
        Map<Long, Integer> out = new HashMap<>();
        jdbc.sql("select seminar_id, count(*) from enrolment group by seminar_id").query(rs -> {
            out.put(rs.getLong(1), rs.getInt(2));
        });
        return out;
    }

    List<Long> enrolled(long seminarId) {
        return jdbc.sql("select user_id from enrolment where seminar_id = ? order by enrolled_at, user_id").param(seminarId).query(Long.class).list();
    }

    boolean enrol(long seminarId, long userId, @Nullable Long by, Instant at) {
        Integer n = jdbc.sql("select count(*) from enrolment where seminar_id = ? and user_id = ?").params(seminarId, userId).query(Integer.class).single();
        if (n > 0) {
            return false;
        }
        jdbc.sql("insert into enrolment (seminar_id, user_id, enrolled_at, enrolled_by) values (?,?,?,?)")
                .params(seminarId, userId, Timestamp.from(at), by).update();
        return true;
    }

    boolean unenrol(long seminarId, long userId) {
        jdbc.sql("delete from attendance where seminar_id = ? and user_id = ?").params(seminarId, userId).update();
        return jdbc.sql("delete from enrolment where seminar_id = ? and user_id = ?").params(seminarId, userId).update() > 0;
    }

    void setAttendance(long seminarId, long userId, LocalDate day, SeminarReadModel.Presence presence, double hours, long by, Instant at) {
        int n = jdbc.sql("update attendance set status = ?, hours = ?, recorded_by = ?, recorded_at = ? where seminar_id = ? and user_id = ? and on_day = ?")
                .params(presence.name(), hours, by, Timestamp.from(at), seminarId, userId, Date.valueOf(day)).update();
        if (n == 0) {
            jdbc.sql("insert into attendance (seminar_id, user_id, on_day, status, hours, recorded_by, recorded_at) values (?,?,?,?,?,?,?)")
                    .params(seminarId, userId, Date.valueOf(day), presence.name(), hours, by, Timestamp.from(at)).update();
        }
    }

    void deleteAttendanceOutside(long seminarId, LocalDate from, LocalDate to) {
        jdbc.sql("delete from attendance where seminar_id = ? and (on_day < ? or on_day > ?)").params(seminarId, Date.valueOf(from), Date.valueOf(to)).update();
    }

    List<AttendanceRow> attendance(long seminarId) {
        return jdbc.sql("select seminar_id, user_id, on_day, status, hours from attendance where seminar_id = ?").param(seminarId)
                .query(SeminarStore::attendanceRow).list();
    }

    long saveExam(long seminarId, long userId, String trackId, @Nullable Double written, @Nullable Double practical, LocalDate date,
                  String examiner, long by, Instant at) {
        int n = jdbc.sql("update exam_result set written = ?, practical = ?, exam_date = ?, examiner = ?, recorded_by = ?, recorded_at = ? "
                        + "where seminar_id = ? and user_id = ? and track_id = ?")
                .params(written, practical, Date.valueOf(date), examiner, by, Timestamp.from(at), seminarId, userId, trackId).update();
        if (n == 0) {
            jdbc.sql("insert into exam_result (seminar_id, user_id, track_id, written, practical, exam_date, examiner, recorded_by, recorded_at) "
                            + "values (?,?,?,?,?,?,?,?,?)")
                    .params(seminarId, userId, trackId, written, practical, Date.valueOf(date), examiner, by, Timestamp.from(at)).update();
        }
        return jdbc.sql("select id from exam_result where seminar_id = ? and user_id = ? and track_id = ?").params(seminarId, userId, trackId)
                .query(Long.class).single();
    }

    boolean deleteExam(long seminarId, long examId) {
        return jdbc.sql("delete from exam_result where seminar_id = ? and id = ?").params(seminarId, examId).update() > 0;
    }

    List<ExamRow> exams(long seminarId) {
        return jdbc.sql("select id, seminar_id, user_id, track_id, written, practical, exam_date, examiner from exam_result where seminar_id = ?")
                .param(seminarId).query(SeminarStore::examRow).list();
    }

    /** Attended hours per user and seminar, for the given users (all users when {@code userIds} is null). */
    Map<Long, Map<Long, Double>> hours(@Nullable Collection<Long> userIds) {
        Map<Long, Map<Long, Double>> out = new HashMap<>();
        String where = userIds == null ? "" : " where user_id in (" + placeholders(userIds.size()) + ")";
        var spec = jdbc.sql("select user_id, seminar_id, sum(hours) from attendance" + where + " group by user_id, seminar_id");
        if (userIds != null) {
            spec = spec.params(new ArrayList<>(userIds));
        }
        spec.query(rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getDouble(3));
        });
        return out;
    }

    /** Exam results for the given users (all users when null). */
    List<ExamRow> examsOf(@Nullable Collection<Long> userIds) {
        String where = userIds == null ? "" : " where user_id in (" + placeholders(userIds.size()) + ")";
        var spec = jdbc.sql("select id, seminar_id, user_id, track_id, written, practical, exam_date, examiner from exam_result" + where);
        if (userIds != null) {
            spec = spec.params(new ArrayList<>(userIds));
        }
        return spec.query(SeminarStore::examRow).list();
    }

    /** Which seminars each user is enrolled in. */
    Map<Long, List<Long>> enrolments(@Nullable Collection<Long> userIds) {
        Map<Long, List<Long>> out = new HashMap<>();
        String where = userIds == null ? "" : " where user_id in (" + placeholders(userIds.size()) + ")";
        var spec = jdbc.sql("select user_id, seminar_id from enrolment" + where);
        if (userIds != null) {
            spec = spec.params(new ArrayList<>(userIds));
        }
        spec.query(rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        return out;
    }

    private static String placeholders(int n) {
        return n == 0 ? "null" : String.join(",", Collections.nCopies(n, "?"));
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(),
                rs.getDouble(7), rs.getInt(8), SeminarReadModel.Status.valueOf(rs.getString(9)), rs.getString(10));
    }

    private static AttendanceRow attendanceRow(ResultSet rs, int i) throws SQLException {
        return new AttendanceRow(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(), SeminarReadModel.Presence.valueOf(rs.getString(4)),
                rs.getDouble(5));
    }

    private static ExamRow examRow(ResultSet rs, int i) throws SQLException {
        return new ExamRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), (Double) rs.getObject(5), (Double) rs.getObject(6),
                rs.getDate(7).toLocalDate(), rs.getString(8));
    }
}

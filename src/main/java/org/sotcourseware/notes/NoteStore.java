package org.sotcourseware.notes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for highlights and notes. Every read and write names the owner, so one student's rows never reach another. */
@Repository
class NoteStore {

    record Row(long id, long userId, String moduleId, String lessonId, String exact, String prefix, String suffix, int start,
               @Nullable String note, String contentVersion, Instant createdAt, Instant updatedAt) {
    }

    private static final String COLUMNS = "id, user_id, module_id, lesson_id, quote_exact, quote_prefix, quote_suffix, quote_start, note, "
            + "content_version, created_at, updated_at";

    private final JdbcClient jdbc;

    NoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String moduleId, String lessonId, String exact, String prefix, String suffix, int start, @Nullable String note,
                String contentVersion, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into lesson_note (user_id, module_id, lesson_id, quote_exact, quote_prefix, quote_suffix, quote_start, note, "
                        + "content_version, created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?,?)")
                .params(userId, moduleId, lessonId, exact, prefix, suffix, start, note, contentVersion, Timestamp.from(at), Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from lesson_note where id = ?").param(id).query(NoteStore::row).optional();
    }

    List<Row> forLesson(long userId, String moduleId, String lessonId) {
        return jdbc.sql("select " + COLUMNS + " from lesson_note where user_id = ? and module_id = ? and lesson_id = ? order by quote_start, id")
                .params(userId, moduleId, lessonId).query(NoteStore::row).list();
    }

    List<Row> forModule(long userId, String moduleId) {
        return jdbc.sql("select " + COLUMNS + " from lesson_note where user_id = ? and module_id = ? order by lesson_id, quote_start, id")
                .params(userId, moduleId).query(NoteStore::row).list();
    }

    boolean updateNote(long id, long userId, @Nullable String note, Instant at) {
        return jdbc.sql("update lesson_note set note = ?, updated_at = ? where id = ? and user_id = ?")
                .params(note, Timestamp.from(at), id, userId).update() == 1;
    }

    boolean delete(long id, long userId) {
        return jdbc.sql("delete from lesson_note where id = ? and user_id = ?").params(id, userId).update() == 1;
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getInt(8), rs.getString(9), rs.getString(10), rs.getTimestamp(11).toInstant(), rs.getTimestamp(12).toInstant());
    }
}

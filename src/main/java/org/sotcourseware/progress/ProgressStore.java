package org.sotcourseware.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the facts progress owns: lessons read, earned completions, overrides, activity. */
@Repository
class ProgressStore {

    private final JdbcClient jdbc;

    ProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Map<String, Instant>> lessonsRead(long userId) {
        Map<String, Map<String, Instant>> out = new HashMap<>();
        jdbc.sql("select module_id, lesson_id, read_at from lesson_read where user_id = ?").param(userId)
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getTimestamp(3).toInstant());
                });
        return out;
    }

    /** Inserts the read mark; false if the lesson was already marked read. */
    boolean markRead(long userId, String moduleId, String lessonId, Instant at) {
        Integer n = jdbc.sql("select count(*) from lesson_read where user_id = ? and module_id = ? and lesson_id = ?")
                .params(userId, moduleId, lessonId).query(Integer.class).single();
        if (n > 0) {
            return false;
        }
        jdbc.sql("insert into lesson_read (user_id, module_id, lesson_id, read_at) values (?,?,?,?)")
                .params(userId, moduleId, lessonId, Timestamp.from(at)).update();
        return true;
    }

    boolean markUnread(long userId, String moduleId, String lessonId) {
        return jdbc.sql("delete from lesson_read where user_id = ? and module_id = ? and lesson_id = ?")
                .params(userId, moduleId, lessonId).update() > 0;
    }

    Map<String, Instant> earned(long userId) {
        Map<String, Instant> out = new HashMap<>();
        jdbc.sql("select module_id, completed_at from module_completion where user_id = ?").param(userId)
                .query(rs -> {
                    out.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                });
        return out;
    }

    boolean earn(long userId, String moduleId, Instant at, String contentVersion) {
        Integer n = jdbc.sql("select count(*) from module_completion where user_id = ? and module_id = ?").params(userId, moduleId)
                .query(Integer.class).single();
        if (n > 0) {
            return false;
        }
        jdbc.sql("insert into module_completion (user_id, module_id, completed_at, content_version) values (?,?,?,?)")
                .params(userId, moduleId, Timestamp.from(at), contentVersion).update();
        return true;
    }

    Set<String> overrides(long userId) {
        return new HashSet<>(jdbc.sql("select module_id from module_override where user_id = ?").param(userId).query(String.class).list());
    }

    record Override(String moduleId, String grantedBy, String reason, Instant at) {
    }

    List<Override> overrideDetails(long userId) {
        return jdbc.sql("select o.module_id, u.display_name, o.reason, o.granted_at from module_override o join app_user u on u.id = o.granted_by "
                        + "where o.user_id = ? order by o.granted_at")
                .param(userId).query((rs, i) -> new Override(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant())).list();
    }

    boolean grantOverride(long userId, String moduleId, long grantedBy, String reason, Instant at) {
        Integer n = jdbc.sql("select count(*) from module_override where user_id = ? and module_id = ?").params(userId, moduleId)
                .query(Integer.class).single();
        if (n > 0) {
            return false;
        }
        jdbc.sql("insert into module_override (user_id, module_id, granted_by, reason, granted_at) values (?,?,?,?,?)")
                .params(userId, moduleId, grantedBy, reason, Timestamp.from(at)).update();
        return true;
    }

    Set<String> startedModules(long userId) {
        return new HashSet<>(jdbc.sql("select distinct module_id from learning_activity where user_id = ?").param(userId).query(String.class).list());
    }

    void activity(long userId, Instant at, String kind, String moduleId, String itemId, String title, @Nullable String detail) {
        jdbc.sql("insert into learning_activity (user_id, at, kind, module_id, item_id, title, detail) values (?,?,?,?,?,?,?)")
                .params(userId, Timestamp.from(at), kind, moduleId, itemId, title, detail).update();
    }

    record ActivityRow(String kind, String moduleId, String itemId, String title, @Nullable String detail, Instant at) {
    }

    List<ActivityRow> recent(long userId, int limit) {
        return jdbc.sql("select kind, module_id, item_id, title, detail, at from learning_activity where user_id = ? "
                        + "order by at desc, id desc fetch first " + Math.max(1, limit) + " rows only")
                .param(userId).query((rs, i) -> new ActivityRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    // ----- a whole cohort in a few queries (staff screens) -----

    Map<Long, Map<String, Map<String, Instant>>> lessonsReadAll() {
        Map<Long, Map<String, Map<String, Instant>>> out = new HashMap<>();
        jdbc.sql("select user_id, module_id, lesson_id, read_at from lesson_read").query(rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).computeIfAbsent(rs.getString(2), k -> new LinkedHashMap<>())
                    .put(rs.getString(3), rs.getTimestamp(4).toInstant());
        });
        return out;
    }

    Map<Long, Map<String, Instant>> earnedAll() {
        Map<Long, Map<String, Instant>> out = new HashMap<>();
        jdbc.sql("select user_id, module_id, completed_at from module_completion").query(rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getTimestamp(3).toInstant());
        });
        return out;
    }

    Map<Long, Set<String>> overridesAll() {
        Map<Long, Set<String>> out = new HashMap<>();
        jdbc.sql("select user_id, module_id from module_override").query(rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
        });
        return out;
    }

    Map<Long, Set<String>> startedAll() {
        Map<Long, Set<String>> out = new HashMap<>();
        jdbc.sql("select distinct user_id, module_id from learning_activity").query(rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
        });
        return out;
    }
}

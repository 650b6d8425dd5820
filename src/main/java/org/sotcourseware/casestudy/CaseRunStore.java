package org.sotcourseware.casestudy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.content.CaseStudy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for case runs and their steps. Every write to a run first locks its row ({@link #lock}). */
@Repository
class CaseRunStore {

    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String COMPLETED = "COMPLETED";
    static final String ABANDONED = "ABANDONED";
    /** Snapshots written before a field was added to the case records read with that field's default (false, null). */
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    record RunRow(long id, long userId, String moduleId, String caseId, CaseStudy snapshot, String status, String currentStage,
                  int score, int maxScore, Instant startedAt, @Nullable Instant completedAt) {

        /** This run after a step: at {@code stage} with {@code score}, and finished at {@code completed} if it ended. */
        RunRow movedTo(String stage, int newScore, String newStatus, @Nullable Instant completed) {
            return new RunRow(id, userId, moduleId, caseId, snapshot, newStatus, stage, newScore, maxScore, startedAt, completed);
        }
    }

    /**
     * A run without its snapshot (a whole case, decoded from JSON): what standings, the cases list and the other runs
     * beside the one on screen need.
     */
    record Light(long id, String moduleId, String caseId, String status, int score, int maxScore, Instant startedAt,
                 @Nullable Instant completedAt) {
    }

    private static final String LIGHT_COLUMNS = "id, module_id, case_id, status, score, max_score, started_at, completed_at";

    List<Light> lightForUser(long userId) {
        return jdbc.sql("select " + LIGHT_COLUMNS + " from case_run where user_id = ? order by id").param(userId)
                .query(CaseRunStore::light).list();
    }

    /** A student's runs of one module, without their snapshots, oldest first. */
    List<Light> forUser(long userId, String moduleId) {
        return jdbc.sql("select " + LIGHT_COLUMNS + " from case_run where user_id = ? and module_id = ? order by id")
                .params(userId, moduleId).query(CaseRunStore::light).list();
    }

    /** Every user's runs, lightly, grouped by user: one query for a cohort. */
    Map<Long, List<Light>> lightForAll() {
        Map<Long, List<Light>> out = new HashMap<>();
        jdbc.sql("select user_id, " + LIGHT_COLUMNS + " from case_run order by id")
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong("user_id"), k -> new ArrayList<>()).add(light(rs, 0));
                });
        return out;
    }

    private static Light light(ResultSet rs, int i) throws SQLException {
        Timestamp done = rs.getTimestamp("completed_at");
        return new Light(rs.getLong("id"), rs.getString("module_id"), rs.getString("case_id"), rs.getString("status"), rs.getInt("score"),
                rs.getInt("max_score"), rs.getTimestamp("started_at").toInstant(), done == null ? null : done.toInstant());
    }

    record StepRow(int seq, String stageId, @Nullable String decisionId, Set<String> chosen, int points, String nextStage,
                   Instant decidedAt) {
    }

    private static final String COLUMNS = "id, user_id, module_id, case_id, snapshot_json, status, current_stage, score, max_score, "
            + "started_at, completed_at";

    private final JdbcClient jdbc;

    CaseRunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, CaseStudy cs, String contentVersion, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into case_run (user_id, module_id, case_id, case_version, content_version, snapshot_json, status, "
                        + "current_stage, max_score, started_at) values (?,?,?,?,?,?,?,?,?,?)")
                .params(userId, cs.moduleId(), cs.id(), cs.version(), contentVersion, JSON.writeValueAsString(cs), IN_PROGRESS,
                        cs.first().id(), cs.maxPoints(), Timestamp.from(at))
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "generated id").longValue();
    }

    Optional<RunRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from case_run where id = ?").param(id).query(CaseRunStore::row).optional();
    }

    Optional<RunRow> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from case_run where id = ? for update").param(id).query(CaseRunStore::row).optional();
    }

    List<StepRow> steps(long runId) {
        return jdbc.sql("select seq, stage_id, decision_id, chosen_json, points, next_stage, decided_at from case_step where run_id = ? order by seq")
                .param(runId)
                .query((rs, i) -> new StepRow(rs.getInt(1), rs.getString(2), rs.getString(3),
                        Set.copyOf(JSON.readValue(rs.getString(4), new TypeReference<List<String>>() { })), rs.getInt(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

    void addStep(long runId, int seq, CaseEngine.Step step, String nextStage, Instant at) {
        jdbc.sql("insert into case_step (run_id, seq, stage_id, decision_id, chosen_json, points, next_stage, decided_at) values (?,?,?,?,?,?,?,?)")
                .params(runId, seq, step.stageId(), step.decisionId(), JSON.writeValueAsString(step.chosen().stream().sorted().toList()),
                        step.points(), nextStage, Timestamp.from(at))
                .update();
    }

    void moveTo(long runId, String stage, int score) {
        jdbc.sql("update case_run set current_stage = ?, score = ? where id = ?").params(stage, score, runId).update();
    }

    void complete(long runId, String stage, int score, Instant at) {
        jdbc.sql("update case_run set current_stage = ?, score = ?, status = ?, completed_at = ? where id = ? and status = ?")
                .params(stage, score, COMPLETED, Timestamp.from(at), runId, IN_PROGRESS).update();
    }

    void abandon(long runId) {
        jdbc.sql("update case_run set status = ? where id = ? and status = ?").params(ABANDONED, runId, IN_PROGRESS).update();
    }

    private static RunRow row(ResultSet rs, int i) throws SQLException {
        Timestamp done = rs.getTimestamp("completed_at");
        return new RunRow(rs.getLong("id"), rs.getLong("user_id"), rs.getString("module_id"), rs.getString("case_id"),
                JSON.readValue(rs.getString("snapshot_json"), CaseStudy.class), rs.getString("status"), rs.getString("current_stage"),
                rs.getInt("score"), rs.getInt("max_score"), rs.getTimestamp("started_at").toInstant(), done == null ? null : done.toInstant());
    }
}

package org.sotcourseware.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit log. {@link #record} joins the caller's transaction, so an action and its
 * audit entry are committed together or not at all.
 */
@Service
public class AuditLog {

    /** The actor name of actions the app takes by itself. */
    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records an action by the signed-in user (or the system when nobody is signed in). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String target, @Nullable String detail) {
        SignedInUser me = currentUser.get().orElse(null);
        recordAs(me == null ? null : me.id().value(), me == null ? SYSTEM : me.displayName() + " (" + me.username() + ")",
                action, target, detail);
    }

    /** Records an action by a named actor (a sign-in, where nobody is signed in yet). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(@Nullable Long actorId, String actorName, String action, String target, @Nullable String detail) {
        jdbc.sql("insert into audit_event (at, actor_id, actor_name, action, target, detail) values (?,?,?,?,?,?)")
                .params(Timestamp.from(clock.instant()), actorId, clip(actorName, 200), clip(action, 60), clip(target, 500),
                        detail == null ? null : clip(detail, 4000))
                .update();
    }

    /** Sign-ins, locks, role and password changes from the security feature, in the transaction of the change. */
    @org.springframework.context.event.EventListener
    void on(org.sotcourseware.security.SecurityEvent e) {
        recordAs(e.actorId() == null ? null : e.actorId().value(), e.actorName(), e.action(), e.target(), e.detail());
    }

    /**
     * The newest entries first, optionally only those whose action, target, actor or detail contains
     * {@code search} (case-insensitive).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<AuditEntry> recent(@Nullable String search, int limit) {
        return search(new Query(search == null ? "" : search, null, null, null), limit);
    }

    /**
     * What the audit screen asks for: a search (action, target, actor or detail contains it, case-insensitive), one
     * action key, and the days from and to (inclusive, in the app's time zone); each may be left out.
     */
    public record Query(String search, @Nullable String action, @Nullable LocalDate from, @Nullable LocalDate to) {
    }

    /** The newest entries first that match {@code query}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<AuditEntry> search(Query query, int limit) {
        String q = query.search().strip().toLowerCase(Locale.ROOT);
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (!q.isEmpty()) {
            where.add("(lower(action) like :q or lower(target) like :q or lower(actor_name) like :q or lower(coalesce(detail, '')) like :q)");
            params.put("q", "%" + q.replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.action() != null) {
            where.add("action = :action");
            params.put("action", query.action());
        }
        if (query.from() != null) {
            where.add("at >= :from");
            params.put("from", Timestamp.from(query.from().atStartOfDay(clock.getZone()).toInstant()));
        }
        if (query.to() != null) {
            where.add("at < :to");
            params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
        var spec = jdbc.sql("select id, at, actor_id, actor_name, action, target, detail from audit_event"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by id desc limit :limit")
                .param("limit", Math.max(1, Math.min(limit, 5000)));
        for (var p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query((rs, i) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), (Long) rs.getObject(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))).list();
    }

    /** Every action key in the log, for the screen's filter by type. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<String> actions() {
        return jdbc.sql("select distinct action from audit_event order by action").query(String.class).list();
    }

    /** The time zone the log's days are counted in. */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

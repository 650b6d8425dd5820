package org.sotcourseware.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.Translatable;
import org.sotcourseware.base.Translations;
import org.sotcourseware.security.AccountChanged;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.SignedInUser;
import org.sotcourseware.security.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything held about one person, and the erasure of a student. Each section of the export is one query
 * over one table by the person's id; {@link #TABLES} lists every column that refers to an account, with
 * what the export and the erasure do with it.
 */
@Service
public class PersonalData {

    /** What happens to one column that refers to an account: exported as the person's, and what erasure does. */
    public record Column(String table, String column, String erasure) {
    }

    /** Every column that refers to an account (checked against the migrations by a guard test). */
    public static final List<Column> TABLES = List.of(
            new Column("app_user", "id", "name, username and email replaced by a pseudonym, password made unusable, account disabled"),
            new Column("app_user_role", "user_id", "kept (the pseudonymous account stays a student, for statistics)"),
            new Column("quiz_attempt", "user_id", "kept, without a name (statistics)"),
            new Column("case_run", "user_id", "kept, without a name (statistics)"),
            new Column("lesson_read", "user_id", "kept, without a name (statistics)"),
            new Column("module_completion", "user_id", "kept, without a name (statistics)"),
            new Column("module_override", "user_id", "kept; the reason, which may name the student, is removed"),
            new Column("module_override", "granted_by", "staff: not the student's"),
            new Column("learning_activity", "user_id", "kept, without a name (statistics)"),
            new Column("enrolment", "user_id", "kept, without a name (seminar figures)"),
            new Column("enrolment", "enrolled_by", "staff: not the student's"),
            new Column("attendance", "user_id", "kept, without a name (seminar figures)"),
            new Column("attendance", "recorded_by", "staff: not the student's"),
            new Column("exam_result", "user_id", "kept, without a name (pass rates)"),
            new Column("exam_result", "recorded_by", "staff: not the student's"),
            new Column("certificate", "user_id", "kept and verifiable, the holder's name withheld"),
            new Column("certificate", "awarded_by", "staff: not the student's"),
            new Column("certificate", "revoked_by", "staff: not the student's"),
            new Column("seminar_instructor", "user_id", "staff: students are never instructors"),
            new Column("content_revision", "author_id", "staff: students do not author"),
            new Column("content_publication", "published_by", "staff: students do not publish"),
            new Column("practical_exam_candidate", "user_id", "kept, without a name (exam figures)"),
            new Column("score_sheet", "candidate_id", "kept, without a name (exam statistics and standard setting)"),
            new Column("score_sheet", "examiner_id", "staff: students do not examine"),
            new Column("practical_exam_examiner", "user_id", "staff: students do not examine"),
            new Column("practical_exam", "created_by", "staff: not the student's"),
            new Column("practical_exam", "released_by", "staff: not the student's"),
            new Column("score_correction", "by_user", "staff: not the student's"),
            new Column("review_card", "user_id", "kept, without a name (review figures)"),
            new Column("review_log", "user_id", "kept, without a name (review figures)"),
            new Column("password_setup", "user_id", "deleted"),
            new Column("second_factor", "user_id", "deleted"),
            new Column("recovery_code", "user_id", "deleted"),
            new Column("user_session", "user_id", "deleted (where and when the person was signed in)"),
            new Column("lesson_note", "user_id", "deleted (the student's own highlights and notes)"),
            new Column("audit_event", "actor_id", "the name in entries about or by the student replaced by the pseudonym"));

    /** The "My data" page. */
    public static final String ROUTE = "account/data";
    static final String WITHHELD = "Name withheld at the holder's request";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PersonalData(JdbcClient jdbc, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    // ----- export (articles 15 and 20) -----

    /** The signed-in person's data, section by section (each a list of rows, column to value). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<String, List<Map<String, Object>>> mine() {
        SignedInUser me = currentUser.require();
        return of(me.id().value());
    }

    /** The signed-in person's data as JSON. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] mineAsJson() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("exported_at", clock.instant().toString());
        doc.put("about", "Everything SOT Courseware holds about you, by section. Ids name content (modules, lessons, questions) as "
                + "in the curriculum.");
        doc.putAll(mine());
        return JSON.writeValueAsBytes(doc);
    }

    /** The signed-in person's data as a page that reads well in a browser and prints, in English. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public String mineAsHtml() {
        return mineAsHtml(Locale.ENGLISH);
    }

    /**
     * The signed-in person's data as a page in {@code language}: its title, notes and section headings translated; the
     * column headings are the field names of the JSON download, and the values are as stored.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public String mineAsHtml(Locale language) {
        Map<String, List<Map<String, Object>>> data = mine();
        Document doc = Document.createShell("");
        doc.getElementsByTag("html").attr("lang", Locales.closest(language).getLanguage());
        doc.title(Translations.text(language, "privacy.export.title"));
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("style").text("body{font-family:sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1a2433}"
                + "table{border-collapse:collapse;width:100%;margin-bottom:2rem;font-size:.9rem}th,td{border:1px solid #ccd;padding:.3rem .5rem;"
                + "text-align:left;vertical-align:top}th{background:#eef2f6}p.none{color:#667}");
        Element body = doc.body();
        body.appendElement("h1").text(Translations.text(language, "privacy.export.title"));
        body.appendElement("p").text(Translations.text(language, "privacy.export.exported",
                LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault())));
        data.forEach((section, rows) -> {
            String key = "privacy.export.section." + section.replace('_', '-');
            body.appendElement("h2").text(Translations.patterns(Locale.ENGLISH).containsKey(key) ? Translations.text(language, key) : title(section));
            if (rows.isEmpty()) {
                body.appendElement("p").addClass("none").text(Translations.text(language, "privacy.export.nothing"));
                return;
            }
            Element table = body.appendElement("table");
            Element head = table.appendElement("thead").appendElement("tr");
            rows.getFirst().keySet().forEach(k -> head.appendElement("th").text(title(k)));
            Element tbody = table.appendElement("tbody");
            for (Map<String, Object> row : rows) {
                Element tr = tbody.appendElement("tr");
                row.values().forEach(v -> tr.appendElement("td").text(v == null ? "" : v.toString()));
            }
        });
        return doc.outerHtml();
    }

    private static String title(String key) {
        String s = key.replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    Map<String, List<Map<String, Object>>> of(long id) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        out.put("profile", rows("select u.username, u.display_name, u.email, u.enabled, u.created_at, u.language, "
                + "(select count(*) from second_factor f where f.user_id = u.id and f.confirmed_at is not null) as second_factor "
                + "from app_user u where u.id = ?", id));
        out.put("roles", rows("select role from app_user_role where user_id = ? order by role", id));
        out.put("lessons_read", rows("select module_id, lesson_id, read_at from lesson_read where user_id = ? order by read_at", id));
        out.put("modules_completed", rows("select * from module_completion where user_id = ?", id));
        out.put("modules_opened_for_you", rows("select o.module_id, o.reason, o.granted_at, g.display_name as granted_by from module_override o "
                + "join app_user g on g.id = o.granted_by where o.user_id = ?", id));
        out.put("learning_activity", rows("select * from learning_activity where user_id = ? order by at", id));
        out.put("quiz_attempts", rows("select * from quiz_attempt where user_id = ? order by id", id));
        out.put("quiz_answers", rows("select a.* from quiz_answer a join quiz_attempt q on q.id = a.attempt_id where q.user_id = ? "
                + "order by a.attempt_id", id));
        out.put("case_runs", rows("select * from case_run where user_id = ? order by id", id));
        out.put("case_steps", rows("select s.* from case_step s join case_run r on r.id = s.run_id where r.user_id = ? order by s.run_id", id));
        out.put("review_cards", rows("select module_id, question_id, origin, created_at, due_on, reviews, lapses, retired_at from review_card "
                + "where user_id = ? order by id", id));
        out.put("reviews", rows("select c.module_id, c.question_id, l.reviewed_at, l.rating, l.correctness, l.due_on from review_log l "
                + "join review_card c on c.id = l.card_id where l.user_id = ? order by l.id", id));
        out.put("seminars", rows("select s.title, s.venue, s.starts_on, s.ends_on, e.enrolled_at from enrolment e join seminar s on s.id = e.seminar_id "
                + "where e.user_id = ? order by s.starts_on", id));
        out.put("attendance", rows("select s.title as seminar, a.on_day, a.status, a.hours from attendance a join seminar s on s.id = a.seminar_id "
                + "where a.user_id = ? order by a.on_day", id));
        out.put("exam_results", rows("select s.title as seminar, x.track_id, x.written, x.practical, x.exam_date, x.examiner from exam_result x "
                + "join seminar s on s.id = x.seminar_id where x.user_id = ? order by x.exam_date", id));
        // practical exams: the score sheets about the student once the exam's results are released (as on "My exams")
        out.put("practical_exams", rows("select p.title, p.track_id, p.starts_at, p.released_at, c.slot from practical_exam_candidate c "
                + "join practical_exam p on p.id = c.exam_id where c.user_id = ? order by p.starts_at", id));
        out.put("practical_exam_sheets", rows("select p.title as exam, h.station_no, h.rating, h.comment, h.submitted_at, m.item_id, m.marks, "
                + "m.comment as item_comment from score_sheet h join practical_exam p on p.id = h.exam_id left join score_mark m on m.sheet_id = h.id "
                + "where h.candidate_id = ? and p.released_at is not null order by p.starts_at, h.station_no, h.id, m.item_id", id));
        out.put("highlights_and_notes", rows("select module_id, lesson_id, quote_exact as quote, note, created_at, updated_at from lesson_note "
                + "where user_id = ? order by id", id));
        out.put("certificates", rows("select code, track_title, holder_name, issuer, issued_on, expires_on, achievements, revoked_at, revoke_reason "
                + "from certificate where user_id = ? order by issued_on", id));
        out.put("sessions", rows("select signed_in_at, last_seen_at, address, device, ended_at, ended_how from user_session "
                + "where user_id = ? order by signed_in_at", id));
        out.put("audit_entries", rows("select at, actor_name, action, target, detail from audit_event where actor_id = ? or target like ? "
                + "order by id", id, "user " + id + " %"));
        return out;
    }

    private List<Map<String, Object>> rows(String sql, Object... params) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : jdbc.sql(sql).params(params).query().listOfRows()) {
            Map<String, Object> clean = new LinkedHashMap<>();
            row.forEach((k, v) -> {
                String key = k.toLowerCase(Locale.ROOT);
                if (!key.equals("user_id") && !key.equals("password_hash")) {
                    clean.put(key, v instanceof Timestamp t ? t.toInstant().toString() : v instanceof java.sql.Date d ? d.toLocalDate().toString()
                            : v instanceof java.sql.Clob c ? clob(c) : v);
                }
            });
            out.add(clean);
        }
        return out;
    }

    private static String clob(java.sql.Clob c) {
        try {
            return c.getSubString(1, (int) c.length());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ----- erasure (article 17) -----

    /** What erasing a student would do, counted, for the administrator to confirm. */
    public record ErasurePlan(UserId user, String username, String displayName, Map<String, Integer> records, int certificates,
                              List<Message> steps) {
    }

    /** A request the erasure refuses, in words for the administrator (an {@link IllegalArgumentException}, as before). */
    public static class ErasureRefused extends IllegalArgumentException implements Translatable {

        private final Message message;

        public ErasureRefused(Message message) {
            super(message.english());
            this.message = message;
        }

        @Override
        public Message message() {
            return message;
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public ErasurePlan plan(UserId user) {
        Map<String, Object> u = student(user.value());
        Map<String, Integer> records = new LinkedHashMap<>();
        for (String table : List.of("quiz_attempt", "case_run", "lesson_read", "module_completion", "learning_activity", "enrolment",
                "attendance", "exam_result")) {
            records.put(table.replace('_', ' '), jdbc.sql("select count(*) from " + table + " where user_id = ?").param(user.value())
                    .query(Integer.class).single());
        }
        int certificates = jdbc.sql("select count(*) from certificate where user_id = ?").param(user.value()).query(Integer.class).single();
        String pseudonym = pseudonym(user.value());
        List<Message> steps = List.of(
                Message.of("privacy.erasure.step-identity", u.get("display_name"), pseudonym),
                Message.of("privacy.erasure.step-records", records.values().stream().mapToInt(Integer::intValue).sum()),
                Message.of("privacy.erasure.step-certificates", certificates, WITHHELD),
                Message.of("privacy.erasure.step-reasons"),
                Message.of("privacy.erasure.step-audit"));
        return new ErasurePlan(user, (String) u.get("username"), (String) u.get("display_name"), records, certificates, steps);
    }

    /**
     * Erases a student: {@code confirmUsername} must be their username (what the administrator typed to
     * confirm). Returns the pseudonym they now have.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public String erase(UserId user, String confirmUsername) {
        long id = user.value();
        Map<String, Object> u = student(id);
        String username = (String) u.get("username");
        if (!username.equalsIgnoreCase(confirmUsername.strip())) {
            throw new ErasureRefused(Message.of("privacy.erasure.type-username", username));
        }
        String name = (String) u.get("display_name");
        String email = (String) u.get("email");
        String pseudonym = pseudonym(id);
        ErasurePlan plan = plan(user);
        // audit entries about or by them: their names become the pseudonym (the one change the audit log allows)
        for (Map<String, Object> e : jdbc.sql("select id, actor_name, target, detail from audit_event where actor_id = ? or target like ? "
                + "or detail like ? or detail like ?").params(id, "user " + id + " %", "%" + username + "%", "%" + name + "%").query().listOfRows()) {
            jdbc.sql("update audit_event set actor_name = ?, target = ?, detail = ? where id = ?")
                    .params(scrub((String) e.get("ACTOR_NAME"), username, name, email, pseudonym), scrub((String) e.get("TARGET"), username, name, email,
                            pseudonym), scrub((String) e.get("DETAIL"), username, name, email, pseudonym), e.get("ID")).update();
        }
        jdbc.sql("update certificate set holder_name = ? where user_id = ?").params(WITHHELD, id).update();
        jdbc.sql("update module_override set reason = ? where user_id = ?").params("(removed when the account was erased)", id).update();
        jdbc.sql("delete from password_setup where user_id = ?").param(id).update();
        jdbc.sql("delete from second_factor where user_id = ?").param(id).update();
        jdbc.sql("delete from recovery_code where user_id = ?").param(id).update();
        jdbc.sql("delete from user_session where user_id = ?").param(id).update();
        if (email != null) {
            jdbc.sql("delete from mail_outbox where lower(recipient) = lower(?)").param(email).update(); // queued or kept messages to them
        }
        jdbc.sql("delete from lesson_note where user_id = ?").param(id).update();
        jdbc.sql("update app_user set username = ?, display_name = ?, email = null, password_hash = ?, enabled = false, erased_at = ?, "
                + "version = version + 1 where id = ?").params(pseudonym, "Erased student", "{noop}erased-" + java.util.UUID.randomUUID(),
                Timestamp.from(clock.instant()), id).update();
        events.publishEvent(new AccountChanged(user, pseudonym, "account erased", "personal data removed; "
                + plan.records().values().stream().mapToInt(Integer::intValue).sum() + " learning records kept without a name; "
                + plan.certificates() + " certificates kept with the name withheld"));
        return pseudonym;
    }

    private Map<String, Object> student(long id) {
        Map<String, Object> row = jdbc.sql("select username, display_name, email, erased_at from app_user where id = ?").param(id).query()
                .listOfRows().stream().findFirst().orElseThrow(() -> new ErasureRefused(Message.of("privacy.erasure.no-account")));
        Map<String, Object> u = new LinkedHashMap<>();
        row.forEach((k, v) -> u.put(k.toLowerCase(Locale.ROOT), v));
        List<String> roles = jdbc.sql("select role from app_user_role where user_id = ?").param(id).query(String.class).list();
        if (!roles.equals(List.of(Roles.STUDENT))) {
            throw new ErasureRefused(Message.of("privacy.erasure.students-only"));
        }
        if (u.get("erased_at") != null) {
            throw new ErasureRefused(Message.of("privacy.erasure.already-erased"));
        }
        return u;
    }

    static String pseudonym(long id) {
        return "erased-" + id;
    }

    private static @org.jspecify.annotations.Nullable String scrub(@org.jspecify.annotations.Nullable String text, String username, String name,
                                                                   @org.jspecify.annotations.Nullable String email, String pseudonym) {
        if (text == null) {
            return null;
        }
        String out = text;
        if (email != null) {
            out = out.replace(email, pseudonym);
        }
        return out.replace(name, pseudonym).replace(username, pseudonym);
    }
}

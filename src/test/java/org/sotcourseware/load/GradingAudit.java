package org.sotcourseware.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * After a run, the database's word on grading: for every simulated student, the attempts submitted and graded
 * must equal the results the student saw (no attempt lost, none graded twice, none left without a score), and
 * the progress feature must have recorded exactly one "quiz submitted" entry per graded attempt (the event was
 * handled once). Read straight from the tables, not through the app.
 */
record GradingAudit(int students, int resultsSeen, int graded, List<String> problems) {

    boolean ok() {
        return problems.isEmpty();
    }

    String text() {
        return "grading audit: " + students + " students saw " + resultsSeen + " results; the database holds " + graded
                + " graded attempts; " + (ok() ? "every attempt graded exactly once" : problems.size() + " problems: "
                + String.join("; ", problems.subList(0, Math.min(5, problems.size()))));
    }

    /** The audit over the H2 database a load run's server left in {@code dataDir} (the server must be stopped). */
    static GradingAudit ofH2(Path dataDir, List<Student> students) throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("sot-courseware") + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            return of(c, students);
        }
    }

    static GradingAudit of(Connection c, List<Student> students) throws SQLException {
        record Row(int submitted, int ungraded, int activity) {
        }
        Map<String, Row> rows = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                select u.username,
                       (select count(*) from quiz_attempt a where a.user_id = u.id and a.submitted_at is not null),
                       (select count(*) from quiz_attempt a where a.user_id = u.id and a.submitted_at is not null and a.score is null),
                       (select count(*) from learning_activity l where l.user_id = u.id and l.kind = 'quiz-submitted')
                from app_user u where u.username like 'load-%'""");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.put(rs.getString(1), new Row(rs.getInt(2), rs.getInt(3), rs.getInt(4)));
            }
        }
        List<String> problems = new ArrayList<>();
        int seen = 0;
        int graded = 0;
        for (Student st : students) {
            Row r = rows.getOrDefault(st.username(), new Row(0, 0, 0));
            seen += st.quizResults;
            graded += r.submitted() - r.ungraded();
            if (r.submitted() != st.quizResults) {
                problems.add(st.username() + " saw " + st.quizResults + " results but " + r.submitted() + " attempts are submitted");
            }
            if (r.ungraded() > 0) {
                problems.add(st.username() + " has " + r.ungraded() + " submitted attempts without a score");
            }
            if (r.activity() != r.submitted()) {
                problems.add(st.username() + " has " + r.activity() + " 'quiz submitted' entries for " + r.submitted() + " attempts");
            }
        }
        return new GradingAudit(students.size(), seen, graded, problems);
    }
}

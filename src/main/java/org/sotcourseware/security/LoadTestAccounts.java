package org.sotcourseware.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for the load test in {@code load/} (off by default): with {@code sot.load-test.students=N},
 * start-up makes sure the students {@code load-0001} to {@code load-N} exist, enabled, with the password
 * {@value #PASSWORD}. The password is hashed once and that hash is shared, and the rows are written in two
 * batches, so a thousand accounts take a fraction of a second. Refused with the {@code prod} profile: these
 * are accounts with a published password. Runs after the other start-up tasks, so its log line also marks
 * the end of start-up seeding.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class LoadTestAccounts implements ApplicationRunner {

    static final String PASSWORD = "load-test-password";
    static final String PREFIX = "load-";
    static final int MAX = 100_000;

    private static final Logger log = LoggerFactory.getLogger(LoadTestAccounts.class);

    private final int students;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;

    LoadTestAccounts(@Value("${sot.load-test.students:0}") int students, Environment environment, JdbcTemplate jdbc,
                     PasswordEncoder encoder, Clock clock) {
        if (students < 0 || students > MAX) {
            throw new IllegalStateException("sot.load-test.students must be between 0 and " + MAX + ", not " + students + ".");
        }
        if (students > 0 && environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("sot.load-test.students is refused with the prod profile: load-test accounts have a "
                    + "published password. Remove the property (or SOT_LOAD_TEST_STUDENTS) from the production configuration.");
        }
        this.students = students;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** The username of load-test student {@code n} (1-based): {@code load-0001}. */
    static String username(int n) {
        return PREFIX + String.format(Locale.ROOT, "%04d", n);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (students > 0) {
            long start = System.nanoTime();
            int created = ensure(students);
            log.info("Load test: {} student accounts ready ({} to {}, {} new) in {} ms", students, username(1), username(students),
                    created, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Makes sure students 1..n exist with the load-test password; returns how many were created. */
    @Transactional
    int ensure(int n) {
        String hash = encoder.encode(PASSWORD);
        Set<String> existing = new HashSet<>(jdbc.queryForList("select username from app_user where username like ?", String.class,
                PREFIX + "%"));
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> roles = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String u = username(i);
            if (existing.contains(u)) {
                updates.add(new Object[] {hash, u});
            } else {
                inserts.add(new Object[] {u, "Load Student " + String.format(Locale.ROOT, "%04d", i), hash, now});
                roles.add(new Object[] {Roles.STUDENT, u});
            }
        }
        jdbc.batchUpdate("insert into app_user (username, display_name, email, password_hash, enabled, demo, created_at, version) "
                + "values (?, ?, null, ?, true, false, ?, 0)", inserts);
        jdbc.batchUpdate("insert into app_user_role (user_id, role) select id, ? from app_user where username = ?", roles);
        jdbc.batchUpdate("update app_user set password_hash = ?, enabled = true where username = ?", updates);
        return inserts.size();
    }
}

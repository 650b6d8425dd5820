package org.sotcourseware.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sotcourseware.testsupport.TestDatabase;

/**
 * On PostgreSQL the scheduled backup is the portable archive: taken from a live database, restored with
 * {@code data restore FILE --to URL} into a new empty one, every table equal; restored into H2 just as well; and a
 * second node on the same database does not take the same scheduled backup again. Runs in the PostgreSQL pass.
 */
@Tag(TestDatabase.POSTGRES_TAG)
class PostgresBackupTest {

    @TempDir
    Path dir;

    private static HikariDataSource pool(String url) {
        TestDatabase.Server server = TestDatabase.server();
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername(server.user());
        ds.setPassword(server.password());
        ds.setMaximumPoolSize(2);
        return ds;
    }

    @Test
    void the_archive_backup_restores_into_a_new_postgresql_database_and_into_h2_with_every_table_equal() throws Exception {
        TestDatabase.Server server = TestDatabase.server();
        String source = TestDatabase.createPostgresDatabase();
        Flyway flyway = migrated(source);
        try (HikariDataSource ds = pool(source)) {
            try (Connection c = ds.getConnection()) {
                c.createStatement().execute("insert into app_user (username, display_name, password_hash, created_at) "
                        + "values ('pg', 'P G', '{noop}x', current_timestamp)");
                c.createStatement().execute("insert into audit_event (at, actor_name, action, target) values (current_timestamp, 'pg', 'A', 'T')");
            }
            Path backups = dir.resolve("backups");
            BackupService service = new BackupService(ds, new BackupProperties(backups, "-", 7, 4), flyway, Clock.systemUTC(),
                    new SimpleMeterRegistry());
            BackupService.Backup backup = service.backup();
            assertThat(backup.kind()).isEqualTo(Backups.Kind.ARCHIVE);
            Path file = backups.resolve(backup.fileName());

            String target = TestDatabase.createPostgresDatabase();
            BackupRestoreTest.Run r = BackupRestoreTest.data("restore", file.toString(), "--to", target, "--user", server.user(),
                    "--password", server.password());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("Imported");

            Map<String, String> live = checksums(ds);
            try (HikariDataSource restored = pool(target)) {
                assertThat(checksums(restored)).isEqualTo(live);
            }
            BackupRestoreTest.Run h2 = BackupRestoreTest.data("restore", file.toString(), "--data-dir", dir.resolve("h2").toString());
            assertThat(h2.code()).as(h2.err()).isZero();
            assertThat(DataRestore.count("jdbc:h2:file:" + dir.resolve("h2").resolve("sot-courseware").toAbsolutePath() + ";IFEXISTS=TRUE"))
                    .containsEntry("app_user", 1L).containsEntry("audit_event", 1L);
        }
    }

    @Test
    void two_nodes_on_one_database_take_one_scheduled_backup_between_them() throws Exception {
        String url = TestDatabase.createPostgresDatabase();
        Flyway flyway = migrated(url);
        java.time.Instant at = java.time.Instant.parse("2026-12-07T02:30:00.120Z");
        Clock fixed = Clock.fixed(at, java.time.ZoneOffset.UTC);
        try (HikariDataSource a = pool(url); HikariDataSource b = pool(url)) {
            BackupService nodeA = new BackupService(a, new BackupProperties(dir.resolve("a"), "0 30 2 * * *", 7, 4), flyway, fixed, new SimpleMeterRegistry());
            BackupService nodeB = new BackupService(b, new BackupProperties(dir.resolve("b"), "0 30 2 * * *", 7, 4), flyway,
                    Clock.fixed(at.plusMillis(700), java.time.ZoneOffset.UTC), new SimpleMeterRegistry());
            nodeA.scheduled();
            nodeB.scheduled();
            assertThat(nodeA.list()).hasSize(1);
            assertThat(nodeB.list()).as("the other node found the slot claimed").isEmpty();
        }
    }

    private static Flyway migrated(String url) {
        TestDatabase.Server server = TestDatabase.server();
        Flyway flyway = DataCommand.flyway(new DataCommand.Target(url, server.user(), server.password()));
        flyway.migrate();
        return flyway;
    }

    private static Map<String, String> checksums(HikariDataSource ds) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        DataArchive.Manifest m;
        try (Connection c = ds.getConnection()) {
            m = DataArchive.export(c, "x", bytes);
        }
        Map<String, String> out = new java.util.TreeMap<>();
        for (DataArchive.TableInfo t : m.tables()) {
            out.put(t.name(), t.rows() + " " + t.sha256());
        }
        assertThat(out).containsKeys(List.of("app_user", "audit_event", "backup_claim").toArray(String[]::new));
        return out;
    }
}

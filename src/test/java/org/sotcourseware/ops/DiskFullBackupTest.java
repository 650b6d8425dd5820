package org.sotcourseware.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sotcourseware.testsupport.MutableClock;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A backup onto a full disk: the backup folder is a real 64 KB filesystem (tmpfs, mounted for the test; skipped where
 * the test may not mount, as without root). The first backup fits; after the database grows the next one cannot. It
 * fails with a message that says the disk is full and where, the unfinished file is gone, the earlier backup is kept
 * whole and still restores, and the database goes on taking writes with nothing lost.
 */
class DiskFullBackupTest {

    @TempDir
    Path dir;

    private Path mounted;

    private static boolean run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            run("umount", "-l", mounted.toString());
        }
    }

    @Test
    void a_full_disk_fails_the_backup_plainly_keeps_the_earlier_one_and_loses_nothing() throws Exception {
        Path backups = Files.createDirectories(dir.resolve("backups"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", backups.toString()), "cannot mount a small filesystem here");
        mounted = backups;

        Path data = dir.resolve("data");
        String url = "jdbc:h2:file:" + data.resolve("sot-courseware").toAbsolutePath() + ";WRITE_DELAY=0";
        Flyway flyway = DataCommand.flyway(new DataCommand.Target(url, "sa", ""));
        flyway.migrate();
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(url);
            ds.setUsername("sa");
            MutableClock clock = new MutableClock(Instant.parse("2026-12-06T02:30:00Z"));
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            BackupService service = new BackupService(ds, new BackupProperties(backups, "-", 7, 4), flyway, clock, registry);
            BackupService.Backup first = service.backup();
            byte[] firstBytes = Files.readAllBytes(backups.resolve(first.fileName()));

            // the database grows by about 200 KB of text that does not compress
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            Random random = new Random(42);
            try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "insert into audit_event (at, actor_name, action, target, detail) values (current_timestamp, 'grow', 'GROW', ?, ?)")) {
                for (int i = 0; i < 70; i++) {
                    byte[] noise = new byte[2900];
                    random.nextBytes(noise);
                    ps.setString(1, "row " + i);
                    ps.setString(2, Base64.getEncoder().encodeToString(noise));
                    ps.executeUpdate();
                }
            }
            clock.advance(Duration.ofDays(1));
            assertThatThrownBy(service::backup).isInstanceOf(BackupService.BackupFailedException.class)
                    .hasMessageContaining("Backup failed: the disk under " + backups.toAbsolutePath().normalize() + " is full")
                    .hasMessageContaining("KB free of").hasMessageContaining("Nothing was lost");
            assertThat(registry.get("sot.backup.failures").counter().count()).isEqualTo(1.0);

            try (var files = Files.list(backups)) {
                assertThat(files.map(p -> p.getFileName().toString()).toList()).as("the unfinished file is removed, the earlier backup kept")
                        .containsExactly(first.fileName());
            }
            assertThat(backups.resolve(first.fileName())).hasBinaryContent(firstBytes);

            // the database is untouched and goes on
            jdbc.update("insert into audit_event (at, actor_name, action, target) values (current_timestamp, 'after', 'AFTER', 'x')");
            assertThat(jdbc.queryForObject("select count(*) from audit_event", Integer.class)).isEqualTo(71);
            assertThat(jdbc.queryForList("select actor_name from audit_event where action = 'AFTER'", String.class)).isEqualTo(List.of("after"));
        }
        // the earlier backup still restores
        BackupRestoreTest.Run r = BackupRestoreTest.data("restore", Files.list(backups).findFirst().orElseThrow().toString(), "--data-dir",
                dir.resolve("restored").toString());
        assertThat(r.code()).as(r.err()).isZero();
    }
}

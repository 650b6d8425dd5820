package org.sotcourseware.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipInputStream;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restore drill, in seconds and without Spring: an embedded H2 database with the app's schema is written to
 * without pause (one account and one audit entry per transaction) while {@link BackupService} takes H2's online backup;
 * {@code data restore} puts that backup into a fresh data directory; then every table of the restored database is
 * compared with the live one. The backup is a consistent snapshot: each table holds exactly the rows the live table
 * held at one moment (a prefix of it, row for row), both written tables stop at the same transaction, and no commit
 * acknowledged before the backup began is missing.
 */
class BackupRestoreTest {

    @TempDir
    Path dir;

    private final List<HikariDataSource> pools = new ArrayList<>();

    @AfterEach
    void close() {
        pools.forEach(HikariDataSource::close);
    }

    private HikariDataSource pool(String url) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername("sa");
        ds.setPassword("");
        ds.setMaximumPoolSize(3);
        pools.add(ds);
        return ds;
    }

    private static String h2(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("sot-courseware").toAbsolutePath() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    static Flyway flyway(String url) {
        return DataCommand.flyway(new DataCommand.Target(url, "sa", ""));
    }

    /** A new H2 file database with the app's schema in {@code dataDir}, and a pool on it. */
    private record Live(String url, Flyway flyway, HikariDataSource ds) {
    }

    private Live live(Path dataDir) {
        String url = h2(dataDir);
        Flyway flyway = flyway(url);
        flyway.migrate();
        return new Live(url, flyway, pool(url));
    }

    private BackupService service(HikariDataSource ds, Flyway flyway, Path backups) {
        return new BackupService(ds, new BackupProperties(backups, "-", 7, 4), flyway, Clock.systemUTC(), new SimpleMeterRegistry());
    }

    record Run(int code, String out, String err) {
    }

    static Run data(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DataCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_backup_taken_during_writes_restores_into_a_fresh_data_directory_with_every_table_a_consistent_snapshot() throws Exception {
        Path live = dir.resolve("live");
        Live db = live(live);
        BackupService backups = service(db.ds(), db.flyway(), live.resolve("backups"));

        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong acknowledged = new AtomicLong();
        Thread writer = Thread.ofPlatform().start(() -> {
            try (Connection c = db.ds().getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement user = c.prepareStatement("insert into app_user (id, username, display_name, password_hash, created_at) "
                        + "values (?, ?, ?, '{noop}x', ?)");
                     PreparedStatement audit = c.prepareStatement("insert into audit_event (id, at, actor_id, actor_name, action, target) "
                             + "values (?, ?, ?, 'writer', 'WRITE', ?)")) {
                    for (long i = 1; !stop.get(); i++) {
                        Timestamp at = Timestamp.valueOf(LocalDateTime.of(2026, 12, 6, 12, 0).plusSeconds(i));
                        user.setLong(1, i);
                        user.setString(2, "user" + i);
                        user.setString(3, "User " + i);
                        user.setTimestamp(4, at);
                        user.executeUpdate();
                        audit.setLong(1, i);
                        audit.setTimestamp(2, at);
                        audit.setLong(3, i);
                        audit.setString(4, "row " + i);
                        audit.executeUpdate();
                        c.commit();
                        acknowledged.set(i);
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        while (acknowledged.get() < 300) {
            Thread.sleep(5);
        }
        long before = acknowledged.get();
        BackupService.Backup backup = backups.backup();
        long after = acknowledged.get();
        while (acknowledged.get() < after + 200) {
            Thread.sleep(5);
        }
        stop.set(true);
        writer.join();
        assertThat(after).as("writes went on while the backup ran").isGreaterThan(before);

        assertThat(backup.kind()).isEqualTo(Backups.Kind.H2);
        Path file = live.resolve("backups").resolve(backup.fileName());
        assertThat(file).exists();
        assertThat(backup.bytes()).isEqualTo(Files.size(file)).isPositive();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            assertThat(zip.getNextEntry().getName()).isEqualTo("sot-courseware.mv.db");
        }
        assertThat(Files.list(live.resolve("backups")).map(p -> p.getFileName().toString()))
                .as("no partial file left behind").containsExactly(backup.fileName());

        Path fresh = dir.resolve("fresh");
        Run r = data("restore", file.toString(), "--data-dir", fresh.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Restored", "rows in", fresh.resolve("sot-courseware.mv.db").toAbsolutePath().normalize().toString());

        Map<String, List<String>> liveTables = tables(db.ds());
        HikariDataSource restoredDs = pool(h2(fresh) + ";IFEXISTS=TRUE");
        Map<String, List<String>> restored = tables(restoredDs);
        assertThat(restored.keySet()).as("every table").containsExactlyElementsOf(liveTables.keySet());
        for (String table : liveTables.keySet()) {
            List<String> l = liveTables.get(table);
            List<String> b = restored.get(table);
            assertThat(b.size()).as(table).isLessThanOrEqualTo(l.size());
            assertThat(b).as(table + ": the restored rows are the live rows of one moment").isEqualTo(l.subList(0, b.size()));
            if (!table.equals("app_user") && !table.equals("audit_event")) {
                assertThat(b).as(table + " (not written during the backup)").isEqualTo(l);
            }
        }
        int users = restored.get("app_user").size();
        assertThat(restored.get("audit_event")).as("both tables stop at the same transaction").hasSize(users);
        assertThat((long) users).as("every commit acknowledged before the backup began").isGreaterThanOrEqualTo(before)
                .isLessThan(acknowledged.get());
        assertThat(restored.get("flyway_schema_history")).isNull();
        // the restored database is the app's: Flyway finds it at the current version with nothing to apply
        assertThat(flyway(h2(fresh)).info().pending()).isEmpty();
    }

    /** Every table's rows as the portable archive writes them: one line per row, sorted by primary key. */
    private static Map<String, List<String>> tables(HikariDataSource ds) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Connection c = ds.getConnection()) {
            DataArchive.export(c, "test", bytes);
        }
        Map<String, List<String>> out = new java.util.TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().startsWith("tables/")) {
                    String name = e.getName().substring("tables/".length()).replace(".jsonl", "");
                    out.put(name, new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
                }
            }
        }
        return out;
    }

    @Test
    void a_restore_is_refused_while_an_app_holds_the_database_and_keeps_the_file_it_replaces() throws Exception {
        Path live = dir.resolve("live");
        Live db = live(live);
        try (Connection c = db.ds().getConnection()) {
            c.createStatement().execute("insert into audit_event (at, actor_name, action, target) values (current_timestamp, 'a', 'B', 'C')");
        }
        BackupService.Backup backup = service(db.ds(), db.flyway(), live.resolve("backups")).backup();
        Path file = live.resolve("backups").resolve(backup.fileName());

        // the database is open (a running app): refused, nothing touched
        assertThat(DataRestore.inUse(live.resolve("sot-courseware.mv.db"))).isTrue();
        Run refused = data("restore", file.toString(), "--data-dir", live.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("is open in a running app", "Stop the app first", "Nothing was changed");
        assertThat(Files.list(live).map(p -> p.getFileName().toString()).filter(n -> n.contains("before-restore"))).isEmpty();

        // the app stopped: the restore goes ahead and keeps the file it replaces
        try (Connection c = db.ds().getConnection()) {
            c.createStatement().execute("insert into audit_event (at, actor_name, action, target) values (current_timestamp, 'after', 'B', 'C')");
        }
        db.ds().close();
        assertThat(DataRestore.inUse(live.resolve("sot-courseware.mv.db"))).isFalse();
        Run ok = data("restore", file.toString(), "--data-dir", live.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("is kept as", "before-restore");
        assertThat(DataRestore.count(h2(live) + ";IFEXISTS=TRUE")).containsEntry("audit_event", 1L);
        Path aside = Files.list(live).filter(p -> p.getFileName().toString().startsWith("sot-courseware.mv.db.before-restore-")).findFirst().orElseThrow();
        assertThat(aside).isNotEmptyFile();
    }

    @Test
    void a_file_that_is_no_backup_or_a_damaged_backup_is_refused_before_anything_changes() throws Exception {
        Path notZip = dir.resolve("notes.zip");
        Files.writeString(notZip, "hello");
        Run r = data("restore", notZip.toString(), "--data-dir", dir.resolve("d").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("is not a backup of SOT Courseware");

        Run missing = data("restore", dir.resolve("nothing.zip").toString(), "--data-dir", dir.resolve("d").toString());
        assertThat(missing.err()).contains("no backup at");

        // a zip with a database file that is garbage: opened and counted before it replaces anything
        Path bad = dir.resolve("bad.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(bad))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("sot-courseware.mv.db"));
            zip.write(new byte[8192]);
            zip.closeEntry();
        }
        Run damaged = data("restore", bad.toString(), "--data-dir", dir.resolve("d").toString());
        assertThat(damaged.code()).isEqualTo(1);
        assertThat(damaged.err()).contains("the backup is damaged", "Nothing was changed");
        assertThat(dir.resolve("d").resolve("sot-courseware.mv.db")).doesNotExist();
    }

    @Test
    void on_an_in_memory_or_postgresql_database_the_backup_is_the_portable_archive_and_restores_into_h2() throws Exception {
        String url = "jdbc:h2:mem:backup-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway flyway = flyway(url);
        flyway.migrate();
        HikariDataSource ds = pool(url);
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute("insert into audit_event (at, actor_name, action, target) values (current_timestamp, 'mem', 'B', 'C')");
        }
        Path backups = dir.resolve("backups");
        BackupService.Backup backup = service(ds, flyway, backups).backup();
        assertThat(backup.kind()).isEqualTo(Backups.Kind.ARCHIVE);
        assertThat(backup.fileName()).endsWith(".archive.zip");
        Run r = data("restore", backups.resolve(backup.fileName()).toString(), "--data-dir", dir.resolve("h2").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(DataRestore.count(h2(dir.resolve("h2")) + ";IFEXISTS=TRUE")).containsEntry("audit_event", 1L);
    }

    @Test
    void a_failed_backup_leaves_no_file_keeps_the_earlier_ones_and_says_why() throws Exception {
        Path live = dir.resolve("live");
        Live db = live(live);
        Path backups = live.resolve("backups");
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        BackupService service = new BackupService(db.ds(), new BackupProperties(backups, "-", 7, 4), db.flyway(), Clock.systemUTC(), registry);
        BackupService.Backup first = service.backup();
        assertThat(registry.get("sot.backup.age").gauge().value()).isBetween(0.0, 5.0);
        // the folder cannot be written into (a file where the folder should be is the same for every user, root too)
        Path blocked = live.resolve("blocked");
        Files.writeString(blocked, "not a folder");
        BackupService broken = new BackupService(db.ds(), new BackupProperties(blocked.resolve("backups"), "-", 7, 4), db.flyway(), Clock.systemUTC(),
                registry);
        assertThatThrownBy(broken::backup).isInstanceOf(BackupService.BackupFailedException.class)
                .hasMessageContaining("Backup failed").hasMessageContaining("Nothing was lost");
        assertThat(registry.get("sot.backup.failures").counter().count()).isEqualTo(1.0);
        assertThat(Files.list(backups).map(p -> p.getFileName().toString())).containsExactly(first.fileName());
    }

    @Test
    void a_full_disk_is_named_as_such_with_the_folder_and_what_to_do() {
        String m = BackupService.explain(new IOException("write failed", new IOException("No space left on device")), dir.resolve("backups"));
        assertThat(m).contains("the disk under " + dir.resolve("backups").toAbsolutePath().normalize() + " is full")
                .contains("KB free of").contains("Nothing was lost").contains("SOT_BACKUP_DIR");
        String h2 = BackupService.explain(new java.sql.SQLException("IO Exception: \"java.io.IOException: No space left on device\"; "
                + "\"/srv/data/backups/x.zip.partial\" [90031-240]"), dir);
        assertThat(h2).contains("is full");
    }
}

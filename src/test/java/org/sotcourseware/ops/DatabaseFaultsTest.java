package org.sotcourseware.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sotcourseware.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

/**
 * The app refuses to start on a database it cannot use, with a message that says what and what to do, and changes
 * nothing: a second app on the same H2 data directory (the first one a real other process), a damaged H2 file (the
 * message names the file and the restore command with the newest backup, and that command works), a database that
 * cannot be reached.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseFaultsTest {

    @TempDir
    Path dir;

    private static String h2(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("sot-courseware").toAbsolutePath() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Starts the whole app as {@code java -jar} would, on this database; returns what stopped it. */
    private static Throwable startApp(String url, String... more) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--server.port=0", "--spring.main.banner-mode=off",
                "--sot.backup.cron=-"));
        args.addAll(List.of(more));
        try {
            new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new)).close();
        } catch (Throwable t) {
            return t;
        }
        throw new AssertionError("the app started on " + url);
    }

    private static Throwable migrate(String url) {
        try {
            boolean h2 = url.startsWith("jdbc:h2:");
            DataCommand.flyway(new DataCommand.Target(url, h2 ? "sa" : "sot", h2 ? "" : "x")).migrate();
        } catch (Throwable t) {
            return t;
        }
        throw new AssertionError("the database at " + url + " opened");
    }

    private static FailureAnalysis analyse(Throwable failure, String url, String... properties) {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", url);
        for (int i = 0; i < properties.length; i += 2) {
            env.setProperty(properties[i], properties[i + 1]);
        }
        FailureAnalysis analysis = new DatabaseFailureAnalyzer(env).analyze(failure);
        assertThat(analysis).as("a plain message for " + failure).isNotNull();
        return analysis;
    }

    @Test
    void a_second_app_on_the_same_h2_data_directory_is_refused_with_what_to_do_and_restore_waits_too(CapturedOutput output) throws Exception {
        Path data = dir.resolve("data");
        String url = h2(data);
        DataCommand.flyway(new DataCommand.Target(url, "sa", "")).migrate();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process first = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(), url)
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open");

            Throwable failure = startApp(url);
            FailureAnalysis a = analyse(failure, url);
            Path file = data.resolve("sot-courseware.mv.db").toAbsolutePath().normalize();
            assertThat(a.getDescription()).contains("The H2 database " + file + " is already open in another process")
                    .contains("Nothing was changed");
            assertThat(a.getAction()).contains("Stop the other app first").contains("SOT_DATA_DIR");
            assertPrinted(output, a);

            // and a restore into that directory waits for the app to stop
            assertThat(DataRestore.inUse(file)).isTrue();
        } finally {
            first.getOutputStream().close();
            first.waitFor(10, TimeUnit.SECONDS);
            first.destroyForcibly();
        }
        assertThat(DataRestore.inUse(data.resolve("sot-courseware.mv.db"))).isFalse();
    }

    @Test
    void a_damaged_h2_file_names_the_file_and_the_restore_command_which_then_brings_the_app_back() throws Exception {
        Path data = dir.resolve("data");
        String url = h2(data);
        Flyway flyway = DataCommand.flyway(new DataCommand.Target(url, "sa", ""));
        flyway.migrate();
        Path backups = data.resolve("backups");
        String backupName;
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(url);
            ds.setUsername("sa");
            try (Connection c = ds.getConnection()) {
                c.createStatement().execute("insert into audit_event (at, actor_name, action, target) values (current_timestamp, 'a', 'B', 'kept')");
            }
            backupName = new BackupService(ds, new BackupProperties(backups, "-", 7, 4), flyway, Clock.systemUTC(), new SimpleMeterRegistry())
                    .backup().fileName();
        }
        Path file = data.resolve("sot-courseware.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);

        // what the app meets first at start-up: Flyway opening the database (a whole start is proven in the test above)
        Throwable failure = migrate(url);
        FailureAnalysis a = analyse(failure, url, "sot.backup.dir", backups.toString());
        assertThat(a.getDescription()).contains("The H2 database file " + file.toAbsolutePath().normalize() + " is damaged")
                .contains("Nothing was changed");
        String command = "java -jar sot-courseware.jar data restore " + backups.toAbsolutePath().normalize().resolve(backupName);
        assertThat(a.getAction()).contains(command).contains("The newest backup in");
        assertThat(file).as("the damaged file is left as it was").hasBinaryContent(bytes);

        // the command from the message, as the operator would type it
        BackupRestoreTest.Run r = BackupRestoreTest.data("restore", backups.resolve(backupName).toString(), "--data-dir", data.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(DataRestore.count(url + ";IFEXISTS=TRUE")).containsEntry("audit_event", 1L);
        assertThat(Files.list(data).map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("sot-courseware.mv.db.before-restore-"));
    }

    @Test
    void a_database_that_cannot_be_reached_at_start_up_is_named_with_what_to_check() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closed + "/sot_courseware";
        FailureAnalysis a = analyse(migrate(url), url);
        assertThat(a.getDescription()).startsWith("The database at " + url + " cannot be reached: ").contains("Nothing was changed");
        assertThat(a.getAction()).contains("SPRING_DATASOURCE_URL").contains("SOT_DATABASE_URL");
    }

    /** What Spring Boot printed at the failed start is our message (its analyzers come from spring.factories), not a trace. */
    private static void assertPrinted(CapturedOutput output, FailureAnalysis a) {
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START").contains(a.getDescription()).contains(a.getAction());
    }

    @Test
    void other_failures_are_left_to_spring_boot() {
        FailureAnalyzer analyzer = new DatabaseFailureAnalyzer(new StandardEnvironment());
        assertThat(analyzer.analyze(new IllegalStateException("no database involved"))).isNull();
    }
}

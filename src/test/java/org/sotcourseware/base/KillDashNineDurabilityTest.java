package org.sotcourseware.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write the user was told succeeded survives kill -9. A child JVM writes through the exact JDBC URL
 * the app uses (read from the app's application.properties), acknowledging each commit; we SIGKILL it
 * mid-stream, reopen the database and count. With H2's default WRITE_DELAY (500 ms) the last commits
 * are lost and this test fails.
 */
public class KillDashNineDurabilityTest {

    @TempDir
    Path dataDir;

    @Test
    void every_acknowledged_commit_survives_sigkill() throws Exception {
        String url = appDatabaseUrl(dataDir);
        assertThat(url).as("the app's URL").contains("WRITE_DELAY=0");
        killMidStreamAndCount(url, "sa", "");
    }

    /**
     * Three rounds: a child JVM writes through {@code url}, printing each acknowledged commit; it is SIGKILLed after
     * 150, 300, then 450 commits, and every acknowledged row must be there when the database is opened again.
     * Also run against PostgreSQL ({@code org.sotcourseware.ops.PostgresDurabilityTest}).
     */
    public static void killMidStreamAndCount(String url, String user, String password) throws Exception {
        for (int round = 1; round <= 3; round++) {
            Process child = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    DurabilityWriter.class.getName(), url, user, password))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            int acknowledged = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                int target = 150 * round;
                while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
                    if (line.startsWith("committed ")) {
                        acknowledged = Integer.parseInt(line.substring("committed ".length()));
                        if (acknowledged >= target) {
                            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no H2 close, no connection close
                            break;
                        }
                    }
                }
            }
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
            assertThat(acknowledged).as("the writer made progress").isPositive();

            try (Connection c = DriverManager.getConnection(url, user, password);
                 ResultSet rs = c.createStatement().executeQuery("select count(*), max(id) from saved_answer")) {
                rs.next();
                assertThat(rs.getInt(2)).as("round " + round + ": last acknowledged commit " + acknowledged + " is on disk")
                        .isGreaterThanOrEqualTo(acknowledged);
                assertThat(rs.getInt(1)).isEqualTo(rs.getInt(2));
            }
        }
    }

    /** The datasource URL from the app's own application.properties, with the data folder put in. */
    static String appDatabaseUrl(Path dataDir) throws Exception {
        Properties p = new Properties();
        try (InputStream in = KillDashNineDurabilityTest.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        return p.getProperty("spring.datasource.url").replace("${sot.data-dir}", dataDir.toString().replace('\\', '/'));
    }
}

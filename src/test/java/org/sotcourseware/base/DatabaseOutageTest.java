package org.sotcourseware.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database goes away while the app works and comes back: saves in between fail with an error that
 * {@link DatabaseTrouble} recognises (so the user is told "we could not save, try again" and sees no trace), nothing
 * acknowledged is lost, and the next save after the database is back succeeds through the same connection pool,
 * with nobody restarting anything. The database is an H2 server over TCP on loopback in a process of its own, killed
 * and started again, as a PostgreSQL server would be; the pool and transactions are the app's (HikariCP, Spring).
 */
class DatabaseOutageTest {

    @TempDir
    Path dir;

    @Test
    void saves_fail_plainly_while_the_database_is_down_and_succeed_again_by_themselves_when_it_is_back() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process server = start(port);
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:h2:tcp://127.0.0.1:" + port + "/sot;WRITE_DELAY=0");
            pool.setUsername("sa");
            pool.setPassword("");
            pool.setMaximumPoolSize(2);
            pool.setConnectionTimeout(1000);
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            TransactionTemplate tx = new TransactionTemplate(new JdbcTransactionManager(pool));
            jdbc.execute("create table saved (id int primary key, answer varchar(50))");
            List<Integer> acknowledged = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                save(tx, jdbc, i);
                acknowledged.add(i);
            }

            server.destroyForcibly().waitFor(); // the database server dies (kill -9)
            for (int i = 6; i <= 8; i++) {
                int id = i;
                Throwable failure = catchThrowable(() -> save(tx, jdbc, id));
                assertThat(failure).as("save " + i + " while the database is down").isNotNull();
                assertThat(DatabaseTrouble.isUnavailable(failure)).as(failure.toString()).isTrue();
            }
            server = start(port);
            long back = System.nanoTime();
            int id = 9;
            while (true) {
                try {
                    save(tx, jdbc, id);
                    acknowledged.add(id);
                    break;
                } catch (RuntimeException e) {
                    assertThat(DatabaseTrouble.isUnavailable(e)).as(e.toString()).isTrue();
                    assertThat(System.nanoTime() - back).as("the pool reconnects within 10 s: " + e + " / " + org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e)).isLessThan(10_000_000_000L);
                    Thread.sleep(1000); // a person trying again (the pool checks a connection idle for over 0.5 s before lending it)
                }
            }
            // a failure of the data itself is not "the database is down"
            Throwable duplicate = catchThrowable(() -> save(tx, jdbc, 9));
            assertThat(duplicate).isInstanceOf(DataIntegrityViolationException.class);
            assertThat(DatabaseTrouble.isUnavailable(duplicate)).isFalse();
            assertThat(jdbc.queryForList("select id from saved order by id", Integer.class)).isEqualTo(acknowledged);
        } finally {
            server.destroyForcibly().waitFor();
        }
    }

    /** An H2 server in a process of its own, as a database server is; returns once it listens. */
    private Process start(int port) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), Server.class.getName(), "-tcp", "-tcpPort",
                Integer.toString(port), "-baseDir", dir.toString(), "-ifNotExists").redirectErrorStream(true).start();
        java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.contains("TCP server running")) {
                return p;
            }
        }
        throw new IllegalStateException("the H2 server did not start (exit " + p.waitFor() + ")");
    }

    private static void save(TransactionTemplate tx, JdbcTemplate jdbc, int id) {
        tx.executeWithoutResult(s -> jdbc.update("insert into saved values (?, ?)", id, "answer " + id));
    }

    @Test
    void other_failures_are_not_taken_for_an_outage() {
        assertThat(DatabaseTrouble.isUnavailable(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseTrouble.isUnavailable(new java.sql.SQLException("syntax", "42000"))).isFalse();
        assertThat(DatabaseTrouble.isUnavailable(new RuntimeException(new java.sql.SQLException("refused", "08001")))).isTrue();
        assertThat(DatabaseTrouble.isUnavailable(new org.springframework.transaction.CannotCreateTransactionException("no connection"))).isTrue();
    }
}

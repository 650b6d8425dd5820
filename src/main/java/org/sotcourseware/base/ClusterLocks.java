package org.sotcourseware.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Locks that hold across every node of a cluster on one PostgreSQL database (advisory locks), so work that
 * must happen once per cluster does: the content folder sync and the start-up tasks (demo seeding, the first
 * administrator). On H2 there is one node by construction, and each method does nothing.
 * <p>
 * The start-up lock is taken before the first {@link ApplicationRunner} (this bean is one, ordered first) on a
 * connection of its own, and let go when the app is ready (every runner done) or failed to start. A second
 * node starting at the same moment waits for it, then finds the data in place and seeds nothing. A node killed
 * while it holds the lock loses its connection, and PostgreSQL lets the lock go with it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ClusterLocks implements ApplicationRunner {

    /** The start-up tasks (demo seeding, first administrator, load-test accounts). */
    static final long STARTUP = 0x5071_0001L;
    /** The comparison of the content folder with the database. */
    public static final long CONTENT_SYNC = 0x5071_0002L;

    private static final Logger log = LoggerFactory.getLogger(ClusterLocks.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final boolean shared;
    private @Nullable Connection startup;

    ClusterLocks(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.shared = isPostgres(dataSource);
    }

    static boolean isPostgres(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to find out what it is: " + e.getMessage(), e);
        }
    }

    /** Whether several nodes may share this database (PostgreSQL), so per-node state needs coordinating. */
    public boolean shared() {
        return shared;
    }

    /**
     * Waits for the cluster-wide lock {@code key} and holds it until the current transaction ends. Call inside
     * a transaction; nothing on H2.
     */
    public void lockForTransaction(long key) {
        if (shared) {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(key).query((rs, n) -> 1).list();
        }
    }

    @Override
    public synchronized void run(ApplicationArguments args) throws SQLException {
        if (!shared || startup != null) {
            return;
        }
        Connection c = dataSource.getConnection();
        try (var s = c.createStatement()) {
            long waited = System.nanoTime();
            s.execute("select pg_advisory_lock(" + STARTUP + ")");
            long ms = (System.nanoTime() - waited) / 1_000_000;
            if (ms > 100) {
                log.info("Waited {} ms for another node to finish its start-up tasks", ms);
            }
            startup = c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    @EventListener({ApplicationReadyEvent.class, ApplicationFailedEvent.class, ContextClosedEvent.class})
    synchronized void releaseStartupLock() {
        Connection c = startup;
        if (c == null) {
            return;
        }
        startup = null;
        try (c; var s = c.createStatement()) {
            s.execute("select pg_advisory_unlock(" + STARTUP + ")");
        } catch (SQLException e) {
            log.warn("Could not let go of the start-up lock cleanly (closing its connection does): {}", e.getMessage());
        }
    }
}

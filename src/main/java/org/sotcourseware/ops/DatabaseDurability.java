package org.sotcourseware.ops;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Every write a user is told succeeded must survive a crash. On H2 the JDBC URL carries that ({@code WRITE_DELAY=0},
 * see decision 003). On PostgreSQL it is the server's {@code synchronous_commit} and {@code fsync}: with either off,
 * a commit is acknowledged before it is safely on disk. The app reads both at start-up, as its own connections see
 * them (a role or database may override the server's file), and refuses to start when they are unsafe, unless
 * {@code sot.database.allow-unsafe-durability=true}.
 */
@Component
class DatabaseDurability implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DatabaseDurability.class);

    private final DataSource dataSource;
    private final DatabaseProperties properties;

    DatabaseDurability(DataSource dataSource, DatabaseProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (!product.toLowerCase(Locale.ROOT).contains("postgresql")) {
                return;
            }
            List<String> problems = problems(show(c, "synchronous_commit"), show(c, "fsync"));
            if (problems.isEmpty()) {
                log.info("PostgreSQL {}: commits are durable (synchronous_commit and fsync on)", c.getMetaData().getDatabaseProductVersion());
                return;
            }
            String message = "PostgreSQL at " + c.getMetaData().getURL() + " may lose commits the app has already confirmed to users: "
                    + String.join("; ", problems);
            if (properties.allowUnsafeDurability()) {
                log.warn("{} (started anyway: sot.database.allow-unsafe-durability=true)", message);
            } else {
                throw new IllegalStateException(message + ". Fix the server or database setting, or set "
                        + "sot.database.allow-unsafe-durability=true for a throwaway database.");
            }
        }
    }

    /** What is unsafe about these settings, as sentences; empty when commits are durable. */
    static List<String> problems(String synchronousCommit, String fsync) {
        List<String> problems = new ArrayList<>();
        if (synchronousCommit.equalsIgnoreCase("off")) {
            problems.add("synchronous_commit is off (set it to on: ALTER SYSTEM SET synchronous_commit = on, or per database "
                    + "with ALTER DATABASE ... SET synchronous_commit = on)");
        }
        if (fsync.equalsIgnoreCase("off")) {
            problems.add("fsync is off (set fsync = on in postgresql.conf and restart the server)");
        }
        return problems;
    }

    private static String show(Connection c, String setting) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

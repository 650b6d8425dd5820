package org.sotcourseware.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Which database the tests run against. The suite runs twice in {@code ./mvnw verify}: on H2 (each Spring context
 * gets its own in-memory database) and, when {@code SOT_TEST_POSTGRES_URL} names a PostgreSQL server, on PostgreSQL
 * (the {@code postgres-tests} Maven profile sets {@code -Dsot.test.database=postgres}; each Spring context then gets
 * its own fresh database on that server, see {@link PostgresContextCustomizerFactory}). {@code .ci/postgres start}
 * starts such a server.
 */
public final class TestDatabase {

    /** The tag of tests that need PostgreSQL: they run only in the PostgreSQL pass of the suite. */
    public static final String POSTGRES_TAG = "postgres";

    private static final List<String> created = new CopyOnWriteArrayList<>();

    private TestDatabase() {
    }

    /** True in the PostgreSQL pass of the suite. */
    public static boolean postgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("sot.test.database", ""));
    }

    /** The server's admin connection: a database to connect to and a role that may create databases. */
    public record Server(String url, String user, String password) {

        /** The JDBC URL of another database on the same server. */
        public String urlOf(String database) {
            int slash = url.indexOf('/', "jdbc:postgresql://".length());
            int query = url.indexOf('?', slash);
            return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    /** The PostgreSQL server of the PostgreSQL pass, from the environment (or system properties of the same names). */
    public static Server server() {
        String url = setting("SOT_TEST_POSTGRES_URL");
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            throw new IllegalStateException("The PostgreSQL pass of the tests needs SOT_TEST_POSTGRES_URL=jdbc:postgresql://HOST:PORT/DB "
                    + "(with SOT_TEST_POSTGRES_USER and SOT_TEST_POSTGRES_PASSWORD) of a role that may create databases: "
                    + "run eval \"$(.ci/postgres start)\" first");
        }
        String user = setting("SOT_TEST_POSTGRES_USER");
        String password = setting("SOT_TEST_POSTGRES_PASSWORD");
        return new Server(url, user == null ? "sot_test" : user, password == null ? "" : password);
    }

    /**
     * Creates an empty database on the test server and returns its JDBC URL. It is dropped when this JVM ends.
     */
    public static String createPostgresDatabase() {
        Server server = server();
        String name = "sot_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("create database " + name + " template template0 encoding 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database on " + server.url() + ": " + e.getMessage(), e);
        }
        if (created.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreated, "drop-test-databases"));
        }
        created.add(name);
        return server.urlOf(name);
    }

    private static void dropCreated() {
        try (Connection c = server().connect(); Statement s = c.createStatement()) {
            for (String name : created) {
                s.execute("drop database if exists " + name + " with (force)");
            }
        } catch (SQLException | RuntimeException e) {
            System.err.println("Could not drop the test databases " + created + ": " + e.getMessage());
        }
    }

    private static String setting(String name) {
        String v = System.getProperty(name);
        return v != null && !v.isBlank() ? v : System.getenv(name);
    }
}

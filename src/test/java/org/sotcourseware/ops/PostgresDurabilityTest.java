package org.sotcourseware.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sotcourseware.base.KillDashNineDurabilityTest;
import org.sotcourseware.testsupport.TestDatabase;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * On PostgreSQL, as on H2: a commit the app was told about survives kill -9 of the app, and the app refuses to start
 * on a database that would acknowledge commits before they are safe. Runs in the PostgreSQL pass only.
 */
@Tag(TestDatabase.POSTGRES_TAG)
class PostgresDurabilityTest {

    final TestDatabase.Server server = TestDatabase.server();

    @Test
    void every_acknowledged_commit_survives_sigkill_of_the_app_on_postgresql() throws Exception {
        String url = TestDatabase.createPostgresDatabase();
        // the same check the app makes at start-up passes on this server ...
        new DatabaseDurability(dataSource(url), new DatabaseProperties(false)).afterPropertiesSet();
        // ... and a writer killed mid-stream three times loses nothing it acknowledged
        KillDashNineDurabilityTest.killMidStreamAndCount(url, server.user(), server.password());
    }

    @Test
    void the_app_refuses_a_database_with_synchronous_commit_off_unless_told_it_is_throwaway() throws Exception {
        String url = TestDatabase.createPostgresDatabase();
        String database = url.substring(url.lastIndexOf('/') + 1);
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("alter database " + database + " set synchronous_commit = off");
        }
        assertThatThrownBy(() -> new DatabaseDurability(dataSource(url), new DatabaseProperties(false)).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("may lose commits the app has already confirmed")
                .hasMessageContaining("synchronous_commit is off")
                .hasMessageContaining("sot.database.allow-unsafe-durability");
        new DatabaseDurability(dataSource(url), new DatabaseProperties(true)).afterPropertiesSet(); // starts, with a warning
        try (Connection c = dataSource(url).getConnection(); Statement s = c.createStatement(); var rs = s.executeQuery("show synchronous_commit")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("off");
        }
    }

    private DriverManagerDataSource dataSource(String url) {
        return new DriverManagerDataSource(url, server.user(), server.password());
    }
}

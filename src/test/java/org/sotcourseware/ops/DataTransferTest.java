package org.sotcourseware.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sotcourseware.testsupport.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@code data export} and {@code data import} move every record: the app's database after a demo start-up (accounts,
 * attempts, case runs, seminars, certificates, content revisions with their bodies, audit) goes through archives
 * into other databases and comes back with every table's rows, and so every checksum, equal. On H2 here; H2 to
 * PostgreSQL to H2 in the PostgreSQL pass.
 */
@SpringBootTest
class DataTransferTest {

    @Autowired
    DataSource dataSource;

    @TempDir
    Path dir;

    @Test
    void an_export_imported_into_a_new_database_exports_again_to_the_same_rows_and_checksums() throws Exception {
        Path first = dir.resolve("first.zip");
        // the configured database, as `java -jar ... data export FILE` reads it (here given on the command line)
        assertThat(run("export", first.toString(), "--spring.datasource.url=" + appUrl(), "--user", appUser(), "--password", appPassword()))
                .contains("Exported");
        DataArchive.Manifest manifest = DataArchive.manifest(first);
        assertThat(manifest.schemaVersion()).isEqualTo(String.valueOf(latestMigration()));
        for (String table : List.of("app_user", "app_user_role", "quiz_attempt", "quiz_answer", "case_run", "case_step", "lesson_read",
                "module_completion", "learning_activity", "audit_event", "content_revision", "content_file", "content_publication", "seminar",
                "enrolment", "attendance", "certificate")) {
            assertThat(manifest.table(table)).as(table).isNotNull();
            assertThat(manifest.table(table).rows()).as("demo rows in " + table).isPositive();
        }
        assertThat(manifest.tables().indexOf(manifest.table("app_user"))).isLessThan(manifest.tables().indexOf(manifest.table("quiz_attempt")));

        String h2 = freshH2();
        assertThat(run("import", first.toString(), "--to", h2)).contains("Imported");
        Path second = dir.resolve("second.zip");
        run("export", second.toString(), "--from", h2);

        assertThat(tableChecksums(second)).isEqualTo(tableChecksums(first));
        assertThat(tableFiles(second)).isEqualTo(tableFiles(first));
        // identities continue after the imported ids: the app's next insert does not collide
        try (Connection c = DriverManager.getConnection(h2, "sa", ""); Statement s = c.createStatement()) {
            long max = single(s, "select max(id) from audit_event");
            s.execute("insert into audit_event (at, actor_name, action, target) values (current_timestamp, 'test', 'test', 'test')");
            assertThat(single(s, "select max(id) from audit_event")).isGreaterThan(max);
        }
    }

    @Test
    @Tag(TestDatabase.POSTGRES_TAG)
    void h2_to_postgresql_to_h2_keeps_every_row() throws Exception {
        // the app's database is PostgreSQL in this pass: PostgreSQL -> H2 -> PostgreSQL -> H2
        Path fromApp = dir.resolve("app.zip");
        run("export", fromApp.toString(), "--from", appUrl(), "--user", appUser(), "--password", appPassword());
        String h2 = freshH2();
        run("import", fromApp.toString(), "--to", h2);
        Path fromH2 = dir.resolve("h2.zip");
        run("export", fromH2.toString(), "--from", h2);

        TestDatabase.Server server = TestDatabase.server();
        String pg = TestDatabase.createPostgresDatabase();
        run("import", fromH2.toString(), "--to", pg, "--user", server.user(), "--password", server.password());
        Path fromPg = dir.resolve("pg.zip");
        run("export", fromPg.toString(), "--from", pg, "--user", server.user(), "--password", server.password());
        String backToH2 = freshH2();
        run("import", fromPg.toString(), "--to", backToH2);
        Path again = dir.resolve("again.zip");
        run("export", again.toString(), "--from", backToH2);

        Map<String, String> expected = tableChecksums(fromApp);
        assertThat(expected).isNotEmpty();
        assertThat(tableChecksums(fromH2)).isEqualTo(expected);
        assertThat(tableChecksums(fromPg)).isEqualTo(expected);
        assertThat(tableChecksums(again)).isEqualTo(expected);
        assertThat(tableFiles(again)).isEqualTo(tableFiles(fromApp));
        assertThat(DataArchive.manifest(fromPg).source()).startsWith("PostgreSQL");
        assertThat(DataArchive.manifest(fromH2).source()).startsWith("H2");
        // PostgreSQL's identities continue after the imported ids too
        try (Connection c = DriverManager.getConnection(pg, server.user(), server.password()); Statement s = c.createStatement()) {
            long max = single(s, "select max(id) from audit_event");
            s.execute("insert into audit_event (at, actor_name, action, target) values (current_timestamp, 'test', 'test', 'test')");
            assertThat(single(s, "select max(id) from audit_event")).isGreaterThan(max);
        }
    }

    @Test
    void a_non_empty_target_is_refused_and_left_as_it_was() throws Exception {
        Path archive = dir.resolve("a.zip");
        run("export", archive.toString(), "--from", appUrl(), "--user", appUser(), "--password", appPassword());
        String h2 = freshH2();
        run("import", archive.toString(), "--to", h2);
        long users = count(h2, "app_user");

        Result again = runFull("import", archive.toString(), "--to", h2);
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("The target database is not empty").contains("app_user (" + users + " rows)");
        assertThat(count(h2, "app_user")).isEqualTo(users);
    }

    @Test
    void an_archive_of_another_schema_version_or_damaged_is_refused_before_any_row_is_written() throws Exception {
        Path archive = dir.resolve("a.zip");
        run("export", archive.toString(), "--from", appUrl(), "--user", appUser(), "--password", appPassword());

        int latest = latestMigration();
        Path older = rewrite(archive, "manifest.json", text -> text.replaceAll("\"schemaVersion\"\\s*:\\s*\"" + latest + "\"",
                "\"schemaVersion\": \"" + (latest - 1) + "\""));
        String target = freshH2();
        Result r = runFull("import", older.toString(), "--to", target);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Schema mismatch").contains("version " + (latest - 1)).contains("version " + latest);
        assertThat(count(target, "app_user")).isZero();

        Path damaged = rewrite(archive, "tables/app_user.jsonl", text -> text.replace("student", "stodent"));
        r = runFull("import", damaged.toString(), "--to", target);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("damaged").contains("tables/app_user.jsonl");
        assertThat(count(target, "app_user")).isZero();

        Path notAnArchive = Files.writeString(dir.resolve("notes.zip"), "hello");
        r = runFull("import", notAnArchive.toString(), "--to", target);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("not a data archive");

        assertThat(runFull("import", archive.toString()).code()).as("no --to").isEqualTo(2);
    }

    // ----- helpers -----

    record Result(int code, String out, String err) {
    }

    private Result runFull(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DataCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String run(String... args) {
        Result r = runFull(args);
        assertThat(r.code()).as("data " + String.join(" ", args) + ": " + r.err()).isZero();
        return r.out();
    }

    /** The app's own database (resolved once: the test configuration's URL has a random part). */
    private String appUrl() {
        return ((HikariDataSource) dataSource).getJdbcUrl();
    }

    private String appUser() {
        return ((HikariDataSource) dataSource).getUsername();
    }

    private String appPassword() {
        String p = ((HikariDataSource) dataSource).getPassword();
        return p == null ? "" : p;
    }

    private static String freshH2() {
        return "jdbc:h2:mem:transfer-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    private static long count(String url, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            return single(s, "select count(*) from " + table);
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, String> tableChecksums(Path archive) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (DataArchive.TableInfo t : DataArchive.manifest(archive).tables()) {
            out.put(t.name(), t.rows() + " rows " + t.sha256());
        }
        return out;
    }

    private static Map<String, String> tableFiles(Path archive) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().startsWith("tables/")) {
                    out.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    /** A copy of the archive with one entry's text changed. */
    private Path rewrite(Path archive, String entry, java.util.function.UnaryOperator<String> change) throws IOException {
        Path copy = dir.resolve("changed-" + UUID.randomUUID() + ".zip");
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(archive));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                names.add(e.getName());
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        assertThat(names).contains(entry);
        return copy;
    }

    /** The newest migration's version (V42__… gives 42): what an export is tagged with. */
    private static int latestMigration() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
    }
}

package org.sotcourseware.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * {@code data export FILE}, {@code data import FILE --to JDBC_URL} and {@code data restore FILE} ({@link DataRestore}): moves every record between databases (H2 to
 * PostgreSQL and back) through the portable {@link DataArchive}, without starting the web server or any start-up task.
 * <ul>
 * <li>Export reads the database the app is configured with (application.properties, {@code SPRING_DATASOURCE_*},
 * {@code --spring.profiles.active=postgres} with {@code SOT_DATABASE_*}), or {@code --from JDBC_URL}. An embedded H2
 * database can be read only while no app has it open.</li>
 * <li>Import first brings an empty target to the app's schema version with the app's own Flyway migrations, then
 * refuses a target that already holds any row, or an archive written at another schema version.</li>
 * </ul>
 * Credentials: {@code --user} and {@code --password}, or the environment variable {@code SOT_DATA_PASSWORD} (kept out
 * of the process list).
 */
public final class DataCommand {

    public static final String COMMAND = "data";
    static final String USAGE = """
            usage: data export FILE [--from JDBC_URL] [--user USER] [--password PASSWORD] [--spring.profiles.active=...]
                   data import FILE --to JDBC_URL [--user USER] [--password PASSWORD]
                   data restore FILE [--data-dir DIR | --to JDBC_URL] [--user USER] [--password PASSWORD]
              export: every table of the app's database (or of --from) into one archive (a zip of JSON lines with a
                      manifest of row counts and SHA-256 checksums)
              import: loads an archive into a new, empty H2 or PostgreSQL database, creating the schema first
              restore: puts a backup (an H2 backup or an archive, from data/backups/) back as the app's database:
                      into the data directory (the configured one, or --data-dir), the file there kept aside; refused
                      while a running app holds it. An archive with --to goes into that empty database instead.
              SOT_DATA_PASSWORD may hold the password instead of --password""";

    private DataCommand() {
    }

    /** From {@code main}: no Spring context configures logging there, so keep Flyway's and the drivers' to warnings. */
    public static void quietLogging() {
        LoggingSystem.get(DataCommand.class.getClassLoader()).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
    }

    /** Runs the command; returns the process exit code (0 done, 1 refused or failed, 2 wrong usage). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() < 2 || args.contains("--help") || args.contains("-h")) {
            (args.contains("--help") || args.contains("-h") ? out : err).println(USAGE);
            return args.contains("--help") || args.contains("-h") ? 0 : 2;
        }
        String verb = args.get(0);
        Path file = Path.of(args.get(1));
        Options o;
        try {
            o = Options.parse(args.subList(2, args.size()));
        } catch (IllegalArgumentException e) {
            err.println(COMMAND + " " + verb + ": " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        try {
            return switch (verb) {
                case "export" -> export(file, o, out);
                case "import" -> importInto(file, o, out, err);
                case "restore" -> restore(file, o, out, err);
                default -> {
                    err.println(COMMAND + ": unknown command '" + verb + "'\n" + USAGE);
                    yield 2;
                }
            };
        } catch (DataArchive.DataTransferException e) {
            err.println(COMMAND + " " + verb + ": " + e.getMessage());
            return 1;
        } catch (SQLException e) {
            err.println(COMMAND + " " + verb + ": the database refused: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println(COMMAND + " " + verb + ": could not read or write " + file + ": " + e);
            return 1;
        }
    }

    private static int export(Path file, Options o, PrintStream out) throws SQLException, IOException {
        Target source = o.from != null ? new Target(o.from, o.user, o.password) : configured(o);
        try (Connection c = source.connect()) {
            String version = currentVersion(source);
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path partial = Files.createTempFile(parent, file.getFileName().toString(), ".partial");
            DataArchive.Manifest manifest;
            try (OutputStream stream = Files.newOutputStream(partial)) {
                manifest = DataArchive.export(c, version, stream);
            } catch (IOException | SQLException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            long rows = manifest.tables().stream().mapToLong(DataArchive.TableInfo::rows).sum();
            out.println("Exported " + rows + " rows in " + manifest.tables().size() + " tables (schema version " + version + ") from "
                    + source.url + " to " + file + " (" + Files.size(file) + " bytes)");
            return 0;
        } catch (SQLException e) {
            throw new DataArchive.DataTransferException("cannot read " + source.url + ": " + e.getMessage()
                    + (source.url.startsWith("jdbc:h2:file:") ? " (an embedded H2 database can be exported only while the app is stopped)" : ""), e);
        }
    }

    private static int importInto(Path file, Options o, PrintStream out, PrintStream err) throws SQLException, IOException {
        if (o.to == null) {
            err.println(COMMAND + " import: say where to with --to JDBC_URL\n" + USAGE);
            return 2;
        }
        if (!Files.isRegularFile(file)) {
            throw new DataArchive.DataTransferException("no archive at " + file);
        }
        DataArchive.Manifest manifest = DataArchive.manifest(file); // a damaged or foreign file is refused before the target is touched
        Target target = new Target(o.to, o.user, o.password);
        String version;
        try {
            Flyway flyway = flyway(target);
            flyway.migrate();
            version = versionOf(flyway);
        } catch (FlywayException e) {
            throw new DataArchive.DataTransferException("cannot prepare " + target.url + ": " + e.getMessage().lines().findFirst().orElse("")
                    + ". Import only into a new, empty database.", e);
        }
        try (Connection c = target.connect()) {
            Map<String, Long> loaded = DataArchive.load(file, c, version);
            long rows = loaded.values().stream().mapToLong(Long::longValue).sum();
            out.println("Imported " + rows + " rows in " + loaded.size() + " tables (schema version " + version + ", written "
                    + manifest.createdAt() + " from " + manifest.source() + ") into " + target.url);
            return 0;
        }
    }

    private static int restore(Path file, Options o, PrintStream out, PrintStream err) throws SQLException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new DataArchive.DataTransferException("no backup at " + file.toAbsolutePath().normalize());
        }
        DataRestore.Content content = DataRestore.inspect(file);
        Path dir;
        String name;
        if (o.to != null) {
            if (content.kind() == Backups.Kind.ARCHIVE && !o.to.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:file:")) {
                return importInto(file, o, out, err);
            }
            Path db = h2FilePath(o.to);
            dir = db.toAbsolutePath().getParent();
            name = db.getFileName().toString();
        } else if (o.dataDir != null) {
            dir = Path.of(o.dataDir);
            name = DataRestore.H2_NAME;
        } else {
            StandardEnvironment env = environment(o);
            String url = env.getProperty("spring.datasource.url", "");
            if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
                if (content.kind() == Backups.Kind.ARCHIVE) {
                    o.to = url;
                    o.user = o.user != null ? o.user : env.getProperty("spring.datasource.username", "");
                    o.password = o.password != null ? o.password : env.getProperty("spring.datasource.password", "");
                    return importInto(file, o, out, err);
                }
                throw new DataArchive.DataTransferException(file + " is an H2 backup, but the app is configured for PostgreSQL (" + url
                        + "). Restore it into H2 with --data-dir DIR, or restore PostgreSQL from a data archive or with pg_restore.");
            }
            if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:file:")) {
                Path db = h2FilePath(url);
                dir = db.toAbsolutePath().getParent();
                name = db.getFileName().toString();
            } else {
                dir = Path.of(env.getProperty("sot.data-dir", "./data"));
                name = DataRestore.H2_NAME;
            }
        }
        Map<String, Long> counts = DataRestore.intoH2(file, content, dir, name, out);
        long rows = counts.values().stream().mapToLong(Long::longValue).sum();
        out.println("Restored " + file + " (" + (content.kind() == Backups.Kind.H2 ? "H2 backup" : "data archive") + ") into "
                + dir.resolve(name + ".mv.db").toAbsolutePath().normalize() + ": " + rows + " rows in " + counts.size()
                + " tables. Start the app as usual.");
        return 0;
    }

    /** The database file path (without {@code .mv.db}) of a {@code jdbc:h2:file:PATH;OPTIONS} URL. */
    static Path h2FilePath(String url) {
        if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:file:")) {
            throw new DataArchive.DataTransferException("an H2 backup restores only into an H2 file database (jdbc:h2:file:PATH), not " + url);
        }
        String path = url.substring("jdbc:h2:file:".length());
        int semi = path.indexOf(';');
        return Path.of(semi < 0 ? path : path.substring(0, semi));
    }

    /** The app's latest schema version as Flyway sees it on this database. */
    private static String currentVersion(Target t) {
        try {
            return versionOf(flyway(t));
        } catch (FlywayException e) {
            throw new DataArchive.DataTransferException("cannot read the schema version of " + t.url + ": " + e.getMessage(), e);
        }
    }

    private static String versionOf(Flyway flyway) {
        MigrationInfo current = flyway.info().current();
        if (current == null || current.getVersion() == null) {
            throw new DataArchive.DataTransferException("the database has no schema of SOT Courseware (no migration applied)");
        }
        return current.getVersion().getVersion();
    }

    static Flyway flyway(Target t) {
        return Flyway.configure(DataCommand.class.getClassLoader())
                .dataSource(t.url, t.user, t.password)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor(t.url))
                .load();
    }

    static String vendor(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:h2:")) {
            return "h2";
        }
        if (u.startsWith("jdbc:postgresql:")) {
            return "postgresql";
        }
        throw new DataArchive.DataTransferException("only H2 (jdbc:h2:...) and PostgreSQL (jdbc:postgresql://...) are supported, not " + url);
    }

    /** The datasource the app itself would use with these arguments: its properties, profiles and environment. */
    private static Target configured(Options o) {
        StandardEnvironment env = environment(o);
        String url = env.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            throw new DataArchive.DataTransferException("no spring.datasource.url is configured: give --from JDBC_URL");
        }
        return new Target(url, o.user != null ? o.user : env.getProperty("spring.datasource.username", ""),
                o.password != null ? o.password : env.getProperty("spring.datasource.password", ""));
    }

    private static StandardEnvironment environment(Options o) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new SimpleCommandLinePropertySource(o.springArgs.toArray(String[]::new)));
        org.springframework.boot.env.RandomValuePropertySource.addToEnvironment(env);
        ConfigDataEnvironmentPostProcessor.applyTo(env);
        return env;
    }

    record Target(String url, @Nullable String user, @Nullable String password) {

        Target {
            vendor(url);
            if (user == null) {
                user = url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:") ? "sa" : System.getProperty("user.name");
            }
            if (password == null) {
                String env = System.getenv("SOT_DATA_PASSWORD");
                password = env == null ? "" : env;
            }
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    static final class Options {
        @Nullable String from;
        @Nullable String to;
        @Nullable String user;
        @Nullable String password;
        @Nullable String dataDir;
        final List<String> springArgs = new ArrayList<>();

        static Options parse(List<String> args) {
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--from", "--to", "--user", "--password", "--data-dir" -> {
                        if (i + 1 >= args.size()) {
                            throw new IllegalArgumentException(a + " needs a value");
                        }
                        String v = args.get(++i);
                        switch (a) {
                            case "--from" -> o.from = v;
                            case "--to" -> o.to = v;
                            case "--user" -> o.user = v;
                            case "--data-dir" -> o.dataDir = v;
                            default -> o.password = v;
                        }
                    }
                    default -> {
                        if (a.startsWith("--spring.") || a.startsWith("--sot.")) {
                            o.springArgs.add(a);
                        } else {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                    }
                }
            }
            return o;
        }
    }
}

package org.sotcourseware.ops;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.DatabaseTrouble;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Start-up failures of the database in plain words, instead of a stack trace (registered in
 * {@code META-INF/spring.factories}):
 * <ul>
 * <li>the H2 file is held by another process (a second app started on the same data directory);</li>
 * <li>the H2 file is damaged: it names the file and the {@code data restore} command with the newest backup;</li>
 * <li>the database cannot be reached (PostgreSQL down, wrong host or port) or refuses the credentials.</li>
 * </ul>
 * In every case nothing was changed: the app stopped before writing anything.
 */
class DatabaseFailureAnalyzer implements FailureAnalyzer {

    /** H2's error codes: DATABASE_ALREADY_OPEN_1 and FILE_CORRUPTED_1. */
    static final int H2_IN_USE = 90020;
    static final int H2_CORRUPT = 90030;

    private final Environment env;

    DatabaseFailureAnalyzer(Environment env) {
        this.env = env;
    }

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        SQLException sql = find(failure);
        if (sql == null) {
            return null;
        }
        String url = env.getProperty("spring.datasource.url", "");
        if (sql.getErrorCode() == H2_IN_USE || contains(sql, "The file is locked")) {
            Path file = h2File(url);
            return new FailureAnalysis("The H2 database " + file + " is already open in another process: most likely SOT Courseware is "
                    + "already running on the data directory " + file.getParent() + ". An embedded H2 database serves one app at a time. "
                    + "Nothing was changed.",
                    "Stop the other app first, or start this one with a data directory of its own (SOT_DATA_DIR=/another/folder). "
                            + "Several app nodes on one database need PostgreSQL (docs/operations.md, \"Run in production\").", failure);
        }
        if (sql.getErrorCode() == H2_CORRUPT) {
            Path file = h2File(url);
            return new FailureAnalysis("The H2 database file " + file + " is damaged and cannot be opened (" + firstLine(sql) + "). "
                    + "Nothing was changed.", restoreAdvice(file), failure);
        }
        if (DatabaseTrouble.isUnavailable(sql)) {
            return new FailureAnalysis("The database at " + url + " cannot be reached: " + firstLine(sql) + ". Nothing was changed.",
                    "Check that the database server runs and accepts connections from this machine, and that SPRING_DATASOURCE_URL (or "
                            + "SOT_DATABASE_URL with the postgres profile) names the right host, port and database. Then start the app "
                            + "again; with the postgres profile it waits for the server for a while first (spring.flyway.connect-retries).",
                    failure);
        }
        if (sql.getSQLState() != null && sql.getSQLState().startsWith("28")) {
            return new FailureAnalysis("The database at " + url + " refused the user name or password: " + firstLine(sql)
                    + ". Nothing was changed.",
                    "Set the right credentials: SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD (or SOT_DATABASE_USER and "
                            + "SOT_DATABASE_PASSWORD with the postgres profile).", failure);
        }
        return null;
    }

    private String restoreAdvice(Path file) {
        Path backups = Path.of(env.getProperty("sot.backup.dir", file.getParent().resolve("backups").toString())).toAbsolutePath().normalize();
        String newest = new BackupFolder(backups).newest();
        String command = "java -jar sot-courseware.jar data restore " + (newest != null ? backups.resolve(newest) : backups.resolve("FILE"));
        return "Restore the newest backup, with the app stopped: " + command + " (the damaged file is kept beside it, renamed "
                + file.getFileName() + ".before-restore-TIME), then start the app again. "
                + (newest != null ? "The newest backup in " + backups + " is " + newest + "."
                : "No backup was found in " + backups + "; if the backups are elsewhere, name that file.")
                + " See docs/operations.md, \"Backups and the restore drill\".";
    }

    /** The database file of the configured H2 URL, with its {@code .mv.db} ending. */
    private static Path h2File(String url) {
        if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:file:")) {
            Path p = DataCommand.h2FilePath(url).toAbsolutePath().normalize();
            return p.resolveSibling(p.getFileName() + ".mv.db");
        }
        return Path.of(url);
    }

    private static @Nullable SQLException find(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 30; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static boolean contains(Throwable t, String text) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null && c.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m).strip();
    }

    /** The newest backup file in a folder, by name. */
    private record BackupFolder(Path dir) {
        @Nullable String newest() {
            try (var files = java.nio.file.Files.list(dir)) {
                return files.map(p -> p.getFileName().toString()).filter(n -> Backups.parse(n).isPresent())
                        .max(java.util.Comparator.comparing(n -> Backups.parse(n).orElseThrow().takenAt())).orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        }
    }
}

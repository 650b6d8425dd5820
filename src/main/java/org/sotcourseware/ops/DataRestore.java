package org.sotcourseware.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.jspecify.annotations.Nullable;

/**
 * {@code data restore FILE}: puts a backup back. An H2 backup ({@code BACKUP TO}: a zip holding the {@code .mv.db}
 * file) goes into the data directory as the database file; a portable archive goes into a new H2 database there, or
 * with {@code --to JDBC_URL} into an empty PostgreSQL (or H2) database. The restored database is opened and counted
 * before it takes the place of anything.
 * <ul>
 * <li>Refused while a running app (or any other process) holds the database file: it is locked then.</li>
 * <li>A database file already in the data directory is not deleted but renamed
 * {@code NAME.mv.db.before-restore-TIME}, so nothing is lost even if the restore was a mistake.</li>
 * </ul>
 */
final class DataRestore {

    static final String H2_NAME = "sot-courseware";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private DataRestore() {
    }

    /** What a backup file is. */
    record Content(Backups.Kind kind, @Nullable String entry) {
    }

    /** Looks into the zip: a {@code manifest.json} makes it an archive, a {@code .mv.db} entry an H2 backup. */
    static Content inspect(Path file) throws IOException {
        String h2 = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("manifest.json")) {
                    return new Content(Backups.Kind.ARCHIVE, null);
                }
                if (e.getName().endsWith(".mv.db")) {
                    h2 = e.getName();
                }
            }
        } catch (ZipException e) {
            throw new DataArchive.DataTransferException(file + " is not a backup of SOT Courseware: it is not a readable zip (" + e.getMessage() + ")");
        }
        if (h2 == null) {
            throw new DataArchive.DataTransferException(file + " is not a backup of SOT Courseware: it holds neither an H2 database file (.mv.db) "
                    + "nor a data archive (manifest.json)");
        }
        return new Content(Backups.Kind.H2, h2);
    }

    /** Whether another process (a running app) holds the H2 file: H2 locks it for as long as the database is open. */
    static boolean inUse(Path dbFile) throws IOException {
        if (!Files.exists(dbFile)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(dbFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held in this very JVM
        }
    }

    /**
     * Restores an H2 backup or a portable archive into the H2 database {@code name} in {@code dir}.
     *
     * @return the tables' row counts of the restored database
     */
    static Map<String, Long> intoH2(Path file, Content content, Path dir, String name, PrintStream out) throws IOException, SQLException {
        Path dbFile = dir.resolve(name + ".mv.db");
        if (inUse(dbFile)) {
            throw new DataArchive.DataTransferException("The database " + dbFile.toAbsolutePath().normalize() + " is open in a running app (or "
                    + "another program). Stop the app first: a restore never replaces a database in use. Nothing was changed.");
        }
        Files.createDirectories(dir);
        String stamp = STAMP.format(Instant.now());
        Path work = Files.createTempDirectory(dir, ".restore-");
        try {
            Path restored = work.resolve(name + ".mv.db");
            if (content.kind() == Backups.Kind.H2) {
                extract(file, content.entry(), restored);
            } else {
                String url = "jdbc:h2:file:" + work.resolve(name).toAbsolutePath() + ";WRITE_DELAY=0";
                DataCommand.Target target = new DataCommand.Target(url, "sa", "");
                org.flywaydb.core.Flyway flyway = DataCommand.flyway(target);
                flyway.migrate();
                try (Connection c = target.connect()) {
                    DataArchive.load(file, c, java.util.Objects.requireNonNull(flyway.info().current()).getVersion().getVersion());
                }
            }
            Map<String, Long> counts = count("jdbc:h2:file:" + work.resolve(name).toAbsolutePath() + ";IFEXISTS=TRUE");
            if (Files.exists(dbFile)) {
                Path aside = dir.resolve(name + ".mv.db.before-restore-" + stamp);
                Files.move(dbFile, aside);
                out.println("The database file that was there is kept as " + aside.toAbsolutePath().normalize());
            }
            Files.deleteIfExists(dir.resolve(name + ".trace.db"));
            Files.move(restored, dbFile, StandardCopyOption.ATOMIC_MOVE);
            return counts;
        } finally {
            try (var files = Files.list(work)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(work);
        }
    }

    private static void extract(Path zipFile, @Nullable String entry, Path to) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(zipFile), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(entry)) {
                    try (OutputStream o = Files.newOutputStream(to)) {
                        zip.transferTo(o);
                    }
                    try (FileChannel ch = FileChannel.open(to, StandardOpenOption.WRITE)) {
                        ch.force(true);
                    }
                    return;
                }
            }
        } catch (ZipException e) {
            throw new DataArchive.DataTransferException(zipFile + " is damaged: " + e.getMessage() + ". Nothing was changed; take an earlier backup.");
        }
        throw new DataArchive.DataTransferException(zipFile + " has no entry " + entry);
    }

    /** Opens the restored database and counts every table: a damaged file fails here, before it replaces anything. */
    static Map<String, Long> count(String url) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            for (String table : DataArchive.tablesInLoadOrder(c)) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new DataArchive.DataTransferException("The restored database cannot be read (" + e.getMessage().lines().findFirst().orElse("")
                    + "); the backup is damaged. Nothing was changed; restore an earlier backup.", e);
        }
        return counts;
    }

}

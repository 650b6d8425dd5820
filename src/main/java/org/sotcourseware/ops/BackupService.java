package org.sotcourseware.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Backups of the app's database into {@code sot.backup.dir} (decision 012): on the schedule {@code sot.backup.cron}
 * (nightly by default) and on demand from the admin screen, then retention ({@link Backups#keep}).
 * <ul>
 * <li>Embedded H2 (a file database): H2's online {@code BACKUP TO}, a consistent copy of the database file taken while
 * the app runs, restored with {@code data restore}.</li>
 * <li>PostgreSQL (and an in-memory H2): the portable {@link DataArchive} of every table, read in one snapshot, restored
 * with {@code data restore FILE --to URL} into an empty database. {@code pg_dump} stays the PostgreSQL tool of choice
 * beside it (docs/operations.md).</li>
 * </ul>
 * A backup is written to a {@code .partial} file, forced to disk, then renamed: a file with a backup's name is always
 * whole. Any failure (a full disk above all) deletes the partial file, keeps every earlier backup (retention runs only
 * after a success), leaves the database untouched, and is reported in plain words on the admin screen, in the log and
 * as the metric {@code sot.backup.failures}. With several app nodes on one PostgreSQL, the scheduled run is taken by
 * the one node whose claim row (table {@code backup_claim}) is inserted first.
 */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    /** One backup file on disk. */
    public record Backup(String fileName, Instant takenAt, Backups.Kind kind, long bytes) {
    }

    /** What the admin screen shows: where, when, what is there, and the last failure if the last run failed. */
    public record Status(Path dir, String cron, int keepDaily, int keepWeekly, List<Backup> backups, @Nullable Message lastFailure,
                         @Nullable Instant lastFailureAt, long usableBytes) {
    }

    /** A backup that could not be written, with the reason in plain words (English in {@code getMessage()}, for logs). */
    public static final class BackupFailedException extends Refusal {
        BackupFailedException(Message message, Throwable cause) {
            super(message, cause);
        }
    }

    private final DataSource dataSource;
    private final BackupProperties properties;
    private final Flyway flyway;
    private final Clock clock;
    private final Counter failures;
    private final Counter successes;
    private volatile @Nullable Message lastFailure;
    private volatile @Nullable Instant lastFailureAt;

    BackupService(DataSource dataSource, BackupProperties properties, Flyway flyway, Clock clock, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.flyway = flyway;
        this.clock = clock;
        this.failures = Counter.builder("sot.backup.failures").description("Backups that failed").register(registry);
        this.successes = Counter.builder("sot.backup.successes").description("Backups written").register(registry);
        Gauge.builder("sot.backup.age", this, BackupService::ageSeconds).baseUnit("seconds")
                .description("Time since the newest backup in the backup folder (+Inf when there is none)").register(registry);
    }

    /** A backup now, for an administrator (the admin screen). */
    @PreAuthorize("hasRole('ADMIN')")
    public Backup backupNow() {
        return backup();
    }

    /** The admin screen's view of the backups. */
    @PreAuthorize("hasRole('ADMIN')")
    public Status status() {
        long usable;
        try {
            usable = Files.isDirectory(properties.dir()) ? Files.getFileStore(properties.dir()).getUsableSpace() : -1;
        } catch (IOException e) {
            usable = -1;
        }
        return new Status(properties.dir().toAbsolutePath().normalize(), properties.cron(), properties.keepDaily(), properties.keepWeekly(),
                list(), lastFailure, lastFailureAt, usable);
    }

    /** The scheduled run: taken by this node unless another node on the same database has claimed this run already. */
    @Scheduled(cron = "${sot.backup.cron:0 30 2 * * *}")
    void scheduled() {
        Instant now = clock.instant();
        Instant slot = scheduledTime(properties.cron(), now, clock.getZone());
        if (!claim(slot, now)) {
            log.info("The scheduled backup of {} was taken by another node", slot);
            return;
        }
        try {
            backup();
        } catch (BackupFailedException e) {
            // already logged and counted; the next run tries again
        }
    }

    /**
     * The time this run was scheduled for: the cron's last fire time at or before {@code now} (within a minute), the
     * same on every node whatever their small clock differences, so each run has one claim.
     */
    static Instant scheduledTime(String cron, Instant now, java.time.ZoneId zone) {
        if (!org.springframework.scheduling.support.CronExpression.isValidExpression(cron)) {
            return now.truncatedTo(ChronoUnit.SECONDS);
        }
        var expression = org.springframework.scheduling.support.CronExpression.parse(cron);
        java.time.ZonedDateTime from = now.atZone(zone).minusMinutes(1);
        java.time.ZonedDateTime last = null;
        for (java.time.ZonedDateTime t = expression.next(from); t != null && !t.toInstant().isAfter(now.plusSeconds(1)); t = expression.next(t)) {
            last = t;
        }
        return last != null ? last.toInstant() : now.truncatedTo(ChronoUnit.SECONDS);
    }

    private boolean claim(Instant slot, Instant now) {
        String node;
        try {
            node = InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (IOException e) {
            node = "pid " + ProcessHandle.current().pid();
        }
        try {
            new JdbcTemplate(dataSource).update("insert into backup_claim (slot, node, claimed_at) values (?, ?, ?)", "scheduled-" + slot,
                    node.length() > 200 ? node.substring(0, 200) : node, Timestamp.valueOf(LocalDateTime.ofInstant(now, ZoneOffset.UTC)));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Writes one backup, then applies retention. Serialised: two at once would only compete for the disk. */
    synchronized Backup backup() {
        Instant started = clock.instant();
        Path dir = properties.dir();
        Backups.Kind kind = h2File() ? Backups.Kind.H2 : Backups.Kind.ARCHIVE;
        String name = Backups.fileName(started, kind);
        Path target = dir.resolve(name);
        Path partial = dir.resolve(name + ".partial");
        try {
            Files.createDirectories(dir);
            if (Files.exists(target)) {
                throw new IOException(target + " already exists (two backups in the same second)");
            }
            if (kind == Backups.Kind.H2) {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.execute("BACKUP TO '" + partial.toAbsolutePath().toString().replace("'", "''") + "'");
                }
            } else {
                try (Connection c = dataSource.getConnection(); OutputStream out = Files.newOutputStream(partial)) {
                    DataArchive.export(c, schemaVersion(), out);
                }
            }
            try (FileChannel ch = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(partial);
            Message message = reason(e, dir);
            lastFailure = message;
            lastFailureAt = clock.instant();
            failures.increment();
            log.error("{}", message.english(), e);
            throw new BackupFailedException(message, e);
        }
        Backup done = new Backup(name, started, kind, sizeOf(target));
        lastFailure = null;
        lastFailureAt = null;
        successes.increment();
        log.info("Backup written: {} ({} bytes, {} ms)", target.toAbsolutePath().normalize(), done.bytes(),
                Duration.between(started, clock.instant()).toMillis());
        prune();
        return done;
    }

    /** The backups in the folder, newest first. */
    List<Backup> list() {
        List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(properties.dir())) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(properties.dir())) {
            for (Path f : files) {
                Backups.parse(f.getFileName().toString())
                        .ifPresent(n -> out.add(new Backup(n.fileName(), n.takenAt(), n.kind(), sizeOf(f))));
            }
        } catch (IOException e) {
            log.warn("Cannot list the backup folder {}: {}", properties.dir(), e.toString());
        }
        out.sort(Comparator.comparing(Backup::takenAt).reversed());
        return out;
    }

    /** Deletes what retention does not keep. Only files named as backups are ever touched. */
    private void prune() {
        List<Backups.Name> names = list().stream().map(b -> new Backups.Name(b.fileName(), b.takenAt(), b.kind())).toList();
        Set<Backups.Name> keep = Backups.keep(names, properties.keepDaily(), properties.keepWeekly());
        for (Backups.Name n : names) {
            if (!keep.contains(n)) {
                try {
                    Files.deleteIfExists(properties.dir().resolve(n.fileName()));
                    log.info("Backup {} removed by retention ({} daily, {} weekly)", n.fileName(), properties.keepDaily(), properties.keepWeekly());
                } catch (IOException e) {
                    log.warn("Cannot remove the old backup {}: {}", n.fileName(), e.toString());
                }
            }
        }
    }

    double ageSeconds() {
        Optional<Backup> newest = list().stream().findFirst();
        return newest.map(b -> (double) Duration.between(b.takenAt(), clock.instant()).toSeconds()).orElse(Double.POSITIVE_INFINITY);
    }

    private boolean h2File() {
        try (Connection c = dataSource.getConnection()) {
            String url = c.getMetaData().getURL().toLowerCase(Locale.ROOT);
            return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.contains(":mem:");
        } catch (SQLException e) {
            throw new BackupFailedException(Message.of("ops.backup.database-unavailable", String.valueOf(e.getMessage())), e);
        }
    }

    private String schemaVersion() {
        MigrationInfo current = flyway.info().current();
        if (current == null || current.getVersion() == null) {
            throw new IllegalStateException("the database has no schema version");
        }
        return current.getVersion().getVersion();
    }

    /** The reason in plain English words (for logs and tests); see {@link #reason}. */
    static String explain(Throwable e, Path dir) {
        return reason(e, dir).english();
    }

    /** The reason in plain words; a full disk is named as such, with how much room there is. */
    static Message reason(Throwable e, Path dir) {
        String all = chain(e);
        Object free = "";
        try {
            Path existing = dir.toAbsolutePath();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing != null) {
                FileStore store = Files.getFileStore(existing);
                free = Message.of("ops.backup.free-of", store.getUsableSpace() / 1024, store.getTotalSpace() / 1024);
            }
        } catch (IOException ignored) {
            // no figure then
        }
        String where = dir.toAbsolutePath().normalize().toString();
        if (all.contains("No space left on device") || all.contains("Disk quota exceeded") || all.contains("File too large")
                || all.contains("There is not enough space")) {
            return Message.of("ops.backup.disk-full", where, free);
        }
        return Message.of("ops.backup.failed", firstLine(all), where, free);
    }

    private static String chain(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()).append(" | ");
            if (t.getCause() == t) {
                break;
            }
        }
        return sb.toString();
    }

    private static String firstLine(String s) {
        String line = s.lines().findFirst().orElse(s);
        int bar = line.indexOf(" | ");
        return bar > 0 ? line.substring(0, bar) : line;
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteQuietly(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException ignored) {
            // best effort; a stray .partial is never taken for a backup
        }
    }
}

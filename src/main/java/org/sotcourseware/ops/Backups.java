package org.sotcourseware.ops;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of backup files and which of them retention keeps: plain functions, no files touched.
 * <ul>
 * <li>{@code sot-courseware-20261206-023000.zip}: an H2 online backup ({@code BACKUP TO}), the database file zipped;</li>
 * <li>{@code sot-courseware-20261206-023000.archive.zip}: the portable data archive ({@link DataArchive}), which is what
 * PostgreSQL gets.</li>
 * </ul>
 * Times in names are UTC, so names sort in time order and a change of clocks never makes two the same.
 */
public final class Backups {

    static final String PREFIX = "sot-courseware-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d{8}-\\d{6})(\\.archive)?\\.zip");

    private Backups() {
    }

    /** What a backup file holds. */
    public enum Kind {
        /** H2's own online backup: the database file, restored as it was. */
        H2,
        /** The portable data archive: every table as JSON lines, loadable into H2 or PostgreSQL. */
        ARCHIVE
    }

    /** A backup file by its name. */
    public record Name(String fileName, Instant takenAt, Kind kind) {
    }

    static String fileName(Instant at, Kind kind) {
        return PREFIX + STAMP.format(at) + (kind == Kind.ARCHIVE ? ".archive" : "") + ".zip";
    }

    static Optional<Name> parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        Instant at = LocalDateTime.parse(m.group(1), DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss", Locale.ROOT)).toInstant(ZoneOffset.UTC);
        return Optional.of(new Name(fileName, at, m.group(2) != null ? Kind.ARCHIVE : Kind.H2));
    }

    /**
     * The backups retention keeps: the newest of each of the {@code keepDaily} most recent days that have a backup,
     * and the newest of each of the {@code keepWeekly} most recent ISO weeks that have one (days and weeks in UTC).
     * The newest backup of all is always kept. Everything else may be deleted.
     */
    static Set<Name> keep(List<Name> backups, int keepDaily, int keepWeekly) {
        List<Name> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Comparator.comparing(Name::takenAt).reversed());
        Set<Name> keep = new LinkedHashSet<>();
        Set<LocalDate> days = new LinkedHashSet<>();
        Set<String> weeks = new LinkedHashSet<>();
        for (Name b : newestFirst) {
            LocalDate day = b.takenAt().atZone(ZoneOffset.UTC).toLocalDate();
            if (!days.contains(day) && days.size() < keepDaily) {
                days.add(day);
                keep.add(b);
            }
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (!weeks.contains(week) && weeks.size() < keepWeekly) {
                weeks.add(week);
                keep.add(b);
            }
        }
        return keep;
    }
}

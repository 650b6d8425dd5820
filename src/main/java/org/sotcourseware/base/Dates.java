package org.sotcourseware.base;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as the app shows them everywhere: "7 Dec 2026" and "7 Dec 2026, 14:05" (day first, 24-hour
 * clock, the same on every server whatever its default locale), never ISO instants or US-style times.
 */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private Dates() {
    }

    /** "7 Dec 2026, 14:05" in {@code zone}. */
    public static String moment(Instant at, ZoneId zone) {
        return MOMENT.format(at.atZone(zone));
    }

    /** "7 Dec 2026" in {@code zone}. */
    public static String day(Instant at, ZoneId zone) {
        return DAY.format(at.atZone(zone));
    }
}

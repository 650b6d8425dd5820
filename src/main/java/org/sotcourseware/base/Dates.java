package org.sotcourseware.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as the app shows them everywhere, day first and on a 24-hour clock, never ISO instants or US-style
 * times: "7 Dec 2026, 14:05" in English, "7. Dez. 2026, 14:05" in German (a no-break space after the day, so "7." never ends a line). The methods without a locale write
 * English (files meant for every reader, logs); screens pass the reader's locale.
 */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY_DE = DateTimeFormatter.ofPattern("d.\u00a0MMM yyyy", Locale.GERMAN);
    private static final DateTimeFormatter MOMENT_DE = DateTimeFormatter.ofPattern("d.\u00a0MMM yyyy, HH:mm", Locale.GERMAN);

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

    /** "7 Dec 2026, 14:05" or "7. Dez. 2026, 14:05" in {@code zone}. */
    public static String moment(Instant at, ZoneId zone, Locale locale) {
        return moment(at.atZone(zone).toLocalDateTime(), locale);
    }

    /** "7 Dec 2026" or "7. Dez. 2026" in {@code zone}. */
    public static String day(Instant at, ZoneId zone, Locale locale) {
        return day(at.atZone(zone).toLocalDate(), locale);
    }

    public static String moment(LocalDateTime at, Locale locale) {
        return (german(locale) ? MOMENT_DE : MOMENT).format(at);
    }

    public static String day(LocalDate day, Locale locale) {
        return (german(locale) ? DAY_DE : DAY).format(day);
    }

    private static boolean german(Locale locale) {
        return Locales.closest(locale).equals(Locales.GERMAN);
    }
}

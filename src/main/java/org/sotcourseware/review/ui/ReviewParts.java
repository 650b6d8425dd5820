package org.sotcourseware.review.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Numbers;

/** Wording the review screens share. */
final class ReviewParts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);

    private ReviewParts() {
    }

    static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }

    static String cards(int n) {
        return n == 1 ? "1 card" : n + " cards";
    }

    static String percent(@Nullable Double p) {
        return p == null ? "–" : Numbers.upTo(p, 1) + "%";
    }

    static String date(LocalDate d, LocalDate today) {
        if (d.equals(today.plusDays(1))) {
            return "tomorrow";
        }
        return "on " + DATE.format(d);
    }
}

package org.sotcourseware.review.ui;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.Numbers;
import org.sotcourseware.base.Translations;
import org.sotcourseware.review.Rating;

/** Wording the review screens share, in the reader's language. */
final class ReviewParts {

    private ReviewParts() {
    }

    static String t(Locale locale, String key, Object... args) {
        return Translations.text(locale, key, args);
    }

    static String days(int n, Locale locale) {
        return t(locale, "review.days", n);
    }

    static String cards(int n, Locale locale) {
        return t(locale, "review.cards", n);
    }

    static String percent(@Nullable Double p, Locale locale) {
        return p == null ? "–" : Numbers.percent(p, 1, locale);
    }

    /** "tomorrow", or "on 7 Dec 2026", as words to translate. */
    static Message date(LocalDate d, LocalDate today) {
        return d.equals(today.plusDays(1)) ? Message.of("review.date.tomorrow") : Message.of("review.date.on", d);
    }

    /** A rating's name ("Again", "Good"). */
    static String rating(Rating r, Locale locale) {
        return t(locale, "review.rating." + r.name().toLowerCase(Locale.ROOT));
    }
}

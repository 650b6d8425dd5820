package org.sotcourseware.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Figures as people read them ("7.5", "12", "0.43"), the same on every server: a full stop as decimal
 * separator whatever the default locale, and safe to call from any thread (a shared {@code DecimalFormat}
 * is not, and two organisers opening the matrix at once would garble each other's figures).
 */
public final class Numbers {

    private Numbers() {
    }

    /** At most {@code decimals} decimals, trailing zeros dropped: 7.50 → "7.5", 12.0 → "12" (half-even rounding). */
    public static String upTo(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** Exactly {@code decimals} decimals: 0.5 → "0.50" with two (half-even rounding). */
    public static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN);
        return rounded.signum() == 0 ? BigDecimal.ZERO.setScale(decimals).toPlainString() : rounded.toPlainString();
    }

    /** {@link #upTo(double, int)} with the locale's decimal separator: 7.5 in English, 7,5 in German. */
    public static String upTo(double value, int decimals, Locale locale) {
        return localise(upTo(value, decimals), locale);
    }

    /** {@link #fixed(double, int)} with the locale's decimal separator. */
    public static String fixed(double value, int decimals, Locale locale) {
        return localise(fixed(value, decimals), locale);
    }

    /** A percentage given as 0-100, at most {@code decimals} decimals: "75%" in English, "75 %" in German. */
    public static String percent(double value, int decimals, Locale locale) {
        String figure = upTo(value, decimals, locale);
        return Locales.closest(locale).equals(Locales.GERMAN) ? figure + "\u00a0%" : figure + "%";
    }

    private static String localise(String figure, Locale locale) {
        return Locales.closest(locale).equals(Locales.GERMAN) ? figure.replace('.', ',') : figure;
    }

    /** A count with its noun in the right number: (1, "student", "students") → "1 student", (0, ...) → "0 students". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}

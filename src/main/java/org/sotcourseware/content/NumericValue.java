package org.sotcourseware.content;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A number with an optional tolerance and unit, as authors write numeric answers ({@code 15 ± 2 mm},
 * {@code 15 +- 2 mm}, {@code 0.5}) and as students type them ({@code 15mm}, {@code 15,0 mm}).
 */
public record NumericValue(double value, double tolerance, @Nullable String unit) {

    private static final Pattern FORMAT = Pattern.compile(
            "^\\s*([-+−]?\\d+(?:[.,]\\d+)?)\\s*(?:(?:±|\\+-|\\+/-)\\s*([-+−]?\\d+(?:[.,]\\d+)?))?\\s*(.*?)\\s*$");

    public static Optional<NumericValue> parse(String text) {
        Matcher m = FORMAT.matcher(text.replace('\u00a0', ' '));
        if (!m.matches()) {
            return Optional.empty();
        }
        double value = number(m.group(1));
        double tolerance = m.group(2) == null ? 0 : number(m.group(2));
        String unit = normaliseUnit(m.group(3));
        if (unit != null && !unit.matches("[\\p{L}°%µ/²³·.\\- ]+")) {
            return Optional.empty(); // "15 2" or "15 + 2" are not numbers with a unit
        }
        return Optional.of(new NumericValue(value, tolerance, unit));
    }

    private static double number(String s) {
        return Double.parseDouble(s.replace(',', '.').replace('−', '-'));
    }

    static @Nullable String normaliseUnit(@Nullable String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        return unit.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Whether {@code answer} is within tolerance (bounds included) and, if it names a unit, the same unit. */
    public boolean accepts(NumericValue answer) {
        if (answer.unit() != null && unit != null && !answer.unit().equals(unit)) {
            return false;
        }
        if (answer.unit() != null && unit == null) {
            return false;
        }
        // a tiny epsilon so that 13 is within 15 ± 2 despite binary floating point
        return Math.abs(answer.value() - value) <= tolerance + 1e-9 * Math.max(1, Math.abs(value));
    }

    @Override
    public String toString() {
        String v = format(value);
        return v + (tolerance > 0 ? " ± " + format(tolerance) : "") + (unit == null ? "" : " " + unit);
    }

    private static String format(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}

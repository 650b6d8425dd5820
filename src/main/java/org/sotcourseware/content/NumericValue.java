package org.sotcourseware.content;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;

/**
 * A number with an optional tolerance and unit, as authors write numeric answers ({@code 15 ± 2 mm},
 * {@code 15 +- 2 mm}, {@code 0.5}) and as students type them ({@code 15mm}, {@code 15,0 mm}).
 */
public record NumericValue(double value, double tolerance, @Nullable String unit) {

    private static final Pattern FORMAT = Pattern.compile(
            "^\\s*([-+−]?\\d+(?:[.,]\\d+)?)\\s*(?:(?:±|\\+-|\\+/-)\\s*([-+−]?\\d+(?:[.,]\\d+)?))?\\s*(.*?)\\s*$");

    /** What a student is told beside a numeric answer that cannot be read as a number. */
    public static final String NOT_A_NUMBER = "Enter a number, e.g. 75";

    /** A comma followed by exactly three digits: 1,500 is 1500 to some readers and 1.5 to others. */
    private static final Pattern AMBIGUOUS_COMMA = Pattern.compile("^[-+−]?\\d{1,3},\\d{3}$");

    public static Optional<NumericValue> parse(String text) {
        Matcher m = FORMAT.matcher(text.replace('\u00a0', ' '));
        if (!m.matches() || AMBIGUOUS_COMMA.matcher(m.group(1)).matches()
                || m.group(2) != null && AMBIGUOUS_COMMA.matcher(m.group(2)).matches()) {
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

    /**
     * Why a student's typed answer cannot be read as a number, in words to show beside the field; empty when it can
     * (or when nothing is typed). Decimal commas are read where the meaning is clear ({@code 75,5}); a comma before
     * exactly three digits ({@code 1,500}) could be a thousands separator and is refused with a way out.
     */
    public static Optional<String> problem(String text) {
        return problemText(text).map(Message::english);
    }

    /** {@link #problem(String)} as words for the reader's language. */
    public static Optional<Message> problemText(String text) {
        if (text.isBlank() || parse(text).isPresent()) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.replace('\u00a0', ' '));
        if (m.matches() && AMBIGUOUS_COMMA.matcher(m.group(1)).matches()) {
            String digits = m.group(1).replace(",", "");
            return Optional.of(Message.of("content.numeric.ambiguous-comma", m.group(1), digits, m.group(1).replace(',', '.')));
        }
        return Optional.of(Message.of("content.numeric.not-a-number"));
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

    /**
     * Whether {@code answer} is within tolerance (bounds included) and, if it names a unit, the same unit. A percent sign
     * is accepted on a key without a unit ({@code 75 %} for {@code 75}): a percentage question's key is often written
     * as the bare number, and the sign adds nothing the number does not say.
     */
    public boolean accepts(NumericValue answer) {
        if (answer.unit() != null && unit != null && !answer.unit().equals(unit)) {
            return false;
        }
        if (answer.unit() != null && unit == null && !answer.unit().equals("%")) {
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

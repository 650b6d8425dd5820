package org.sotcourseware.base;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Writes CSV files that staff download (progress matrix, eligibility lists) and open in a spreadsheet.
 * Every cell goes through {@link #safeCell(Object)}, so text a student typed (a name, an answer) can never
 * run as a spreadsheet formula on an organiser's machine.
 */
public final class CsvExport {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String CRLF = "\r\n";

    /** What {@link Number#toString()} of a number type we do not know must look like to be written as it is. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private CsvExport() {
    }

    /**
     * RFC 4180 CSV (CRLF, quotes doubled), UTF-8 with a BOM so Excel opens accents correctly.
     *
     * <p>Every record, the last one included, ends with CRLF. Header and row cells all go through
     * {@link #safeCell(Object)}; a cell is quoted when it contains a comma, a semicolon (so that a reader
     * that guesses the delimiter, or a spreadsheet set to a {@code ;} list separator, still splits it
     * right), a double quote, CR or LF.
     *
     * @throws IllegalArgumentException if the header is empty or a row does not have as many cells as the
     *     header (a misaligned export is a bug, and a shifted column would put figures under the wrong heading)
     */
    public static byte[] write(List<String> header, List<? extends List<?>> rows) {
        if (header.isEmpty()) {
            throw new IllegalArgumentException("A CSV export needs at least one column");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(UTF8_BOM);
        out.writeBytes(record(header).getBytes(StandardCharsets.UTF_8));
        int index = 0;
        for (List<?> row : rows) {
            index++;
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("Row " + index + " has " + row.size() + " cells but the header has " + header.size());
            }
            out.writeBytes(record(row).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /**
     * A cell made safe against spreadsheet formula injection (OWASP): text starting with = + - @ TAB CR
     * gets a leading apostrophe; numbers (Number instances) are written as they are.
     *
     * <ul>
     * <li>{@code null} is an empty cell.</li>
     * <li>A {@link Number} is written plainly: no grouping, {@code .} as the decimal separator whatever the
     *     default locale, no exponent, and no trailing {@code .0} for an integral {@code double} or
     *     {@code float}. A {@link BigDecimal} keeps its scale ({@code 12.50} stays {@code 12.50}). A negative
     *     number stays negative ({@code -5}): only a spreadsheet formula is dangerous, and a number is none.
     *     An unknown {@code Number} subclass is written as it is only if its {@code toString()} is a plain
     *     number; otherwise it is treated as text.</li>
     * <li>A {@link LocalDate} or {@link Instant} is written in ISO-8601 ({@code 2026-03-14},
     *     {@code 2026-03-14T09:30:00Z}).</li>
     * <li>Anything else is written as its {@code toString()}, with an apostrophe put in front when it starts
     *     with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return. Only {@code Number}
     *     values are trusted: a negative number given as a {@code String} ({@code "-5"}) is also prefixed
     *     ({@code '-5}), so pass numbers as numbers.</li>
     * </ul>
     * The result is the cell's text before CSV quoting; {@link #write} adds the quoting.
     */
    public static String safeCell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return plainNumber(number);
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
        }
        if (value instanceof Instant instant) {
            return DateTimeFormatter.ISO_INSTANT.format(instant);
        }
        return neutralised(String.valueOf(value));
    }

    private static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    private static String plainNumber(Number number) {
        return switch (number) {
            case Integer i -> i.toString();
            case Long l -> l.toString();
            case Short s -> s.toString();
            case Byte b -> b.toString();
            case BigInteger b -> b.toString();
            case BigDecimal d -> d.toPlainString();
            case Double d -> floating(d, Double.toString(d));
            case Float f -> floating(f.doubleValue(), Float.toString(f));
            default -> {
                String text = number.toString();
                yield PLAIN_NUMBER.matcher(text).matches() ? text : neutralised(text);
            }
        };
    }

    /**
     * {@code shortest} is the shortest decimal that reads back as the same value ({@link Double#toString} or
     * {@link Float#toString}), which may be in scientific notation; it is rewritten without the exponent.
     */
    private static String floating(double value, String shortest) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return shortest;
        }
        BigDecimal exact = new BigDecimal(shortest).stripTrailingZeros();
        if (exact.signum() == 0) {
            return "0";
        }
        return exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString();
    }

    private static String record(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quoted(safeCell(cells.get(i))));
        }
        return line.append(CRLF).toString();
    }

    private static String quoted(String cell) {
        boolean needsQuotes = false;
        for (int i = 0; i < cell.length() && !needsQuotes; i++) {
            char c = cell.charAt(i);
            needsQuotes = c == ',' || c == ';' || c == '"' || c == '\r' || c == '\n';
        }
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}

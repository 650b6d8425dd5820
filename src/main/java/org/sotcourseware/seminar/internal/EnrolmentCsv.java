package org.sotcourseware.seminar.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;

/**
 * Reads the enrolment CSV a seminar organiser uploads: one line per student, with an email, a name and
 * optionally a username. Checks every line and reports every problem with its line number in plain words;
 * it never half-accepts: callers import only when {@link Parsed#ok()}, and {@link Parsed#rows()} lists the
 * good rows so a preview can show them either way.
 *
 * <h2>The format</h2>
 * <ul>
 * <li>A header row is required. Column names are matched ignoring case, spaces, underscores and hyphens:
 *     {@code email} (so also {@code E-mail}) is required; the name comes from one of {@code name},
 *     {@code full name} or {@code display name}, or from {@code first name} and {@code last name} together
 *     (joined with a space); {@code username} is optional. Other columns are ignored. When a name column
 *     and first/last name columns are all present, the name column is used, and first plus last name only
 *     where it is empty on a line.</li>
 * <li>Comma or semicolon separated: whichever occurs more often outside quotes in the header line.</li>
 * <li>UTF-8, with or without a byte order mark; lines end in CRLF, LF or CR; fields may be quoted with
 *     {@code "}, with {@code ""} for a quote inside, and may then hold commas, semicolons and line breaks.
 *     A line number is the physical line on which a record starts (counting from 1, blank lines included).</li>
 * <li>Blank lines, and lines whose cells are all empty, are skipped silently.</li>
 * <li>Values are trimmed (non-breaking spaces too) and normalised to Unicode NFC; emails and usernames are
 *     lower-cased; runs of spaces inside a name become one space.</li>
 * <li>Text that looks like a spreadsheet formula is kept as data: it is harmless here and is neutralised by
 *     {@code CsvExport} on the way out. Control characters in a name (tabs, line breaks, and the invisible
 *     right-to-left override characters that can disguise a name) are a problem.</li>
 * </ul>
 */
public final class EnrolmentCsv {

    /** One good data line. {@code email} is trimmed and lower-cased; {@code username} is null when not given. */
    public record Row(int line, String email, String displayName, @Nullable String username) {
    }

    /** Something wrong with the file, on the given line (1 for the header row), in plain words to translate. */
    public record Problem(int line, Message message) {
    }

    /**
     * What was read: the good rows, every problem in line order, and how many non-blank data lines (records)
     * the file has.
     */
    public record Parsed(List<Row> rows, List<Problem> problems, int dataLines) {

        public Parsed {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        /** True when the whole file may be imported. */
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** The most data lines one file may have. */
    public static final int MAX_ROWS = 2000;
    /** The most characters one file may have: {@link #MAX_ROWS} generous rows. */
    public static final int MAX_CHARS = 1_000_000;

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_EMAIL_LENGTH = 254;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,100}");
    private static final String EMAIL_FORBIDDEN = "<>()[]\\,;:\"";
    private static final int SHOWN_LENGTH = 60;

    private EnrolmentCsv() {
    }

    /** Reads and checks a whole file given as text (decoded from UTF-8; a leading BOM is allowed). */
    public static Parsed parse(String text) {
        if (text.length() > MAX_CHARS) {
            return new Parsed(List.of(), List.of(new Problem(1, Message.of("seminar.csv.too-many-characters", text.length(), MAX_CHARS, MAX_ROWS))), 0);
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char delimiter = delimiterOf(body);
        Tokenizer tokenizer = new Tokenizer(body, delimiter);

        List<Problem> problems = new ArrayList<>();
        Record headerRecord = nextNonBlank(tokenizer, problems);
        if (headerRecord == null) {
            if (problems.isEmpty()) {
                problems.add(new Problem(1, Message.of("seminar.csv.empty")));
            }
            return new Parsed(List.of(), problems, 0);
        }
        Header header = Header.of(headerRecord, problems);
        Checker checker = header == null ? null : new Checker(header, delimiter, problems);

        int dataLines = 0;
        int limitLine = 0;
        for (Record record = nextNonBlank(tokenizer, problems); record != null; record = nextNonBlank(tokenizer, problems)) {
            dataLines++;
            if (dataLines > MAX_ROWS) {
                if (limitLine == 0) {
                    limitLine = record.line();
                }
            } else if (checker != null) {
                checker.check(record);
            }
        }
        if (limitLine > 0) {
            problems.add(new Problem(limitLine, Message.of("seminar.csv.too-many-rows", dataLines, MAX_ROWS)));
        } else if (dataLines == 0 && header != null && problems.isEmpty()) {
            problems.add(new Problem(headerRecord.line(), Message.of("seminar.csv.no-students")));
        }
        problems.sort(Comparator.comparingInt(Problem::line));
        return new Parsed(checker == null ? List.of() : checker.rows, problems, dataLines);
    }

    private static @Nullable Record nextNonBlank(Tokenizer tokenizer, List<Problem> problems) {
        while (true) {
            Record record = tokenizer.next();
            if (record == null) {
                return null;
            }
            if (record.unclosedQuote()) {
                problems.add(new Problem(record.line(), Message.of("seminar.csv.unclosed-quote")));
                return null;
            }
            if (!record.blank()) {
                return record;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Columns

    private enum Column {
        EMAIL("email"), NAME("name"), FIRST_NAME("first name"), LAST_NAME("last name"), USERNAME("username");

        final String label;

        Column(String label) {
            this.label = label;
        }

        static @Nullable Column of(String heading) {
            String key = heading.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-\\u00A0]+", "");
            return switch (key) {
                case "email" -> EMAIL;
                case "name", "fullname", "displayname" -> NAME;
                case "firstname" -> FIRST_NAME;
                case "lastname" -> LAST_NAME;
                case "username" -> USERNAME;
                default -> null;
            };
        }
    }

    private record Header(Map<Column, Integer> index, int width) {

        /** The header, or null (with problems added) when it lacks a required column or names one twice. */
        static @Nullable Header of(Record record, List<Problem> problems) {
            Map<Column, Integer> index = new EnumMap<>(Column.class);
            List<String> found = new ArrayList<>();
            boolean ambiguous = false;
            for (int i = 0; i < record.cells().size(); i++) {
                String heading = clean(record.cells().get(i));
                if (heading.isEmpty()) {
                    continue;
                }
                found.add("'" + shown(heading) + "'");
                Column column = Column.of(heading);
                if (column == null) {
                    continue;
                }
                Integer earlier = index.putIfAbsent(column, i);
                if (earlier != null) {
                    ambiguous = true;
                    problems.add(new Problem(record.line(), Message.of("seminar.csv.column-twice", shown(clean(record.cells().get(earlier))), earlier + 1,
                            shown(heading), i + 1, Message.of("seminar.csv.column." + column.label.replace(' ', '-')))));
                }
            }
            List<Message> missing = new ArrayList<>();
            if (!index.containsKey(Column.EMAIL)) {
                missing.add(Message.of("seminar.csv.missing.email"));
            }
            if (!index.containsKey(Column.NAME)) {
                boolean first = index.containsKey(Column.FIRST_NAME);
                boolean last = index.containsKey(Column.LAST_NAME);
                if (first && !last) {
                    missing.add(Message.of("seminar.csv.missing.last-name"));
                } else if (last && !first) {
                    missing.add(Message.of("seminar.csv.missing.first-name"));
                } else if (!first) {
                    missing.add(Message.of("seminar.csv.missing.name"));
                }
            }
            if (!missing.isEmpty()) {
                Message needs = missing.getLast();
                for (int i = missing.size() - 2; i >= 0; i--) {
                    needs = Message.of("seminar.csv.and", missing.get(i), needs);
                }
                Object columns = found.isEmpty() ? Message.of("seminar.csv.none") : String.join(", ", found);
                String hint = found.stream().anyMatch(f -> f.contains("@")) ? "seminar.csv.header-needs.student-first"
                        : found.size() == 1 && record.cells().stream().anyMatch(c -> c.indexOf('\t') >= 0) ? "seminar.csv.header-needs.tabs"
                        : "seminar.csv.header-needs";
                problems.add(new Problem(record.line(), Message.of(hint, needs, columns)));
            }
            return missing.isEmpty() && !ambiguous ? new Header(index, record.cells().size()) : null;
        }

        String cell(Record record, Column column) {
            Integer i = index.get(column);
            return i == null || i >= record.cells().size() ? "" : record.cells().get(i);
        }

        boolean has(Column column) {
            return index.containsKey(column);
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Checking data lines

    private static final class Checker {

        private final Header header;
        private final char delimiter;
        private final List<Problem> problems;
        private final List<Row> rows = new ArrayList<>();
        private final Map<String, Integer> emailLines = new HashMap<>();
        private final Map<String, Integer> usernameLines = new HashMap<>();

        Checker(Header header, char delimiter, List<Problem> problems) {
            this.header = header;
            this.delimiter = delimiter;
            this.problems = problems;
        }

        void check(Record record) {
            int line = record.line();
            int before = problems.size();

            List<String> cells = record.cells();
            int used = cells.size();
            while (used > header.width() && clean(cells.get(used - 1)).isEmpty()) {
                used--;
            }
            if (used > header.width()) {
                problems.add(new Problem(line, Message.of(delimiter == ';' ? "seminar.csv.too-many-values.semicolon" : "seminar.csv.too-many-values.comma",
                        used, header.width())));
            }

            String email = nfc(clean(header.cell(record, Column.EMAIL))).toLowerCase(Locale.ROOT);
            if (email.isEmpty()) {
                problems.add(new Problem(line, Message.of("seminar.csv.email-missing")));
            } else {
                Message fault = emailFault(email);
                if (fault != null) {
                    problems.add(new Problem(line, Message.of("seminar.csv.email-invalid", shown(email), fault)));
                }
                Integer earlier = emailLines.putIfAbsent(email, line);
                if (earlier != null) {
                    problems.add(new Problem(line, Message.of("seminar.csv.email-twice", shown(email), earlier)));
                }
            }

            String name = name(record);
            if (name.isEmpty()) {
                problems.add(new Problem(line, Message.of(header.has(Column.NAME) ? "seminar.csv.name-missing" : "seminar.csv.name-missing-first-last")));
            } else {
                Message control = controlCharacter(name);
                if (control != null) {
                    problems.add(new Problem(line, Message.of("seminar.csv.name-control", control)));
                }
                int length = name.codePointCount(0, name.length());
                if (length > MAX_NAME_LENGTH) {
                    problems.add(new Problem(line, Message.of("seminar.csv.name-long", length, MAX_NAME_LENGTH)));
                }
            }

            String username = nfc(clean(header.cell(record, Column.USERNAME))).toLowerCase(Locale.ROOT);
            if (!username.isEmpty()) {
                if (!USERNAME.matcher(username).matches()) {
                    problems.add(new Problem(line, Message.of("seminar.csv.username-invalid", shown(username))));
                }
                Integer earlier = usernameLines.putIfAbsent(username, line);
                if (earlier != null) {
                    problems.add(new Problem(line, Message.of("seminar.csv.username-twice", shown(username), earlier)));
                }
            }

            if (problems.size() == before) {
                rows.add(new Row(line, email, name, username.isEmpty() ? null : username));
            }
        }

        private String name(Record record) {
            String name = clean(header.cell(record, Column.NAME));
            if (name.isEmpty() && header.has(Column.FIRST_NAME) && header.has(Column.LAST_NAME)) {
                String first = clean(header.cell(record, Column.FIRST_NAME));
                String last = clean(header.cell(record, Column.LAST_NAME));
                name = first.isEmpty() || last.isEmpty() ? first + last : first + " " + last;
            }
            return collapseSpaces(nfc(name));
        }
    }

    /** Why the (trimmed, lower-cased) email is not a sane address, or null when it is. */
    static @Nullable Message emailFault(String email) {
        if (email.length() > MAX_EMAIL_LENGTH) {
            return Message.of("seminar.csv.email-fault.long", MAX_EMAIL_LENGTH);
        }
        for (int i = 0; i < email.length(); i++) {
            char c = email.charAt(i);
            if (isSpace(c)) {
                return Message.of("seminar.csv.email-fault.space");
            }
            if (Character.isISOControl(c)) {
                return Message.of("seminar.csv.email-fault.control");
            }
            if (EMAIL_FORBIDDEN.indexOf(c) >= 0) {
                return Message.of("seminar.csv.email-fault.character", String.valueOf(c));
            }
        }
        int at = email.indexOf('@');
        if (at < 0) {
            return Message.of("seminar.csv.email-fault.no-at");
        }
        if (email.indexOf('@', at + 1) >= 0) {
            return Message.of("seminar.csv.email-fault.two-ats");
        }
        String domain = email.substring(at + 1);
        if (at == 0) {
            return Message.of("seminar.csv.email-fault.nothing-before");
        }
        if (domain.isEmpty()) {
            return Message.of("seminar.csv.email-fault.nothing-after");
        }
        if (domain.indexOf('.') < 0) {
            return Message.of("seminar.csv.email-fault.no-dot");
        }
        if (domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
            return Message.of("seminar.csv.email-fault.empty-part");
        }
        return null;
    }

    /** A description of the first control character in the name, or null when it has none. */
    private static @Nullable Message controlCharacter(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\t') {
                return Message.of("seminar.csv.control.tab");
            }
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return Message.of("seminar.csv.control.line-break");
            }
            if (Character.isISOControl(c)) {
                return Message.of("seminar.csv.control.other", String.format(Locale.ROOT, "%04X", (int) c));
            }
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return Message.of("seminar.csv.control.direction", String.format(Locale.ROOT, "%04X", (int) c));
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------
    // Text helpers

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** Trimmed of white space of every kind (no-break spaces and zero-width spaces too). */
    static String clean(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static String nfc(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /** Runs of spaces (ordinary or no-break) become one ordinary space; control characters are left to be reported. */
    private static String collapseSpaces(String value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean inSpace = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean space = Character.getType(c) == Character.SPACE_SEPARATOR;
            if (space) {
                if (!inSpace) {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
            inSpace = space;
        }
        return out.toString();
    }

    /** A value as quoted in a message: control characters shown as spaces, and cut short when long. */
    private static String shown(String value) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = 0; i < value.length(); i = value.offsetByCodePoints(i, 1)) {
            if (count == SHOWN_LENGTH) {
                return out.append('…').toString();
            }
            int cp = value.codePointAt(i);
            out.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp);
            count++;
        }
        return out.toString();
    }

    // ---------------------------------------------------------------------------------------------------
    // Reading records

    /** Semicolon when the first non-blank line has more semicolons than commas outside quotes, else comma. */
    static char delimiterOf(String text) {
        int pos = 0;
        int length = text.length();
        while (pos < length) {
            int commas = 0;
            int semicolons = 0;
            boolean quoted = false;
            boolean content = false;
            while (pos < length) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    quoted = !quoted;
                    content = true;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                } else if (!quoted && c == ',') {
                    commas++;
                } else if (!quoted && c == ';') {
                    semicolons++;
                } else if (!isSpace(c)) {
                    content = true;
                }
            }
            if (content) {
                return semicolons > commas ? ';' : ',';
            }
        }
        return ',';
    }

    /** One record: the physical line it starts on and its raw cells. */
    private record Record(int line, List<String> cells, boolean unclosedQuote) {

        boolean blank() {
            return cells.stream().allMatch(c -> clean(c).isEmpty());
        }
    }

    /**
     * Splits text into records (RFC 4180, leniently): a quote opens a quoted field when nothing but white
     * space precedes it in the field; elsewhere it is an ordinary character. A line break inside quotes is
     * kept as {@code \n}.
     */
    private static final class Tokenizer {

        private final String text;
        private final char delimiter;
        private int pos;
        private int line = 1;

        Tokenizer(String text, char delimiter) {
            this.text = text;
            this.delimiter = delimiter;
        }

        @Nullable Record next() {
            if (pos >= text.length()) {
                return null;
            }
            int start = line;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (quoted) {
                    if (c == '"') {
                        if (pos < text.length() && text.charAt(pos) == '"') {
                            cell.append('"');
                            pos++;
                        } else {
                            quoted = false;
                        }
                    } else if (c == '\r' || c == '\n') {
                        skipLf(c);
                        line++;
                        cell.append('\n');
                    } else {
                        cell.append(c);
                    }
                } else if (c == delimiter) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n') {
                    skipLf(c);
                    line++;
                    cells.add(cell.toString());
                    return new Record(start, cells, false);
                } else if (c == '"' && !wasQuoted && clean(cell.toString()).isEmpty()) {
                    cell.setLength(0);
                    quoted = true;
                    wasQuoted = true;
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            return new Record(start, cells, quoted);
        }

        private void skipLf(char c) {
            if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
        }
    }
}

package org.sotcourseware.authoring.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sotcourseware.base.Message;
import org.sotcourseware.authoring.internal.GiftParser.Choice;
import org.sotcourseware.authoring.internal.GiftParser.Pair;
import org.sotcourseware.authoring.internal.GiftParser.Parsed;
import org.sotcourseware.authoring.internal.GiftMarkup.Rich;
import org.sotcourseware.content.QuestionType;

/**
 * Converts questions written in Moodle's GIFT format into question sections of our quiz Markdown
 * (docs/authoring.md, "Importing Moodle GIFT"). A pure function: no I/O, no Spring, and it never throws for
 * bad input; every question is either converted (perhaps with notes on what was approximated) or skipped
 * with a plain reason and the line it starts on.
 */
public final class GiftConverter {

    private static final String CATEGORY = "$CATEGORY:";

    private GiftConverter() {
    }

    /**
     * The outcome of a conversion.
     *
     * @param markdown  the converted question sections, in input order, ready to be appended to a quiz file
     *                  after its introduction; empty when nothing was converted
     * @param converted one entry per converted question
     * @param skipped   one entry per question that could not be converted
     * @param notes     for converted questions, what was approximated or left out
     */
    public record Result(String markdown, List<Converted> converted, List<Skipped> skipped, List<Note> notes) {

        public Result {
            converted = List.copyOf(converted);
            skipped = List.copyOf(skipped);
            notes = List.copyOf(notes);
        }
    }

    /**
     * A converted question.
     *
     * @param line  the 1-based line in the GIFT text where the question starts
     * @param title the GIFT name ({@code ::name::}), or the start of the prompt when it had none
     */
    public record Converted(int line, String id, String title, QuestionType type) {
    }

    /**
     * A question that was not converted.
     *
     * @param excerpt the first 60 or so characters of the question as written in GIFT
     */
    public record Skipped(int line, Message why, String excerpt) {

        /** The reason in English (logs, tests). */
        public String reason() {
            return why.english();
        }
    }

    /** Something approximated or left out in the converted question that starts on {@code line}. */
    public record Note(int line, Message text) {

        /** The note in English (logs, tests). */
        public String message() {
            return text.english();
        }
    }

    /**
     * Converts GIFT text.
     *
     * @param gift     the GIFT text (any line endings)
     * @param idPrefix the start of every question id, e.g. {@code q-c1-gift-}; it is lower-cased and any
     *                 character other than a-z, 0-9 and '-' becomes '-'
     * @param takenIds ids already used in the quiz the questions will join; they are not reused
     */
    public static Result convert(String gift, String idPrefix, Set<String> takenIds) {
        return convert(gift, idPrefix, takenIds, null);
    }

    /**
     * As {@link #convert(String, String, Set)}, with every question naming {@code outcome} (an outcome id of the
     * quiz's module: GIFT has no learning outcomes, and our quizzes need one on every question).
     */
    public static Result convert(String gift, String idPrefix, Set<String> takenIds, @org.jspecify.annotations.Nullable String outcome) {
        Ids ids = new Ids(prefix(idPrefix), takenIds);
        StringBuilder markdown = new StringBuilder();
        List<Converted> converted = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        String tag = "";
        for (Block block : blocks(gift)) {
            List<String> lines = block.lines();
            int first = 0;
            if (lines.getFirst().strip().startsWith(CATEGORY)) {
                tag = tag(lines.getFirst().strip().substring(CATEGORY.length()));
                first = 1; // Moodle gives the category a block of its own; a question right below it is read too
                if (lines.size() == 1) {
                    continue;
                }
            }
            int line = block.numbers().get(first);
            String text = String.join("\n", lines.subList(first, lines.size()));
            try {
                Parsed q = GiftParser.parse(text);
                String id = ids.next();
                if (!markdown.isEmpty()) {
                    markdown.append('\n');
                }
                List<String> tags = new ArrayList<>();
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
                block.tags().stream().filter(t -> !tags.contains(t)).forEach(tags::add);
                markdown.append(section(q, id, String.join(",", tags), outcome));
                String title = q.title().isEmpty() ? GiftParser.abbreviate(q.summary()) : q.title();
                converted.add(new Converted(line, id, title, q.type()));
                for (Message note : q.notes()) {
                    notes.add(new Note(line, note));
                }
            } catch (GiftParser.Unsupported e) {
                skipped.add(new Skipped(line, e.reason(), GiftParser.abbreviate(GiftMarkup.collapse(text))));
            } catch (RuntimeException e) { // a bug must not lose the rest of the file: report the question instead
                skipped.add(new Skipped(line, Message.of("authoring.gift.skip.unreadable", e.getClass().getSimpleName()),
                        GiftParser.abbreviate(GiftMarkup.collapse(text))));
            }
        }
        return new Result(markdown.toString(), converted, skipped, notes);
    }

    /**
     * A question's lines without comment lines, and their 1-based line numbers; {@code tags}: the Moodle tags its
     * comment lines carried ({@code // [tag:blocking]}), which Moodle's export writes before a question.
     */
    private record Block(List<Integer> numbers, List<String> lines, List<String> tags) {
    }

    /** A Moodle tag in a comment line: {@code // [tag:Category One]}. */
    private static final java.util.regex.Pattern TAG_COMMENT = java.util.regex.Pattern.compile("\\[tag:([^\\]]+)]");

    /** Questions are separated by blank lines; lines starting with {@code //} are comments. */
    private static List<Block> blocks(String gift) {
        String text = gift.startsWith("\uFEFF") ? gift.substring(1) : gift;
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || lines[i].isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(numbers, current, tags));
                    current = new ArrayList<>();
                    numbers = new ArrayList<>();
                    tags = new ArrayList<>();
                }
            } else if (!lines[i].strip().startsWith("//")) {
                current.add(lines[i]);
                numbers.add(i + 1);
            } else {
                java.util.regex.Matcher m = TAG_COMMENT.matcher(lines[i]);
                while (m.find()) {
                    String t = GiftMarkup.slug(m.group(1));
                    if (!t.isEmpty() && !tags.contains(t)) {
                        tags.add(t);
                    }
                }
            }
        }
        return blocks;
    }

    /**
     * The tag for a category path: its last segment as a slug. Moodle's own roots ({@code $course$},
     * {@code top}) name no topic and give no tag.
     */
    private static String tag(String path) {
        String p = path.strip().replaceAll("/+$", "");
        String last = p.substring(p.lastIndexOf('/') + 1).strip();
        return last.startsWith("$") || last.equalsIgnoreCase("top") ? "" : GiftMarkup.slug(last);
    }

    private static String prefix(String idPrefix) {
        return idPrefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-").replaceAll("^-+", "");
    }

    /** Running numbers after the prefix, two digits or more, never one that is taken. */
    private static final class Ids {
        private final String prefix;
        private final Set<String> used;
        private int number;

        Ids(String prefix, Set<String> taken) {
            this.prefix = prefix;
            this.used = new HashSet<>(taken);
        }

        String next() {
            String id;
            do {
                number++;
                id = prefix + String.format(Locale.ROOT, "%02d", number);
            } while (used.contains(id));
            used.add(id);
            return id;
        }
    }

    /** One question as our quiz Markdown. */
    private static String section(Parsed q, String id, String tag, @org.jspecify.annotations.Nullable String outcome) {
        StringBuilder sb = new StringBuilder();
        sb.append("## ").append(q.heading()).append(" {#").append(id).append(" type=").append(q.type().key());
        if (outcome != null) {
            sb.append(" outcome=").append(outcome);
        }
        if (!tag.isEmpty()) {
            sb.append(" tags=").append(tag);
        }
        sb.append("}\n\n");
        boolean bullets = q.type() == QuestionType.MATCH; // a bullet list in the prompt would be read as the pairs
        for (String paragraph : q.body().paragraphs()) {
            for (String line : paragraph.split("\n")) {
                sb.append(q.body().authoredMarkdown() ? GiftMarkup.markdownSafeLine(line, bullets) : GiftMarkup.plainSafeLine(line)).append('\n');
            }
            sb.append('\n');
        }
        for (Choice c : q.choices()) {
            sb.append(c.correct() ? "- [x] " : "- [ ] ").append(c.text());
            if (c.credit() != null) {
                sb.append(" {credit=").append(c.credit().stripTrailingZeros().toPlainString()).append("%}");
            }
            sb.append('\n');
            quote(sb, "  ", "", c.feedback());
        }
        for (Pair p : q.pairs()) {
            sb.append("- ").append(p.left()).append(" -> ").append(p.right()).append('\n');
        }
        if (q.explanation() != null && !q.explanation().isEmpty()) {
            sb.append('\n');
            quote(sb, "", "**Explanation:** ", q.explanation());
        }
        return sb.toString();
    }

    /** A block quote of the paragraphs, each line prefixed, paragraphs separated by an empty quote line. */
    private static void quote(StringBuilder sb, String indent, String label, Rich text) {
        boolean first = true;
        for (String paragraph : text.paragraphs()) {
            if (!first) {
                sb.append(indent).append(">\n");
            }
            String[] lines = paragraph.split("\n");
            for (int i = 0; i < lines.length; i++) {
                boolean labelled = first && i == 0 && !label.isEmpty();
                String line = text.authoredMarkdown() || labelled ? lines[i] : GiftMarkup.plainSafeLine(lines[i]);
                sb.append(indent).append("> ").append(labelled ? label : "").append(line).append('\n');
            }
            first = false;
        }
    }
}

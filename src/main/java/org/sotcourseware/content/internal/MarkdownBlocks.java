package org.sotcourseware.content.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jspecify.annotations.Nullable;

/**
 * Reading structured Markdown (quizzes and cases): heading attribute blocks, task-list options with
 * their feedback, labelled block quotes. Works on the source lines so that what authors wrote is kept
 * exactly (the Markdown is rendered later, by the one pipeline).
 */
final class MarkdownBlocks {

    /** {@code ## Text {#id key=value key="two words"}} */
    static final Pattern HEADING_WITH_ATTRIBUTES = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*\\{([^{}]*)\\}\\s*$");
    private static final Pattern TRAILING_ATTRIBUTES = Pattern.compile("\\s*\\{([^{}]*)\\}\\s*$");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "#([A-Za-z0-9_-]+)|([A-Za-z][A-Za-z0-9_-]*)=(\"[^\"]*\"|'[^']*'|\\S+)|(?<=^|\\s)([A-Za-z][A-Za-z0-9_-]*)(?=\\s|$)");
    private static final Pattern TASK_MARK = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+\\[([ xX])\\]\\s?");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");

    private final String[] lines;
    /** Where each line starts in the text: line numbers by binary search (flexmark's own scan is linear per call). */
    private final int[] lineStarts;

    MarkdownBlocks(String markdown) {
        this.lines = markdown.split("\n", -1);
        this.lineStarts = new int[lines.length];
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            lineStarts[i] = offset;
            offset += lines[i].length() + 1;
        }
    }

    /** The 0-based line a node starts on (what {@code Node.getStartLineNumber()} gives, in O(log n)). */
    int startLine(Node node) {
        return lineOf(node.getStartOffset());
    }

    /** The 0-based line a node ends on (what {@code Node.getEndLineNumber()} gives, in O(log n)). */
    int endLine(Node node) {
        int end = node.getEndOffset();
        return lineOf(end == 0 ? 0 : end - 1);
    }

    int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    String line(int index) {
        return index >= 0 && index < lines.length ? lines[index] : "";
    }

    /** The source lines of a node, as written. */
    String source(Node node) {
        StringBuilder sb = new StringBuilder();
        for (int i = startLine(node); i <= endLine(node) && i < lines.length; i++) {
            sb.append(lines[i]).append('\n');
        }
        return sb.toString();
    }

    /** A block quote's content without the '>' markers (and the list indentation before them). */
    String quoteContent(BlockQuote quote) {
        StringBuilder sb = new StringBuilder();
        for (int i = startLine(quote); i <= endLine(quote) && i < lines.length; i++) {
            sb.append(lines[i].replaceFirst("^\\s*>\\s?", "")).append('\n');
        }
        return sb.toString().strip();
    }

    /** If the quote starts with {@code **Label:**}, its content without the label; else null. */
    @Nullable String labelled(BlockQuote quote, String label) {
        String content = quoteContent(quote);
        Matcher m = Pattern.compile("^\\*\\*" + Pattern.quote(label) + ":?\\*\\*:?\\s*", Pattern.CASE_INSENSITIVE).matcher(content);
        return m.lookingAt() ? content.substring(m.end()).strip() : null;
    }

    /** The text of a list item's first paragraph, joined to one line, without the list or task marker. */
    String itemText(ListItem item) {
        Node first = item.getFirstChild();
        if (first instanceof Paragraph p) {
            StringBuilder sb = new StringBuilder();
            for (BasedSequence l : p.getContentLines()) {
                sb.append(l.toString().strip()).append(' ');
            }
            String text = sb.toString().strip();
            // flexmark keeps "[x] " in the paragraph for task items on some inputs; remove it either way
            return text.replaceFirst("^\\[[ xX]\\]\\s?", "");
        }
        String raw = line(startLine(item));
        return TASK_MARK.matcher(raw).replaceFirst("").replaceFirst(LIST_MARK.pattern(), "").strip();
    }

    /** Whether the list item is written as {@code - [x]}. */
    boolean isChecked(ListItem item) {
        Matcher m = TASK_MARK.matcher(line(startLine(item)));
        return m.lookingAt() && !m.group(1).isBlank();
    }

    boolean isTaskItem(ListItem item) {
        return TASK_MARK.matcher(line(startLine(item))).lookingAt();
    }

    /** The first block quote inside a list item (its feedback), without markers; null if none. */
    @Nullable String itemQuote(ListItem item) {
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof BlockQuote q) {
                return quoteContent(q);
            }
        }
        return null;
    }

    /** Splits {@code "Text {a=1 b=2}"} into the text and its attributes. */
    static TextWithAttributes splitAttributes(String text) {
        return splitAttributes(text, Set.of());
    }

    /**
     * Splits {@code "Text {a=1 b=2 flag}"} into the text and its attributes. A trailing brace block counts as
     * attributes when it holds a {@code key=value}, or only words from {@code flags} (so {@code {unsafe}} is a
     * flag, while text that merely ends in braces stays text).
     */
    static TextWithAttributes splitAttributes(String text, Set<String> flags) {
        Matcher m = TRAILING_ATTRIBUTES.matcher(text);
        if (m.find() && (m.group(1).contains("=") || onlyFlags(m.group(1), flags))) {
            return new TextWithAttributes(text.substring(0, m.start()).strip(), parseAttributes(m.group(1)));
        }
        return new TextWithAttributes(text.strip(), Map.of());
    }

    private static boolean onlyFlags(String block, Set<String> flags) {
        String b = block.strip();
        return !b.isEmpty() && Arrays.stream(b.split("\\s+")).allMatch(flags::contains);
    }

    record TextWithAttributes(String text, Map<String, String> attributes) {
    }

    /** {@code #id key=value key="a b" flag} to a map; the id under key "id", a bare flag word with the value "". */
    static Map<String, String> parseAttributes(String block) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(block);
        while (m.find()) {
            if (m.group(1) != null) {
                out.put("id", m.group(1));
            } else if (m.group(4) != null) {
                out.put(m.group(4).toLowerCase(Locale.ROOT), "");
            } else {
                String v = m.group(3);
                if (v.length() >= 2 && (v.startsWith("\"") || v.startsWith("'"))) {
                    v = v.substring(1, v.length() - 1);
                }
                out.put(m.group(2).toLowerCase(Locale.ROOT), v);
            }
        }
        return out;
    }

    /** Unknown attribute names, for a helpful error. */
    static List<String> unknown(Map<String, String> attributes, List<String> known) {
        List<String> out = new ArrayList<>();
        for (String k : attributes.keySet()) {
            if (!known.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** A short stable id from text: the same text always gives the same id. */
    static String stableId(String prefix, String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return prefix + HexFormat.of().formatHex(d).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.sotcourseware.authoring.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text side of GIFT: escapes, the {@code [html]}/{@code [markdown]}/{@code [plain]}/{@code [moodle]}
 * format markers, and turning each format into safe Markdown for our quiz files.
 *
 * <p>GIFT escapes ({@code \~ \= \# \{ \} \: \\ \n}) are replaced by private-use placeholder characters
 * before the syntax is read, so an escaped character is never taken for syntax, and restored when the
 * text is written out.
 */
final class GiftMarkup {

    static final char BACKSLASH = '\uE000';
    static final char TILDE = '\uE001';
    static final char EQUALS = '\uE002';
    static final char HASH = '\uE003';
    static final char OPEN = '\uE004';
    static final char CLOSE = '\uE005';
    static final char COLON = '\uE006';
    static final char NEWLINE = '\uE007';
    /** Where the answer block of a missing-word question was. */
    static final char BLANK = '\uE008';
    private static final char PARAGRAPH = '\uE009';

    static final String BLANK_MARKDOWN = "_____";

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern ENTITY_AFTER = Pattern.compile("^#?[A-Za-z0-9]+;");
    private static final Pattern MARKDOWN_PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");
    private static final Pattern ORDERED_MARKER = Pattern.compile("^(\\d{1,9})([.)])(\\s|$)");
    private static final Pattern BULLET_MARKER = Pattern.compile("^([-+*])(\\s|$)");
    private static final Pattern RULE_OR_UNDERLINE = Pattern.compile("^[-=\\s]+$");
    private static final Pattern ATX_HEADING = Pattern.compile("^\\s{0,3}#{1,6}(\\s|$)");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
    private static final Pattern TASK_ITEM = Pattern.compile("^(\\s*[-*+]\\s+)\\[([ xX])\\]");
    private static final Pattern MARKDOWN_BULLET = Pattern.compile("^(\\s*)([-*+])(\\s)");
    private static final Pattern FENCE_OR_RAW_HTML_BLOCK = Pattern.compile(
            "^\\s*(```|~~~|<(!|\\?|/?(pre|script|style|textarea)\\b))", Pattern.CASE_INSENSITIVE);
    /** A line that starts a block other than a paragraph continuation (Markdown the author wrote). */
    static final Pattern BLOCK_START = Pattern.compile("^\\s{0,3}([-*+](\\s|$)|\\d{1,9}[.)](\\s|$)|#|>|```|~~~|\\||<)");

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "tr", "table", "thead", "tbody", "tfoot", "blockquote", "pre", "section", "article", "header", "footer", "dl",
            "dt", "dd", "hr", "figure", "figcaption", "caption", "address", "aside", "nav", "main", "center");
    private static final Set<String> MEDIA_TAGS = Set.of("img", "video", "audio", "iframe", "object", "embed", "svg",
            "canvas", "math", "picture");
    private static final Set<String> INVISIBLE_TAGS = Set.of("script", "style", "template", "noscript", "head", "title");

    private GiftMarkup() {
    }

    /** The text formats GIFT can name in square brackets at the start of a piece of text. */
    enum Format {
        MOODLE, HTML, PLAIN, MARKDOWN
    }

    /** A piece of GIFT text (still with placeholders) and its format. */
    record Piece(Format format, String text) {
    }

    /**
     * Converted text: paragraphs of inline Markdown. For text the author wrote as Markdown a paragraph may
     * hold several lines; otherwise each paragraph is one line.
     *
     * @param dropped HTML elements that had no place in Markdown and were left out (img, video, ...)
     */
    record Rich(List<String> paragraphs, boolean authoredMarkdown, Set<String> dropped) {

        Rich {
            paragraphs = List.copyOf(paragraphs);
            dropped = Set.copyOf(dropped);
        }

        boolean isEmpty() {
            return paragraphs.isEmpty();
        }

        /** All paragraphs on one line, safe to follow a list marker. */
        String oneLine() {
            String joined = String.join(" ", paragraphs.stream().map(p -> WHITESPACE.matcher(p).replaceAll(" ").strip()).toList());
            return plainSafeLine(joined);
        }
    }

    /** Replaces the GIFT escapes with placeholders. A backslash before any other character stays. */
    static String protect(String gift) {
        StringBuilder sb = new StringBuilder(gift.length());
        for (int i = 0; i < gift.length(); i++) {
            char c = gift.charAt(i);
            if (c >= '\uE000' && c <= '\uE0FF') {
                continue; // our placeholders must not occur in the input
            }
            if (c == '\\' && i + 1 < gift.length()) {
                char placeholder = switch (gift.charAt(i + 1)) {
                    case '\\' -> BACKSLASH;
                    case '~' -> TILDE;
                    case '=' -> EQUALS;
                    case '#' -> HASH;
                    case '{' -> OPEN;
                    case '}' -> CLOSE;
                    case ':' -> COLON;
                    case 'n' -> NEWLINE;
                    default -> 0;
                };
                if (placeholder != 0) {
                    sb.append(placeholder);
                    i++;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The literal text: placeholders back to their characters, explicit newlines to {@code newline}. */
    static String literal(String text, String newline) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case BACKSLASH -> sb.append('\\');
                case TILDE -> sb.append('~');
                case EQUALS -> sb.append('=');
                case HASH -> sb.append('#');
                case OPEN -> sb.append('{');
                case CLOSE -> sb.append('}');
                case COLON -> sb.append(':');
                case NEWLINE -> sb.append(newline);
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Splits a leading {@code [format]} marker off; without one the piece has the fallback format. */
    static Piece piece(String text, Format fallback) {
        String t = text.strip();
        if (t.startsWith("[")) {
            int end = t.indexOf(']');
            if (end > 0) {
                Format named = switch (t.substring(1, end).strip().toLowerCase(Locale.ROOT)) {
                    case "html" -> Format.HTML;
                    case "markdown" -> Format.MARKDOWN;
                    case "plain" -> Format.PLAIN;
                    case "moodle" -> Format.MOODLE;
                    default -> null;
                };
                if (named != null) {
                    return new Piece(named, t.substring(end + 1).strip());
                }
            }
        }
        return new Piece(fallback, t);
    }

    /** The piece as Markdown paragraphs. */
    static Rich markdown(Piece piece) {
        return switch (piece.format()) {
            case HTML -> html(literal(piece.text(), "\n"));
            case MARKDOWN -> authoredMarkdown(literal(piece.text(), "\n"));
            // Moodle's auto-format allows HTML (its tags are markup, not text) and turns \n into line breaks
            case MOODLE -> html(literal(piece.text(), "<br>"));
            case PLAIN -> plain(piece.text());
        };
    }

    /** The piece as plain text on one line, without any Markdown escaping (for typed answers). */
    static String plainText(Piece piece) {
        String text = literal(piece.text(), " ");
        if (piece.format() == Format.HTML || piece.format() == Format.MOODLE) {
            text = Jsoup.parseBodyFragment(text).text();
        }
        return collapse(text);
    }

    /** Plain text: explicit {@code \n} newlines start paragraphs; line breaks in the file are spaces. */
    private static Rich plain(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String part : text.split(String.valueOf(NEWLINE), -1)) {
            String p = escapeInline(collapse(literal(part, " ")));
            if (!p.isEmpty()) {
                paragraphs.add(p.replace(String.valueOf(BLANK), BLANK_MARKDOWN));
            }
        }
        return new Rich(paragraphs, false, Set.of());
    }

    private static Rich authoredMarkdown(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String part : MARKDOWN_PARAGRAPH_BREAK.split(text.strip())) {
            List<String> lines = new ArrayList<>();
            for (String line : part.split("\n")) {
                lines.add(line.stripTrailing());
            }
            String p = String.join("\n", lines).strip();
            if (!p.isEmpty()) {
                paragraphs.add(p.replace(String.valueOf(BLANK), BLANK_MARKDOWN));
            }
        }
        return new Rich(paragraphs, true, Set.of());
    }

    /** HTML to Markdown: bold and italic kept, blocks become paragraphs, other tags dropped, entities decoded. */
    private static Rich html(String html) {
        StringBuilder out = new StringBuilder();
        Set<String> dropped = new LinkedHashSet<>();
        walk(Jsoup.parseBodyFragment(html).body(), out, dropped, false, false);
        List<String> paragraphs = new ArrayList<>();
        for (String part : out.toString().split(String.valueOf(PARAGRAPH), -1)) {
            String p = collapse(part);
            if (!p.isEmpty()) {
                paragraphs.add(p.replace(String.valueOf(BLANK), BLANK_MARKDOWN));
            }
        }
        return new Rich(paragraphs, false, dropped);
    }

    private static void walk(Node node, StringBuilder out, Set<String> dropped, boolean inBold, boolean inItalic) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(escapeInline(WHITESPACE.matcher(t.getWholeText()).replaceAll(" ")));
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (INVISIBLE_TAGS.contains(tag)) {
                    continue;
                }
                if (MEDIA_TAGS.contains(tag)) {
                    dropped.add(tag);
                } else if (tag.equals("br")) {
                    out.append(PARAGRAPH);
                } else if (tag.equals("a") && e.attr("href").matches("(?i)https?://[^\\s()<>]+")) {
                    // a web link is kept as a Markdown link (our sanitizer allows http and https links)
                    StringBuilder inner = new StringBuilder();
                    walk(e, inner, dropped, inBold, inItalic);
                    String text = collapse(inner.toString());
                    out.append('[').append(text.isEmpty() ? escapeInline(e.attr("href")) : text).append("](").append(e.attr("href")).append(')');
                } else if (tag.equals("a") && !e.attr("href").isBlank()) {
                    dropped.add("a href=\"" + e.attr("href") + "\" (only http and https links are kept)");
                    walk(e, out, dropped, inBold, inItalic);
                } else if (tag.equals("b") || tag.equals("strong")) {
                    emphasis(e, "**", inBold, out, dropped, true, inItalic);
                } else if (tag.equals("i") || tag.equals("em")) {
                    emphasis(e, "*", inItalic, out, dropped, inBold, true);
                } else if (BLOCK_TAGS.contains(tag)) {
                    out.append(PARAGRAPH);
                    walk(e, out, dropped, inBold, inItalic);
                    out.append(PARAGRAPH);
                } else if (tag.equals("td") || tag.equals("th")) {
                    walk(e, out, dropped, inBold, inItalic);
                    out.append(' ');
                } else {
                    walk(e, out, dropped, inBold, inItalic);
                }
            }
        }
    }

    private static void emphasis(Element e, String marker, boolean already, StringBuilder out, Set<String> dropped,
                                 boolean bold, boolean italic) {
        StringBuilder inner = new StringBuilder();
        walk(e, inner, dropped, bold, italic);
        String s = inner.toString();
        if (already || s.isBlank() || s.indexOf(PARAGRAPH) >= 0) {
            out.append(s); // nested, empty, or spanning paragraphs: no marker
            return;
        }
        String core = s.strip();
        int start = s.indexOf(core);
        out.append(s, 0, start).append(marker).append(core).append(marker).append(s.substring(start + core.length()));
    }

    /** Escapes the characters that would otherwise be read as inline Markdown (or as attribute blocks). */
    static String escapeInline(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<{}~".indexOf(c) >= 0
                    || (c == '&' && ENTITY_AFTER.matcher(text.substring(i + 1, Math.min(text.length(), i + 34))).find())) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * A line of escaped plain text made safe to stand at the start of a Markdown block: it cannot become a
     * heading, list item, block quote, rule or setext underline.
     */
    static String plainSafeLine(String line) {
        String s = line.stripLeading();
        if (s.isEmpty()) {
            return s;
        }
        if (RULE_OR_UNDERLINE.matcher(s).matches() || s.startsWith("#") || s.startsWith(">")
                || FENCE_OR_RAW_HTML_BLOCK.matcher(s).lookingAt()) {
            return "\\" + s;
        }
        var bullet = BULLET_MARKER.matcher(s);
        if (bullet.lookingAt()) {
            return "\\" + s;
        }
        var ordered = ORDERED_MARKER.matcher(s);
        if (ordered.lookingAt()) {
            return ordered.group(1) + "\\" + s.substring(ordered.group(1).length());
        }
        return s;
    }

    /**
     * A line the author wrote as Markdown, with only the constructs that would break the quiz structure
     * defused: headings, setext underlines, task-list items, code fences and raw HTML blocks that could run
     * on past the question. Bullet items are escaped when {@code escapeBullets}, else written with
     * {@code *} so that they never join the options' {@code -} list.
     */
    static String markdownSafeLine(String line, boolean escapeBullets) {
        if (ATX_HEADING.matcher(line).lookingAt() || SETEXT_UNDERLINE.matcher(line).matches()
                || FENCE_OR_RAW_HTML_BLOCK.matcher(line).lookingAt()) {
            return "\\" + line.stripLeading();
        }
        String s = line;
        var task = TASK_ITEM.matcher(s);
        if (task.lookingAt()) {
            s = task.replaceFirst("$1\\\\[$2]");
        }
        var bullet = MARKDOWN_BULLET.matcher(s);
        if (bullet.lookingAt()) {
            s = bullet.replaceFirst(escapeBullets ? "$1\\\\$2$3" : "$1*$3");
        }
        return s;
    }

    /** White space (including no-break spaces) collapsed to single spaces, trimmed. */
    static String collapse(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** A URL-safe tag from a category name: lower case, ASCII letters and digits, hyphens. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}

package org.sotcourseware.content.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.util.ast.Node;
import org.sotcourseware.base.Message;

/**
 * Checks the raw HTML written in Markdown. An element whose content the browser's parser reads as raw
 * text ({@code <style>}, {@code <script>}, {@code <iframe>}, {@code <textarea>} and the like) or an HTML
 * comment that is never closed swallows everything after it, References included, and the sanitiser then
 * removes it all: such an opening is a problem, and the reader shows it as text instead. Elements and
 * attributes the sanitiser removes are warnings, so an author learns that what they wrote is not shown.
 */
final class RawHtml {

    /** Elements whose content runs to their closing tag whatever it holds (HTML raw text and flexmark's type 1 blocks). */
    private static final Pattern OPENING = Pattern.compile(
            "(?i)<(script|style|iframe|textarea|title|xmp|noembed|noframes|noscript|plaintext|pre)(?=[\\s/>]|$)|<!--");
    private static final HtmlSanitizer SANITIZER = new HtmlSanitizer();

    /**
     * What the raw HTML of one parse holds: problems (0-based lines), the offsets in the source of openings
     * never closed, and warnings for what the sanitiser removes.
     */
    record Found(List<MarkdownRenderer.Issue> issues, List<Integer> unclosedAt, List<MarkdownRenderer.Issue> removed) {
    }

    private record Chunk(int offset, String text) {
    }

    private RawHtml() {
    }

    static Found check(Node document, String source) {
        List<Chunk> chunks = new ArrayList<>();
        for (Node n : document.getDescendants()) {
            if (n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) {
                chunks.add(new Chunk(n.getStartOffset(), n.getChars().toString()));
            }
        }
        List<MarkdownRenderer.Issue> issues = new ArrayList<>();
        List<Integer> unclosed = new ArrayList<>();
        unclosed(chunks).ifPresent(open -> {
            unclosed.add(open.offset());
            issues.add(new MarkdownRenderer.Issue(lineOf(source, open.offset()), message(open.name())));
        });
        Set<MarkdownRenderer.Issue> removed = new LinkedHashSet<>();
        for (Node n : document.getDescendants()) {
            if ((n instanceof HtmlBlockBase && !(n instanceof HtmlCommentBlock)) || (n instanceof HtmlInlineBase && !(n instanceof HtmlInlineComment))) {
                int line = n.getLineNumber();
                for (Message what : SANITIZER.removedFrom(n.getChars().toString())) {
                    removed.add(new MarkdownRenderer.Issue(line, Message.of("content.markdown.removed-before-readers-see", what)));
                }
            }
        }
        return new Found(issues, unclosed, List.copyOf(removed));
    }

    private record Opening(int offset, String name) {
    }

    /** The first opening (in document order) that no later raw HTML closes. */
    private static java.util.Optional<Opening> unclosed(List<Chunk> chunks) {
        Opening open = null;
        for (Chunk c : chunks) {
            int pos = 0;
            while (pos <= c.text().length()) {
                if (open == null) {
                    Matcher m = OPENING.matcher(c.text());
                    if (!m.find(pos)) {
                        break;
                    }
                    open = new Opening(c.offset() + m.start(), m.group(1) == null ? "!--" : m.group(1).toLowerCase(Locale.ROOT));
                    pos = m.end();
                } else {
                    int close = closing(c.text(), pos, open.name());
                    if (close < 0) {
                        break;
                    }
                    open = null;
                    pos = close;
                }
            }
        }
        return java.util.Optional.ofNullable(open);
    }

    /** The index after the closing of {@code name} in {@code text} from {@code from}, or -1. */
    private static int closing(String text, int from, String name) {
        if (name.equals("!--")) {
            int i = text.indexOf("-->", from);
            return i < 0 ? -1 : i + 3;
        }
        if (name.equals("plaintext")) {
            return -1; // nothing ever closes it
        }
        Matcher m = Pattern.compile("(?i)</" + name + "\\s*>").matcher(text);
        return m.find(from) ? m.end() : -1;
    }

    private static Message message(String name) {
        if (name.equals("!--")) {
            return Message.of("content.markdown.comment-not-closed");
        }
        return Message.of(name.equals("pre") ? "content.markdown.pre-not-closed" : "content.markdown.html-not-closed", name);
    }

    /** {@code source} with the {@code <} at each offset written {@code &lt;}, so it reads as text. */
    static String escapeAt(String source, List<Integer> offsets) {
        StringBuilder sb = new StringBuilder(source);
        offsets.stream().sorted(java.util.Comparator.reverseOrder()).forEach(o -> {
            if (o < sb.length() && sb.charAt(o) == '<') {
                sb.replace(o, o + 1, "&lt;");
            }
        });
        return sb.toString();
    }

    static int lineOf(String source, int offset) {
        int line = 0;
        for (int i = 0; i < offset && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}

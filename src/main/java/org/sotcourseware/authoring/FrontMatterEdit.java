package org.sotcourseware.authoring;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes one top-level key of a Markdown file's YAML front matter and leaves every other character as it
 * was, so a rename or a reorder is a one-line diff.
 */
final class FrontMatterEdit {

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ,.()'&/+-]*");

    private FrontMatterEdit() {
    }

    /** The text with {@code key: value} set; empty when the text has no front matter block. */
    static Optional<String> set(String text, String key, String value) {
        if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
            return Optional.empty();
        }
        int bodyStart = text.indexOf('\n') + 1;
        Matcher end = Pattern.compile("(?m)^---\\s*$").matcher(text);
        if (!end.find(bodyStart)) {
            return Optional.empty();
        }
        String block = text.substring(bodyStart, end.start());
        String line = key + ": " + yamlScalar(value);
        Matcher existing = Pattern.compile("(?m)^" + Pattern.quote(key) + ":.*$").matcher(block);
        String newBlock;
        if (existing.find()) {
            newBlock = block.substring(0, existing.start()) + line + block.substring(existing.end());
        } else {
            newBlock = block + (block.isEmpty() || block.endsWith("\n") ? "" : "\n") + line + "\n";
        }
        return Optional.of(text.substring(0, bodyStart) + newBlock + text.substring(end.start()));
    }

    /** A YAML scalar: plain when safe, otherwise double-quoted with escapes. */
    static String yamlScalar(String value) {
        String v = value.strip();
        if (PLAIN.matcher(v).matches() && !v.endsWith(" ") && !v.matches("(?i)(true|false|yes|no|null|on|off|~)")) {
            return v;
        }
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The first {@code # heading} line of the body set to {@code title}, when the body has one. */
    static String retitleFirstHeading(String text, String oldTitle, String title) {
        int from = 0;
        if (text.startsWith("---")) {
            Matcher end = Pattern.compile("(?m)^---\\s*$").matcher(text);
            if (end.find(text.indexOf('\n') + 1)) {
                from = end.end();
            }
        }
        Matcher m = Pattern.compile("(?m)^# (.*)$").matcher(text);
        if (m.find(from) && m.group(1).strip().equals(oldTitle.strip())) {
            return text.substring(0, m.start()) + "# " + title.strip() + text.substring(m.end());
        }
        return text;
    }
}

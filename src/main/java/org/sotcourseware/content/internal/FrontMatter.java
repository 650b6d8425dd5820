package org.sotcourseware.content.internal;

import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.sotcourseware.base.Message;
import org.sotcourseware.content.ContentProblem;

/**
 * Splits a Markdown file into its YAML front matter and body.
 *
 * @param yaml          the parsed front matter (an empty map when the file has none or it is broken)
 * @param body          the Markdown after the front matter
 * @param bodyStartLine the 1-based file line on which {@code body} starts
 * @param valid         false when the front matter is missing or does not parse (already reported once; the
 *                      accessors then report nothing more, to avoid a cascade of follow-on errors)
 */
public record FrontMatter(YamlNode yaml, String body, int bodyStartLine, boolean valid) {

    public static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]*$");

    /** Parses {@code text}; YAML errors are added to {@code problems} with their file line. */
    public static FrontMatter parse(String text, String file, List<ContentProblem> problems) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalised.startsWith("\uFEFF")) {
            normalised = normalised.substring(1);
        }
        YamlNode empty = new YamlNode(Map.of(), 1);
        if (!normalised.startsWith("---\n")) {
            problems.add(new ContentProblem(file, 1, Message.of("content.front-matter.missing")));
            return new FrontMatter(empty, normalised, 1, false);
        }
        String[] lines = normalised.split("\n", -1);
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].equals("---") || lines[i].equals("...")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            problems.add(new ContentProblem(file, 1, Message.of("content.front-matter.not-closed")));
            return new FrontMatter(empty, normalised, 1, false);
        }
        String yamlText = String.join("\n", Arrays.copyOfRange(lines, 1, end));
        String body = String.join("\n", Arrays.copyOfRange(lines, end + 1, lines.length));
        try {
            YamlNode yaml = YamlNode.parse(yamlText, 2);
            if (!yaml.isMap()) {
                problems.add(new ContentProblem(file, 2, Message.of("content.front-matter.not-settings")));
                return new FrontMatter(empty, body, end + 2, false);
            }
            return new FrontMatter(yaml, body, end + 2, true);
        } catch (YamlNode.YamlSyntaxException e) {
            problems.add(new ContentProblem(file, e.line(), Message.of("content.front-matter.yaml-error", e.message())));
            return new FrontMatter(empty, body, end + 2, false);
        }
    }

    /** The id from the front matter (see {@link #requireId}), or the file's name without {@code .md} when it has none. */
    public String idOrFileName(String file, List<ContentProblem> problems) {
        return requireId(file, problems).orElse(file.replaceFirst(".*/", "").replaceFirst("\\.md$", ""));
    }

    /** A required id: present and in the id format; problems otherwise. */
    public Optional<String> requireId(String file, List<ContentProblem> problems) {
        Optional<String> id = yaml.string("id");
        if (id.isEmpty()) {
            if (valid) {
                problems.add(new ContentProblem(file, yaml.line(), Message.of("content.front-matter.no-id")));
            }
        } else if (!ID.matcher(id.get()).matches()) {
            problems.add(new ContentProblem(file, yaml.lineOf("id"), Message.of("content.front-matter.id-use-only-lowercase", id.get())));
            return Optional.empty();
        }
        return id;
    }

    public Optional<String> require(String key, String file, List<ContentProblem> problems) {
        Optional<String> v = yaml.string(key);
        if (v.isEmpty() && valid) {
            problems.add(new ContentProblem(file, yaml.line(), Message.of("content.front-matter.missing-setting", key)));
        }
        return v;
    }

    /** An optional whole number; a value that is not one is a problem. */
    public Optional<Integer> integer(String key, String file, List<ContentProblem> problems) {
        Optional<String> v = yaml.string(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(v.get()));
        } catch (NumberFormatException e) {
            problems.add(new ContentProblem(file, yaml.lineOf(key), Message.of("content.front-matter.whole-number-not", key, v.get())));
            return Optional.empty();
        }
    }

    public Optional<Double> number(String key, String file, List<ContentProblem> problems) {
        Optional<String> v = yaml.string(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(v.get()));
        } catch (NumberFormatException e) {
            problems.add(new ContentProblem(file, yaml.lineOf(key), Message.of("content.front-matter.number-not", key, v.get())));
            return Optional.empty();
        }
    }

    /**
     * The optional {@code language:} of a module, a BCP 47 tag such as {@code en}, {@code de} or {@code de-CH},
     * returned in its normal spelling; an ill-formed tag is a problem.
     */
    public Optional<String> language(String file, List<ContentProblem> problems) {
        Optional<String> v = yaml.string("language");
        if (v.isEmpty()) {
            return Optional.empty();
        }
        String tag = v.get().strip();
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            // a two- or three-letter language (ISO 639) first: BCP 47 also allows longer ones, but none is in use
            if (locale.getLanguage().length() == 2 || locale.getLanguage().length() == 3) {
                return Optional.of(locale.toLanguageTag());
            }
        } catch (IllformedLocaleException e) {
            // reported below
        }
        problems.add(new ContentProblem(file, yaml.lineOf("language"), Message.of("content.problem.language-invalid", tag)));
        return Optional.empty();
    }
}

package org.sotcourseware.content.internal;

import org.sotcourseware.base.Message;
import org.sotcourseware.base.Translatable;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML value that remembers the 1-based line it starts on in its file, so problems can say where they
 * are. Scalars are kept as strings and converted by the accessors.
 *
 * @param value a {@code String}, a {@code List<YamlNode>}, a {@code Map<String, YamlNode>} or null
 */
public record YamlNode(@Nullable Object value, int line) {

    /** Thrown for YAML that does not parse; {@code line} is 1-based in the file. */
    public static final class YamlSyntaxException extends Exception implements Translatable {
        private final int line;
        private final transient Message message;

        YamlSyntaxException(Message message, int line) {
            super(message.english());
            this.message = message;
            this.line = line;
        }

        /** What is wrong, for the reader's language. */
        @Override
        public Message message() {
            return message;
        }

        public int line() {
            return line;
        }
    }

    /**
     * Parses YAML text.
     *
     * @param firstLine the file line on which {@code text} starts (1-based)
     */
    public static YamlNode parse(String text, int firstLine) throws YamlSyntaxException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        try {
            Node root = yaml.compose(new StringReader(text));
            if (root == null) {
                return new YamlNode(new LinkedHashMap<String, YamlNode>(), firstLine);
            }
            return convert(root, firstLine);
        } catch (DuplicateKey e) {
            // the composer does not check duplicate keys (only the constructor would); a setting given twice would silently win
            throw new YamlSyntaxException(Message.of("content.yaml.setting-appears-twice-keep", e.key), e.line);
        } catch (MarkedYAMLException e) {
            throw plainWords(e, text, firstLine);
        } catch (YAMLException e) {
            throw new YamlSyntaxException(Message.of("content.yaml.settings-could-not-read", e.getMessage()), firstLine);
        }
    }

    /**
     * A YAML parser's error in the words of someone editing a settings block, on the line where the mistake is. The
     * parser often notices a mistake one line later (a setting without ':' is found out at the next line) and says it
     * in parser terms ("could not find expected ':'"); the line it started reading is its context mark.
     */
    static YamlSyntaxException plainWords(MarkedYAMLException e, String text, int firstLine) {
        String problem = e.getProblem() != null ? e.getProblem() : String.valueOf(e.getMessage());
        String context = e.getContext() == null ? "" : e.getContext();
        int problemLine = e.getProblemMark() != null ? e.getProblemMark().getLine() + firstLine : firstLine;
        int contextLine = e.getContextMark() != null ? e.getContextMark().getLine() + firstLine : problemLine;
        String[] lines = text.split("\n", -1);
        String contextText = contextLine - firstLine >= 0 && contextLine - firstLine < lines.length ? lines[contextLine - firstLine].strip() : "";
        if (problem.contains("could not find expected ':'")) {
            return new YamlSyntaxException(Message.of("content.yaml.line-no-after-setting", contextLine, clip(contextText)), contextLine);
        }
        if (problem.contains("mapping values are not allowed")) {
            return new YamlSyntaxException(Message.of("content.yaml.value-contains-quotes-title"), problemLine);
        }
        if (problem.contains("found duplicate key")) {
            String key = problem.replaceFirst(".*found duplicate key\\s*", "").strip();
            return new YamlSyntaxException(Message.of("content.yaml.setting-appears-twice-keep", key), problemLine);
        }
        if (problem.contains("\t") || problem.contains("(TAB)")) {
            return new YamlSyntaxException(Message.of("content.yaml.tab-character-cannot-indent"), problemLine);
        }
        if (context.contains("quoted scalar") || problem.contains("end of stream")) {
            return new YamlSyntaxException(Message.of("content.yaml.quote-opened-line-never", contextLine), contextLine);
        }
        if (problem.contains("expected <block end>") || problem.contains("did not find expected key")
                || problem.contains("did not find expected '-' indicator")) {
            return new YamlSyntaxException(Message.of("content.yaml.line-indented-differently-settings", problemLine), problemLine);
        }
        if (context.contains("flow sequence") || context.contains("flow mapping")
                || problem.contains("expected ',' or ']'") || problem.contains("expected ',' or '}'")) {
            boolean list = context.contains("sequence") || problem.contains("']'");
            return new YamlSyntaxException(Message.of(list ? "content.yaml.unclosed-list" : "content.yaml.unclosed-map", list ? "[" : "{", contextLine,
                    list ? "]" : "}", "title: \"[Draft] Category One\""), contextLine);
        }
        if (problem.contains("cannot start any token")) {
            return new YamlSyntaxException(Message.of("content.yaml.cannot-start-token", problem.replace("found character", "the character")), problemLine);
        }
        return new YamlSyntaxException(Message.of("content.yaml.settings-could-not-read", problem), problemLine);
    }

    /** A key given twice in one mapping, found while converting. */
    private static final class DuplicateKey extends RuntimeException {
        private final String key;
        private final int line;

        DuplicateKey(String key, int line) {
            super(null, null, false, false);
            this.key = key;
            this.line = line;
        }
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "\u2026";
    }

    private static YamlNode convert(Node node, int firstLine) {
        int line = node.getStartMark().getLine() + firstLine;
        if (node instanceof ScalarNode scalar) {
            String v = scalar.getValue();
            boolean isNull = scalar.getTag().getValue().endsWith(":null") || v.isEmpty() && scalar.getScalarStyle().getChar() == null;
            return new YamlNode(isNull ? null : v, line);
        }
        if (node instanceof SequenceNode seq) {
            List<YamlNode> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                items.add(convert(item, firstLine));
            }
            return new YamlNode(List.copyOf(items), line);
        }
        if (node instanceof MappingNode map) {
            Map<String, YamlNode> entries = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : String.valueOf(t.getKeyNode());
                if (entries.containsKey(key)) {
                    throw new DuplicateKey(key, t.getKeyNode().getStartMark().getLine() + firstLine);
                }
                YamlNode v = convert(t.getValueNode(), firstLine);
                // a key's line is where the key is written, which is what an author looks for
                entries.put(key, new YamlNode(v.value(), t.getKeyNode().getStartMark().getLine() + firstLine));
            }
            return new YamlNode(entries, line);
        }
        return new YamlNode(null, line);
    }

    @SuppressWarnings("unchecked")
    public Map<String, YamlNode> asMap() {
        return value instanceof Map<?, ?> m ? (Map<String, YamlNode>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    public List<YamlNode> asList() {
        return value instanceof List<?> l ? (List<YamlNode>) l : List.of();
    }

    public boolean isMap() {
        return value instanceof Map;
    }

    public boolean isList() {
        return value instanceof List;
    }

    public Optional<String> asString() {
        return value instanceof String s ? Optional.of(s) : Optional.empty();
    }

    public Optional<YamlNode> get(String key) {
        return Optional.ofNullable(asMap().get(key));
    }

    public Optional<String> string(String key) {
        return get(key).flatMap(YamlNode::asString).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Strings of a list value; a single scalar counts as a one-element list. */
    public List<String> strings(String key) {
        return get(key).map(n -> n.isList()
                        ? n.asList().stream().flatMap(i -> i.asString().stream()).map(String::strip).toList()
                        : n.asString().map(s -> List.of(s.strip())).orElse(List.of()))
                .orElse(List.of());
    }

    public int lineOf(String key) {
        return get(key).map(YamlNode::line).orElse(line);
    }
}

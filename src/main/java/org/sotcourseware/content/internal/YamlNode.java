package org.sotcourseware.content.internal;

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
    public static final class YamlSyntaxException extends Exception {
        private final int line;

        YamlSyntaxException(String message, int line) {
            super(message);
            this.line = line;
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
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + firstLine : firstLine;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            if (problem != null && problem.contains("mapping values are not allowed")) {
                problem += " (a value that contains ': ' must be in quotes: title: \"Category One: blocking\")";
            }
            throw new YamlSyntaxException("invalid YAML: " + problem, line);
        } catch (YAMLException e) {
            throw new YamlSyntaxException("invalid YAML: " + e.getMessage(), firstLine);
        }
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

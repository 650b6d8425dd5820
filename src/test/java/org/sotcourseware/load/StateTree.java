package org.sotcourseware.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The client side of Vaadin Flow's state tree, as the browser's flow-client keeps it: nodes by id, each with
 * its tag, properties, attributes, DOM listeners, text, class list, children and virtual children, built only
 * from the {@code changes} of the server's answers. Components are found by what a user sees (text, role,
 * label, link target), never by a remembered node id.
 */
final class StateTree {

    // feature ids of com.vaadin.flow.internal.nodefeature.NodeFeatures
    static final int ELEMENT_DATA = 0;
    static final int ELEMENT_PROPERTIES = 1;
    static final int ELEMENT_CHILDREN = 2;
    static final int ELEMENT_ATTRIBUTES = 3;
    static final int ELEMENT_LISTENERS = 4;
    static final int TEXT_NODE = 7;
    static final int CLASS_LIST = 11;
    static final int CLIENT_DELEGATE_HANDLERS = 19;
    static final int VIRTUAL_CHILDREN = 24;

    /** The UI's node (the {@code <body>}). */
    static final int ROOT = 1;

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** One node as the client knows it. Only the features the driver reads get fields; the rest are kept generically. */
    static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, JsonNode> properties = new LinkedHashMap<>(4);
        final Map<String, String> attributes = new LinkedHashMap<>(4);
        final Map<String, String> listeners = new LinkedHashMap<>(2);
        final List<String> classes = new ArrayList<>(2);
        final List<Integer> children = new ArrayList<>(2);
        final List<Integer> virtualChildren = new ArrayList<>(0);
        final List<String> delegateHandlers = new ArrayList<>(0);
        private Map<Integer, Map<String, Object>> otherMaps;
        private Map<Integer, List<Object>> otherLists;

        Node(int id) {
            this.id = id;
        }

        boolean hasClass(String c) {
            return classes.contains(c);
        }

        boolean isText() {
            return tag == null && text != null;
        }

        String attribute(String name) {
            return attributes.get(name);
        }

        /** A disabled component: Flow sets the {@code disabled} attribute on its element. */
        boolean disabled() {
            return attributes.containsKey("disabled");
        }

        String property(String name) {
            JsonNode v = properties.get(name);
            return v == null || v.isNull() ? null : v.isValueNode() ? v.asString() : v.toString();
        }

        @Override
        public String toString() {
            return "node " + id + " <" + tag + (classes.isEmpty() ? "" : " class=\"" + String.join(" ", classes) + "\"") + ">";
        }

        private Map<String, Object> otherMap(int feature) {
            if (otherMaps == null) {
                otherMaps = new HashMap<>(2);
            }
            return otherMaps.computeIfAbsent(feature, f -> new HashMap<>(2));
        }

        private List<Object> otherList(int feature) {
            if (otherLists == null) {
                otherLists = new HashMap<>(2);
            }
            return otherLists.computeIfAbsent(feature, f -> new ArrayList<>(2));
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();

    /** Forgets everything: a new page load starts a new tree. */
    void reset() {
        nodes.clear();
        constants.clear();
    }

    int size() {
        return nodes.size();
    }

    Node node(int id) {
        return nodes.get(id);
    }

    /** The event-data settings the server registered for a DOM event on a node ({@code null} if none). */
    JsonNode listenerSettings(Node n, String event) {
        String key = n.listeners.get(event);
        return key == null ? null : constants.get(key);
    }

    /** Applies one UIDL answer: its constant pool and its changes, in order. */
    void apply(JsonNode uidl) {
        JsonNode cs = uidl.get("constants");
        if (cs != null) {
            for (Map.Entry<String, JsonNode> e : cs.properties()) {
                constants.put(e.getKey(), e.getValue());
            }
        }
        JsonNode changes = uidl.get("changes");
        if (changes != null && changes.isArray()) {
            for (JsonNode c : changes) {
                applyChange(c);
            }
        }
    }

    private Node getOrCreate(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    void applyChange(JsonNode c) {
        int id = c.get("node").asInt();
        String type = c.get("type").asString();
        if ("detach".equals(type)) {
            nodes.remove(id);
            return;
        }
        Node n = getOrCreate(id);
        int feature = c.has("feat") ? c.get("feat").asInt() : -1;
        switch (type) {
            case "attach", "empty" -> { }
            case "put" -> put(n, feature, c.get("key").asString(), c);
            case "remove" -> remove(n, feature, c.get("key").asString());
            case "splice" -> splice(n, feature, c);
            case "clear" -> clear(n, feature);
            default -> throw new IllegalArgumentException("Unknown change type '" + type + "' in " + c);
        }
    }

    private static void put(Node n, int feature, String key, JsonNode c) {
        JsonNode value = c.get("value");
        switch (feature) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key)) {
                    n.tag = value.asString();
                } else {
                    n.otherMap(feature).put(key, c.has("nodeValue") ? c.get("nodeValue").asInt() : value);
                }
            }
            case ELEMENT_PROPERTIES -> n.properties.put(key, value);
            case ELEMENT_ATTRIBUTES -> n.attributes.put(key, value == null || value.isNull() ? "" : value.isValueNode() ? value.asString() : value.toString());
            case ELEMENT_LISTENERS -> n.listeners.put(key, value.asString());
            case TEXT_NODE -> n.text = value == null || value.isNull() ? "" : value.asString();
            default -> n.otherMap(feature).put(key, c.has("nodeValue") ? c.get("nodeValue").asInt() : value);
        }
    }

    private static void remove(Node n, int feature, String key) {
        switch (feature) {
            case ELEMENT_PROPERTIES -> n.properties.remove(key);
            case ELEMENT_ATTRIBUTES -> n.attributes.remove(key);
            case ELEMENT_LISTENERS -> n.listeners.remove(key);
            case TEXT_NODE -> n.text = null;
            default -> n.otherMap(feature).remove(key);
        }
    }

    private static void clear(Node n, int feature) {
        switch (feature) {
            case ELEMENT_CHILDREN -> n.children.clear();
            case VIRTUAL_CHILDREN -> n.virtualChildren.clear();
            case CLASS_LIST -> n.classes.clear();
            case CLIENT_DELEGATE_HANDLERS -> n.delegateHandlers.clear();
            default -> n.otherList(feature).clear();
        }
    }

    private static void splice(Node n, int feature, JsonNode c) {
        int index = c.get("index").asInt();
        int removeCount = c.has("remove") ? c.get("remove").asInt() : 0;
        List<Object> added = new ArrayList<>();
        if (c.has("addNodes")) {
            c.get("addNodes").forEach(v -> added.add(v.asInt()));
        } else if (c.has("add")) {
            c.get("add").forEach(v -> added.add(v));
        }
        switch (feature) {
            case ELEMENT_CHILDREN -> spliceInto(n.children, index, removeCount, added, Integer.class::cast);
            case VIRTUAL_CHILDREN -> spliceInto(n.virtualChildren, index, removeCount, added, Integer.class::cast);
            case CLASS_LIST -> spliceInto(n.classes, index, removeCount, added, o -> ((JsonNode) o).asString());
            case CLIENT_DELEGATE_HANDLERS -> spliceInto(n.delegateHandlers, index, removeCount, added, o -> ((JsonNode) o).asString());
            default -> spliceInto(n.otherList(feature), index, removeCount, added, o -> o);
        }
    }

    private static <T> void spliceInto(List<T> list, int index, int removeCount, List<Object> added, java.util.function.Function<Object, T> map) {
        int from = Math.min(index, list.size());
        int to = Math.min(from + removeCount, list.size());
        list.subList(from, to).clear();
        List<T> mapped = new ArrayList<>(added.size());
        added.forEach(o -> mapped.add(map.apply(o)));
        list.addAll(from, mapped);
    }

    // ------------------------------------------------------------------ reading the page

    /** The page as the user sees it: every node reachable from the UI through children and virtual children, in document order. */
    List<Node> page() {
        return under(nodes.get(ROOT));
    }

    /** {@code root} and everything below it, in document order. */
    List<Node> under(Node root) {
        List<Node> out = new ArrayList<>();
        if (root == null) {
            return out;
        }
        ArrayList<Node> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            Node n = stack.removeLast();
            out.add(n);
            for (int i = n.virtualChildren.size() - 1; i >= 0; i--) {
                Node c = nodes.get(n.virtualChildren.get(i));
                if (c != null) {
                    stack.add(c);
                }
            }
            for (int i = n.children.size() - 1; i >= 0; i--) {
                Node c = nodes.get(n.children.get(i));
                if (c != null) {
                    stack.add(c);
                }
            }
        }
        return out;
    }

    /**
     * What the user reads in a node: its text nodes and any HTML set as {@code innerHTML}, tags removed, a space
     * between elements (as a reader sees separate blocks), spaces collapsed.
     */
    String text(Node n) {
        StringBuilder sb = new StringBuilder();
        appendText(n, sb);
        return SPACE.matcher(sb).replaceAll(" ").trim();
    }

    private void appendText(Node n, StringBuilder sb) {
        if (n.text != null) {
            sb.append(n.text);
        }
        JsonNode html = n.properties.get("innerHTML");
        if (html != null && html.isString()) {
            sb.append(' ').append(htmlText(html.asString())).append(' ');
        }
        for (int id : n.children) {
            Node c = nodes.get(id);
            if (c != null) {
                appendChildText(c, sb);
            }
        }
        for (int id : n.virtualChildren) {
            Node c = nodes.get(id);
            if (c != null) {
                appendChildText(c, sb);
            }
        }
    }

    private void appendChildText(Node c, StringBuilder sb) {
        if (c.tag != null) {
            sb.append(' ');
        }
        appendText(c, sb);
        if (c.tag != null) {
            sb.append(' ');
        }
    }

    static String htmlText(String html) {
        return TAG.matcher(html).replaceAll(" ").replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    /** Everything on the page (or in the open modal dialog, when there is one, as the rest is inert) matching a test. */
    List<Node> find(Predicate<Node> test) {
        return under(activeRoot()).stream().filter(test).toList();
    }

    Optional<Node> first(Predicate<Node> test) {
        return under(activeRoot()).stream().filter(test).findFirst();
    }

    /** Inside {@code root} only. */
    List<Node> findIn(Node root, Predicate<Node> test) {
        return under(root).stream().filter(test).toList();
    }

    /** An open modal dialog makes everything else inert, as in the browser; otherwise the whole page. */
    Node activeRoot() {
        return openDialog().orElse(nodes.get(ROOT));
    }

    Optional<Node> openDialog() {
        Node root = nodes.get(ROOT);
        return under(root).stream()
                .filter(n -> "vaadin-dialog".equals(n.tag) && "true".equals(n.property("opened")) && !"true".equals(n.property("modeless")))
                .reduce((a, b) -> b);
    }

    // ------------------------------------------------------------------ tests for find()

    static Predicate<Node> tag(String tag) {
        return n -> tag.equals(n.tag);
    }

    static Predicate<Node> hasClass(String c) {
        return n -> n.hasClass(c);
    }

    /** A button whose visible text is exactly this. */
    Predicate<Node> button(String text) {
        return n -> "vaadin-button".equals(n.tag) && text.equals(text(n));
    }

    /** A button whose visible text starts with this. */
    Predicate<Node> buttonStartingWith(String text) {
        return n -> "vaadin-button".equals(n.tag) && text(n).startsWith(text);
    }

    /** A component with this accessible label ({@code aria-label} or the {@code accessibleName} property). */
    static Predicate<Node> labelled(Predicate<String> label) {
        return n -> {
            String a = n.attribute("aria-label");
            String p = n.property("accessibleName");
            return (a != null && label.test(a)) || (p != null && label.test(p));
        };
    }

    /** An in-app link ({@code <a router-link>}) to exactly this route. */
    static Predicate<Node> routerLink(String href) {
        return n -> "a".equals(n.tag) && n.attributes.containsKey("router-link") && href.equals(n.attribute("href"));
    }

    /** An in-app link whose visible text is exactly this. */
    Predicate<Node> linkText(String text) {
        return n -> "a".equals(n.tag) && n.attributes.containsKey("router-link") && text.equals(text(n));
    }

    /** A node with a {@code @ClientCallable} method of this name (what the page's script calls as {@code $server.name()}). */
    static Predicate<Node> callable(String method) {
        return n -> n.delegateHandlers.contains(method);
    }
}

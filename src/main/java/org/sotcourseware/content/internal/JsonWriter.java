package org.sotcourseware.content.internal;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Writes the {@code check-content --json} report (maps, lists, strings, numbers, booleans) as indented JSON
 * (RFC 8259). The command runs in a fresh JVM for every check, where loading a JSON library costs more than
 * the report takes to write; the tests read every report back with Jackson.
 */
public final class JsonWriter {

    private JsonWriter() {
    }

    public static String of(@Nullable Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.toString();
    }

    private static void write(@Nullable Object value, StringBuilder out, int depth) {
        switch (value) {
            case null -> out.append("null");
            case String s -> string(s, out);
            case Boolean b -> out.append(b);
            case Number n -> {
                if (!Double.isFinite(n.doubleValue())) {
                    throw new IllegalArgumentException("JSON has no " + n);
                }
                out.append(n); // Integer, Long, Double ("40.0") and BigDecimal print as JSON numbers
            }
            case Map<?, ?> map -> container(map.entrySet(), '{', '}', out, depth, (e, o) -> {
                string(String.valueOf(e.getKey()), o);
                o.append(": ");
                write(e.getValue(), o, depth + 1);
            });
            case Collection<?> list -> container(list, '[', ']', out, depth, (item, o) -> write(item, o, depth + 1));
            default -> string(value.toString(), out);
        }
    }

    private interface Item<T> {
        void write(T item, StringBuilder out);
    }

    private static <T> void container(Collection<T> items, char open, char close, StringBuilder out, int depth, Item<T> item) {
        out.append(open);
        if (items.isEmpty()) {
            out.append(close);
            return;
        }
        Iterator<T> it = items.iterator();
        while (it.hasNext()) {
            out.append('\n').append("  ".repeat(depth + 1));
            item.write(it.next(), out);
            if (it.hasNext()) {
                out.append(',');
            }
        }
        out.append('\n').append("  ".repeat(depth)).append(close);
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

package org.sotcourseware.quiz;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A student's answer to one question, exactly as given. Refers to options, items and pairs by their
 * stable ids, never by display position, so shuffling cannot change a grade.
 */
public sealed interface Answer {

    /** Nothing entered yet (or everything cleared). */
    boolean isEmpty();

    /** single, multiple, truefalse: the chosen option ids. */
    record Choice(Set<String> optionIds) implements Answer {
        public Choice {
            optionIds = Set.copyOf(optionIds);
        }

        @Override
        public boolean isEmpty() {
            return optionIds.isEmpty();
        }
    }

    /** numeric and text: what the student typed. */
    record Typed(String text) implements Answer {
        @Override
        public boolean isEmpty() {
            return text.isBlank();
        }
    }

    /** order: the item ids in the order the student put them. */
    record Order(List<String> itemIds) implements Answer {
        public Order {
            itemIds = List.copyOf(itemIds);
        }

        @Override
        public boolean isEmpty() {
            return itemIds.isEmpty();
        }
    }

    /** match: for each left item id, the right item id the student chose. */
    record Match(Map<String, String> pairs) implements Answer {
        public Match {
            pairs = Collections.unmodifiableMap(new LinkedHashMap<>(pairs));
        }

        @Override
        public boolean isEmpty() {
            return pairs.isEmpty();
        }
    }
}

package org.sotcourseware.quiz;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.content.Question;

/**
 * Markdown that shows an answer: what the student gave, and the correct answer. It holds no words of the interface
 * (a missing answer is a dash; the screens say "No answer" in the reader's language), only the curriculum's texts.
 */
final class AnswerMarkdown {

    /** Nothing given (or nothing to show): a dash, the same in every language. */
    static final String NONE = "–";

    private AnswerMarkdown() {
    }

    static String given(Question q, @Nullable Answer answer) {
        if (answer == null || answer.isEmpty()) {
            return NONE;
        }
        return switch (answer) {
            case Answer.Choice c -> bullets(q.options().stream().filter(o -> c.optionIds().contains(o.id())).map(Question.Option::text).toList());
            case Answer.Typed t -> "`" + t.text().strip().replace("`", "'") + "`";
            case Answer.Order o -> {
                Map<String, String> text = q.items().stream().collect(Collectors.toMap(Question.Item::id, Question.Item::text, (a, b) -> a));
                yield numbered(o.itemIds().stream().map(id -> text.getOrDefault(id, "?")).toList());
            }
            case Answer.Match m -> {
                Map<String, String> rights = q.pairs().stream().collect(Collectors.toMap(Question.Pair::rightId, Question.Pair::right, (a, b) -> a));
                yield bullets(q.pairs().stream().map(p -> p.left() + " → "
                        + (m.pairs().containsKey(p.leftId()) ? rights.getOrDefault(m.pairs().get(p.leftId()), "?") : NONE)).toList());
            }
        };
    }

    static String correct(Question q) {
        return switch (q.type()) {
            case SINGLE, TRUEFALSE, MULTIPLE, NUMERIC -> bullets(q.correctOptions().stream().map(Question.Option::text).toList());
            case TEXT -> String.join(" · ", q.correctOptions().stream().map(o -> "`" + o.text() + "`").toList());
            case ORDER -> numbered(q.items().stream().map(Question.Item::text).toList());
            case MATCH -> bullets(q.pairs().stream().map(p -> p.left() + " → " + p.right()).toList());
        };
    }

    private static String bullets(List<String> lines) {
        return lines.isEmpty() ? NONE : lines.stream().map(l -> "- " + l).collect(Collectors.joining("\n"));
    }

    private static String numbered(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            sb.append(i + 1).append(". ").append(lines.get(i)).append('\n');
        }
        return sb.toString();
    }
}

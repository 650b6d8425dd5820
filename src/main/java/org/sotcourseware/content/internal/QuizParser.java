package org.sotcourseware.content.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.util.ast.Node;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.NumericValue;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.QuestionType;
import org.sotcourseware.content.Quiz;
import org.sotcourseware.content.QuizSettings;

/** Parses and validates a {@code quiz.md} file (format: docs/authoring.md). */
final class QuizParser {

    private static final List<String> QUESTION_ATTRIBUTES = List.of("id", "type", "points", "tags", "outcome");
    /** A partly right answer's share of the points at the end of its line: {@code {credit=50%}}. */
    private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile("\\s*\\{\\s*credit\\s*=\\s*([^}]*?)\\s*}\\s*$");

    private final MarkdownRenderer renderer;

    QuizParser(MarkdownRenderer renderer) {
        this.renderer = renderer;
    }

    Quiz parse(String moduleId, String file, String text, MarkdownRenderer.ImageResolver images) {
        List<ContentProblem> problems = new ArrayList<>();
        FrontMatter fm = FrontMatter.parse(text, file, problems);
        String id = fm.requireId(file, problems).orElse(moduleId + "-quiz");
        String title = fm.yaml().string("title").orElse("Quiz");
        QuizSettings settings = settings(fm, file, problems);
        int offset = fm.bodyStartLine();

        MarkdownBlocks blocks = new MarkdownBlocks(fm.body());
        List<MarkdownRenderer.Issue> refused = new ArrayList<>();
        Node doc = renderer.parse(fm.body(), refused);
        refused.forEach(i -> problems.add(new ContentProblem(file, offset + i.line(), i.text())));
        StringBuilder intro = new StringBuilder();
        List<Question> questions = new ArrayList<>();
        QuestionBuilder current = null;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 1) {
                continue;
            }
            if (n instanceof Heading h && h.getLevel() == 2) {
                if (current != null) {
                    current.build(blocks, problems).ifPresent(questions::add);
                }
                current = new QuestionBuilder(file, offset, blocks.startLine(h), blocks.line(blocks.startLine(h)), problems);
                continue;
            }
            if (current == null) {
                intro.append(blocks.source(n)).append('\n');
            } else {
                current.add(n, blocks);
            }
        }
        if (current != null) {
            current.build(blocks, problems).ifPresent(questions::add);
        }
        if (current == null && fm.valid()) { // (a quiz whose questions are all broken already has its problems)
            problems.add(new ContentProblem(file, offset, Message.of("content.quiz.quiz-no-questions-each", "{#q-id}")));
        }
        Set<String> seen = new HashSet<>();
        for (Question q : questions) {
            if (!seen.add(q.id())) {
                problems.add(new ContentProblem(file, q.line(), Message.of("content.quiz.question-id-used-twice", q.id())));
            }
        }
        checkDraw(settings, questions, fm, file, problems);
        // render every piece once so that image and callout problems are reported with the quiz
        for (Question q : questions) {
            renderer.issues(q.prompt(), images)
                    .forEach(i -> problems.add(new ContentProblem(file, q.line(), Message.of("content.quiz.in-question-text", i.text()))));
        }
        renderer.issues(intro.toString(), images)
                .forEach(i -> problems.add(new ContentProblem(file, offset + i.line(), i.text())));
        return new Quiz(moduleId, id, title, intro.toString().strip(), settings, questions, file,
                MarkdownRenderer.hash(text).substring(0, 16), problems);
    }

    private static QuizSettings settings(FrontMatter fm, String file, List<ContentProblem> problems) {
        QuizSettings d = QuizSettings.defaults();
        int passMark = fm.integer("pass-mark", file, problems).orElse(d.passMark());
        if (passMark < 0 || passMark > 100) {
            problems.add(new ContentProblem(file, fm.yaml().lineOf("pass-mark"), Message.of("content.quiz.pass-mark-range")));
        }
        Integer attempts = null;
        Optional<String> a = fm.yaml().string("attempts");
        if (a.isPresent() && !a.get().equalsIgnoreCase("unlimited")) {
            attempts = fm.integer("attempts", file, problems).orElse(null);
            if (attempts != null && attempts < 1) {
                problems.add(new ContentProblem(file, fm.yaml().lineOf("attempts"), Message.of("content.quiz.attempts-least-1-unlimited")));
                attempts = null;
            }
        }
        QuizSettings.GradingMethod grading = enumValue(fm, "grading", QuizSettings.GradingMethod.class, d.grading(), file, problems);
        QuizSettings.FeedbackMode feedback = enumValue(fm, "feedback", QuizSettings.FeedbackMode.class, d.feedback(), file, problems);
        boolean shuffleQuestions = bool(fm, "shuffle-questions", file, problems);
        boolean shuffleOptions = bool(fm, "shuffle-options", file, problems);
        Integer draw = fm.integer("draw", file, problems).orElse(null);
        if (draw != null && draw < 1) {
            problems.add(new ContentProblem(file, fm.yaml().lineOf("draw"), Message.of("content.quiz.draw-below-1")));
            draw = null;
        }
        Integer timeLimit = fm.integer("time-limit", file, problems).orElse(null);
        if (timeLimit != null && timeLimit < 1) {
            problems.add(new ContentProblem(file, fm.yaml().lineOf("time-limit"), Message.of("content.quiz.time-limit-minutes-least")));
            timeLimit = null;
        }
        for (String key : fm.yaml().asMap().keySet()) {
            if (!List.of("id", "title", "pass-mark", "attempts", "grading", "shuffle-questions", "shuffle-options", "draw",
                    "draw-tags", "time-limit", "feedback").contains(key)) {
                problems.add(new ContentProblem(file, fm.yaml().lineOf(key), Message.of("content.quiz.unknown-quiz-setting", key)));
            }
        }
        return new QuizSettings(Math.max(0, Math.min(100, passMark)), attempts, grading, shuffleQuestions, shuffleOptions, draw,
                fm.yaml().strings("draw-tags"), timeLimit, feedback);
    }

    private static <E extends Enum<E>> E enumValue(FrontMatter fm, String key, Class<E> type, E fallback, String file,
                                                   List<ContentProblem> problems) {
        Optional<String> v = fm.yaml().string(key);
        if (v.isEmpty()) {
            return fallback;
        }
        String name = v.get().strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        problems.add(new ContentProblem(file, fm.yaml().lineOf(key), Message.of("content.quiz.setting-not-allowed", key, String.join(", ", allowed), v.get())));
        return fallback;
    }

    private static boolean bool(FrontMatter fm, String key, String file, List<ContentProblem> problems) {
        Optional<String> v = fm.yaml().string(key);
        if (v.isEmpty()) {
            return false;
        }
        return switch (v.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> {
                problems.add(new ContentProblem(file, fm.yaml().lineOf(key), Message.of("content.quiz.setting-not-boolean", key)));
                yield false;
            }
        };
    }

    private static void checkDraw(QuizSettings s, List<Question> questions, FrontMatter fm, String file, List<ContentProblem> problems) {
        if (s.draw() == null) {
            if (!s.drawTags().isEmpty()) {
                problems.add(new ContentProblem(file, fm.yaml().lineOf("draw-tags"), Message.of("content.quiz.draw-tags-needs-draw")));
            }
            return;
        }
        long pool = s.drawTags().isEmpty() ? questions.size()
                : questions.stream().filter(q -> q.tags().stream().anyMatch(s.drawTags()::contains)).count();
        if (s.draw() > pool) {
            problems.add(new ContentProblem(file, fm.yaml().lineOf("draw"), s.drawTags().isEmpty()
                    ? Message.of("content.quiz.draw-larger-than-pool", s.draw(), pool)
                    : Message.of("content.quiz.draw-larger-than-tagged-pool", s.draw(), pool, String.join(", ", s.drawTags()))));
        }
    }

    /** Collects one question's blocks, then builds and validates it. */
    private static final class QuestionBuilder {
        private final String file;
        private final int offset;
        private final int line;
        private final List<ContentProblem> problems;
        private final String headingText;
        private final Map<String, String> attributes;
        private final StringBuilder prompt = new StringBuilder();
        private @Nullable BulletList taskList;
        private @Nullable OrderedList orderedList;
        private @Nullable BulletList plainList;
        private final List<Integer> optionLines = new ArrayList<>();
        /** Each option's {@code credit=} as written, or null (parallel to the options). */
        private final List<@Nullable String> optionCredits = new ArrayList<>();
        private @Nullable String hint;
        private @Nullable String explanation;

        QuestionBuilder(String file, int offset, int headingLine, String raw, List<ContentProblem> problems) {
            this.file = file;
            this.offset = offset;
            this.line = offset + headingLine;
            this.problems = problems;
            var m = MarkdownBlocks.HEADING_WITH_ATTRIBUTES.matcher(raw);
            if (m.matches()) {
                headingText = m.group(2);
                attributes = MarkdownBlocks.parseAttributes(m.group(3));
            } else {
                headingText = raw.replaceFirst("^#+\\s*", "").strip();
                attributes = Map.of();
            }
        }

        void add(Node n, MarkdownBlocks blocks) {
            if (n instanceof BulletList list && list.getFirstChild() instanceof ListItem first && blocks.isTaskItem(first)) {
                if (taskList != null) {
                    problems.add(new ContentProblem(file, line, Message.of("content.quiz.question-two-option-lists")));
                }
                taskList = list;
            } else if (n instanceof OrderedList list && orderedList == null) {
                orderedList = list;
                prompt.append(blocks.source(n)).append('\n'); // kept in case the type is not 'order'
            } else if (n instanceof BulletList list && plainList == null) {
                plainList = list;
                prompt.append(blocks.source(n)).append('\n');
            } else if (n instanceof BlockQuote q && blocks.labelled(q, "Hint") != null) {
                hint = blocks.labelled(q, "Hint");
            } else if (n instanceof BlockQuote q && blocks.labelled(q, "Explanation") != null) {
                explanation = blocks.labelled(q, "Explanation");
            } else {
                prompt.append(blocks.source(n)).append('\n');
            }
        }

        /** The question, or empty when it has problems (added to {@code problems}); the steps below in reading order. */
        Optional<Question> build(MarkdownBlocks blocks, List<ContentProblem> problems) {
            Optional<String> checkedId = id(problems);
            if (checkedId.isEmpty()) {
                return Optional.empty();
            }
            String id = checkedId.get();
            MarkdownBlocks.unknown(attributes, QUESTION_ATTRIBUTES).forEach(k ->
                    problems.add(new ContentProblem(file, line, Message.of("content.quiz.unknown-question-attribute-use", k))));
            double points = points(problems);
            List<String> tags = attributes.containsKey("tags")
                    ? List.of(attributes.get("tags").split("\\s*,\\s*")) : List.of();
            String outcome = attributes.get("outcome");
            if (outcome != null && !FrontMatter.ID.matcher(outcome).matches()) {
                problems.add(new ContentProblem(file, line, Message.of("content.quiz.outcome-question-outcome-id", outcome, id)));
                return Optional.empty();
            }
            List<Question.Option> options = options(blocks);
            Optional<QuestionType> typed = type(id, options, problems);
            if (typed.isEmpty()) {
                return Optional.empty();
            }
            QuestionType type = typed.get();

            List<Question.Item> items = List.of();
            List<Question.Pair> pairs = List.of();
            String promptText = prompt.toString();
            int before = problems.size();
            options = credits(type, options, id);
            switch (type) {
                case SINGLE, MULTIPLE, TRUEFALSE -> checkChoice(type, options, id);
                case NUMERIC -> options = numeric(options, id);
                case TEXT -> {
                    if (options.stream().noneMatch(Question.Option::correct)) {
                        problems.add(new ContentProblem(file, line, Message.of("content.quiz.text-question-no-accepted", id)));
                    }
                }
                case ORDER -> {
                    items = orderItems(id, blocks);
                    if (orderedList != null) {
                        promptText = promptText.replace(blocks.source(orderedList), "");
                    }
                }
                case MATCH -> {
                    pairs = matchPairs(id, blocks);
                    if (plainList != null) {
                        promptText = promptText.replace(blocks.source(plainList), "");
                    }
                }
            }
            if (!type.isChoice() && type != QuestionType.NUMERIC && type != QuestionType.TEXT && taskList != null) {
                problems.add(new ContentProblem(file, line, Message.of("content.quiz.question-type-no-task-list", type.key(), id)));
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            String fullPrompt = ("**" + headingText + "**\n\n" + promptText).strip();
            return Optional.of(new Question(id, type, fullPrompt, points, tags, options, items, pairs, hint, explanation, line, outcome));
        }

        /** The heading's {#id}, present and well formed. */
        private Optional<String> id(List<ContentProblem> problems) {
            String id = attributes.get("id");
            if (id == null) {
                problems.add(new ContentProblem(file, line, Message.of("content.quiz.question-no-id-end", abbreviate(headingText), "{#q-...}")));
                return Optional.empty();
            }
            if (!FrontMatter.ID.matcher(id).matches()) {
                problems.add(new ContentProblem(file, line, Message.of("content.quiz.question-id-use-only", id)));
                return Optional.empty();
            }
            return Optional.of(id);
        }

        /** The points attribute (1 when absent, or when it is not a number above 0, which is a problem). */
        private double points(List<ContentProblem> problems) {
            if (!attributes.containsKey("points")) {
                return 1;
            }
            double points;
            try {
                points = Double.parseDouble(attributes.get("points"));
            } catch (NumberFormatException e) {
                points = -1;
            }
            if (!(points > 0)) {
                problems.add(new ContentProblem(file, line, Message.of("content.quiz.points-not-positive", attributes.get("points"))));
                return 1;
            }
            return points;
        }

        /** The task list's items as options, each with a stable id from its text; their lines are kept for numeric checks. */
        private List<Question.Option> options(MarkdownBlocks blocks) {
            List<Question.Option> options = new ArrayList<>();
            if (taskList != null) {
                for (Node c = taskList.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof ListItem item) {
                        String text = blocks.itemText(item);
                        java.util.regex.Matcher credit = CREDIT.matcher(text);
                        String written = null;
                        if (credit.find()) {
                            written = credit.group(1);
                            text = text.substring(0, credit.start());
                        }
                        optionLines.add(offset + blocks.startLine(item));
                        optionCredits.add(written);
                        options.add(Question.Option.choice(uniqueId("o-", text, options.stream().map(Question.Option::id).toList()),
                                text, blocks.isChecked(item), blocks.itemQuote(item)));
                    }
                }
            }
            return options;
        }

        /** The type attribute, or the type the task list implies (true/false, one correct or several). */
        private Optional<QuestionType> type(String id, List<Question.Option> options, List<ContentProblem> problems) {
            if (attributes.containsKey("type")) {
                Optional<QuestionType> t = QuestionType.of(attributes.get("type"));
                if (t.isEmpty()) {
                    problems.add(new ContentProblem(file, line, Message.of("content.quiz.unknown-question-type", attributes.get("type"))));
                }
                return t;
            }
            if (taskList != null) {
                long correct = options.stream().filter(Question.Option::correct).count();
                return Optional.of(isTrueFalse(options) ? QuestionType.TRUEFALSE : correct > 1 ? QuestionType.MULTIPLE : QuestionType.SINGLE);
            }
            problems.add(new ContentProblem(file, line, Message.of("content.quiz.question-no-options-add", id)));
            return Optional.empty();
        }

        /** An order question's items, in the correct order, from its numbered list. */
        private List<Question.Item> orderItems(String id, MarkdownBlocks blocks) {
            if (orderedList == null) {
                problems.add(new ContentProblem(file, line, Message.of("content.quiz.order-question-needs-numbered", id)));
                return List.of();
            }
            List<Question.Item> items = new ArrayList<>();
            for (Node c = orderedList.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof ListItem item) {
                    String text = blocks.itemText(item);
                    items.add(new Question.Item(uniqueId("i-", text, items.stream().map(Question.Item::id).toList()), text));
                }
            }
            if (items.size() < 2) {
                problems.add(new ContentProblem(file, line, Message.of("content.quiz.order-question-needs-least", id)));
            }
            return items;
        }

        /** A match question's pairs from its list of "left -> right" items, each side distinct. */
        private List<Question.Pair> matchPairs(String id, MarkdownBlocks blocks) {
            if (plainList == null) {
                problems.add(new ContentProblem(file, line, Message.of("content.quiz.match-question-needs-list", id)));
                return List.of();
            }
            List<Question.Pair> pairs = new ArrayList<>();
            for (Node c = plainList.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof ListItem item) {
                    String text = blocks.itemText(item);
                    String[] parts = text.split("\\s*(?:->|→)\\s*", 2);
                    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                        problems.add(new ContentProblem(file, offset + blocks.startLine(item),
                                Message.of("content.quiz.match-item-written-left", abbreviate(text))));
                        continue;
                    }
                    pairs.add(new Question.Pair(MarkdownBlocks.stableId("l-", parts[0]), parts[0], MarkdownBlocks.stableId("r-", parts[1]), parts[1]));
                }
            }
            if (pairs.size() < 2) {
                problems.add(new ContentProblem(file, line, Message.of("content.quiz.match-question-needs-least", id)));
            }
            if (pairs.stream().map(Question.Pair::leftId).distinct().count() < pairs.size()
                    || pairs.stream().map(Question.Pair::rightId).distinct().count() < pairs.size()) {
                problems.add(new ContentProblem(file, line, Message.of("content.quiz.match-question-repeats-item", id)));
            }
            return pairs;
        }

        /**
         * The options with their {@code credit=} applied: a share between 1 % and 99 % on a wrong ({@code [ ]}) option of a
         * single-choice, numeric or text question. Anywhere else it is a problem: a correct option already earns all the
         * points, and multiple-response questions have their own partial-credit rule.
         */
        private List<Question.Option> credits(QuestionType type, List<Question.Option> options, String id) {
            List<Question.Option> out = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                Question.Option o = options.get(i);
                String written = i < optionCredits.size() ? optionCredits.get(i) : null;
                if (written == null) {
                    out.add(o);
                    continue;
                }
                int optionLine = i < optionLines.size() ? optionLines.get(i) : line;
                Double percent = creditPercent(written);
                if (type != QuestionType.SINGLE && type != QuestionType.NUMERIC && type != QuestionType.TEXT) {
                    problems.add(new ContentProblem(file, optionLine, Message.of("content.quiz.credit-wrong-type", type.key(), id)));
                } else if (o.correct()) {
                    problems.add(new ContentProblem(file, optionLine, Message.of("content.quiz.credit-on-correct", id)));
                } else if (percent == null) {
                    problems.add(new ContentProblem(file, optionLine, Message.of("content.quiz.credit-invalid", written, id)));
                } else {
                    out.add(Question.Option.partial(o.id(), o.text(), percent / 100, o.feedback()));
                    continue;
                }
                out.add(o);
            }
            return out;
        }

        private static @Nullable Double creditPercent(String written) {
            String number = written.endsWith("%") ? written.substring(0, written.length() - 1).strip() : written;
            try {
                double percent = Double.parseDouble(number);
                return percent >= 1 && percent <= 99 ? percent : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private void checkChoice(QuestionType type, List<Question.Option> options, String id) {
            long correct = options.stream().filter(Question.Option::correct).count();
            if (options.size() < 2) {
                problems.add(new ContentProblem(file, line, Message.of("content.quiz.question-needs-least-two", id)));
            }
            if (correct == 0) {
                problems.add(new ContentProblem(file, line, Message.of("content.quiz.question-no-correct-option", id)));
            }
            if ((type == QuestionType.SINGLE || type == QuestionType.TRUEFALSE) && correct > 1) {
                problems.add(new ContentProblem(file, line, Message.of("content.quiz.single-choice-question-correct", id, correct)));
            }
            if (type == QuestionType.TRUEFALSE && !isTrueFalse(options)) {
                problems.add(new ContentProblem(file, line, Message.of("content.quiz.true-false-question-exactly", id)));
            }
        }

        private List<Question.Option> numeric(List<Question.Option> options, String id) {
            List<Question.Option> out = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                Question.Option o = options.get(i);
                int optionLine = i < optionLines.size() ? optionLines.get(i) : line;
                Optional<NumericValue> v = NumericValue.parse(o.text());
                if (v.isEmpty()) {
                    problems.add(new ContentProblem(file, optionLine, Message.of("content.quiz.numeric-answer-not-number", o.text(), id)));
                } else if (v.get().tolerance() < 0) {
                    problems.add(new ContentProblem(file, optionLine, Message.of("content.quiz.numeric-answer-negative-tolerance", o.text(), id)));
                } else {
                    out.add(new Question.Option(o.id(), o.text(), o.correct(), o.feedback(), v.get().value(), v.get().tolerance(), v.get().unit(),
                            o.credit()));
                }
            }
            if (out.stream().noneMatch(Question.Option::correct) && options.stream().noneMatch(Question.Option::correct)) {
                problems.add(new ContentProblem(file, line, Message.of("content.quiz.numeric-question-no-accepted", id)));
            }
            return out;
        }

        private static boolean isTrueFalse(List<Question.Option> options) {
            return options.size() == 2 && options.stream().map(o -> o.text().strip().toLowerCase(Locale.ROOT)).sorted().toList()
                    .equals(List.of("false", "true"));
        }

        private static String uniqueId(String prefix, String text, List<String> taken) {
            String id = MarkdownBlocks.stableId(prefix, text);
            String candidate = id;
            for (int i = 2; taken.contains(candidate); i++) {
                candidate = id + "-" + i;
            }
            return candidate;
        }

        private static String abbreviate(String s) {
            return s.length() > 60 ? s.substring(0, 57) + "..." : s;
        }
    }
}

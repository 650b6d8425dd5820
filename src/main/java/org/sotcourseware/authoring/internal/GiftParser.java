package org.sotcourseware.authoring.internal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.authoring.internal.GiftMarkup.Format;
import org.sotcourseware.authoring.internal.GiftMarkup.Piece;
import org.sotcourseware.authoring.internal.GiftMarkup.Rich;
import org.sotcourseware.content.QuestionType;

/**
 * Reads one GIFT question (the text between blank lines, comment lines removed) into what our quiz format
 * can hold, or says in plain words why it cannot. The syntax follows Moodle's documented GIFT format:
 * {@code ::name::}, {@code [format]} markers, one {@code {...}} answer block, {@code =} and {@code ~} answers
 * with {@code %weight%}, {@code #feedback}, {@code ####general feedback}, {@code {T}}/{@code {F}},
 * {@code {#numeric}} and {@code {=left -> right}} matching.
 */
final class GiftParser {

    private static final Pattern WEIGHT = Pattern.compile("^%\\s*(-?\\d+(?:\\.\\d+)?)\\s*%");
    private static final Set<String> TRUE_WORDS = Set.of("T", "TRUE");
    private static final Set<String> TRUE_FALSE_WORDS = Set.of("T", "TRUE", "F", "FALSE");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GiftParser() {
    }

    /** A question that cannot be imported, with the reason for the instructor. */
    static final class Unsupported extends Exception {
        private final transient Message reason;

        Unsupported(Message reason) {
            super(reason.english(), null, false, false);
            this.reason = reason;
        }

        Message reason() {
            return reason;
        }
    }

    /**
     * An option (choice, accepted or anticipated answer) and its feedback, which may be empty; {@code credit} is the
     * percentage of the points a partly right answer earns (Moodle's weight), null for a right or a wrong one.
     */
    record Choice(String text, boolean correct, Rich feedback, @Nullable BigDecimal credit) {

        Choice(String text, boolean correct, Rich feedback) {
            this(text, correct, feedback, null);
        }
    }

    record Pair(String left, String right) {
    }

    /**
     * A question ready to be written as Markdown.
     *
     * @param title    the GIFT {@code ::name::}, or "" when there was none
     * @param heading  the prompt's first paragraph, inline Markdown on one line
     * @param body     the prompt's further paragraphs
     * @param summary  the prompt as plain text on one line, to name the question in reports
     */
    record Parsed(String title, QuestionType type, String heading, Rich body, String summary, List<Choice> choices, List<Pair> pairs,
                  @Nullable Rich explanation, List<Message> notes) {

        Parsed {
            choices = List.copyOf(choices);
            pairs = List.copyOf(pairs);
            notes = List.copyOf(notes);
        }
    }

    /** One answer of a choice, short-answer or numeric block: its marker, weight, text and feedback. */
    private record Answer(char marker, @Nullable BigDecimal weight, String text, String feedback) {

        /** The weight in percent: an explicit {@code %w%}, else 100 for {@code =} and 0 for {@code ~}. */
        BigDecimal percent() {
            return weight != null ? weight : marker == '~' ? BigDecimal.ZERO : HUNDRED;
        }
    }

    static Parsed parse(String gift) throws Unsupported {
        String text = GiftMarkup.protect(gift).strip();
        String title = "";
        if (text.startsWith("::")) {
            int end = text.indexOf("::", 2);
            if (end < 0) {
                throw new Unsupported(Message.of("authoring.gift.skip.name-not-closed"));
            }
            title = GiftMarkup.collapse(GiftMarkup.literal(text.substring(2, end), " "));
            text = text.substring(end + 2).strip();
        }
        int open = text.indexOf('{');
        int close = text.indexOf('}');
        if (open < 0 && close < 0) {
            throw new Unsupported(Message.of("authoring.gift.skip.description"));
        }
        if (open >= 0 && close < 0) {
            throw new Unsupported(Message.of("authoring.gift.skip.brace-not-closed", "{", "}"));
        }
        if (open < 0 || close < open) {
            throw new Unsupported(Message.of("authoring.gift.skip.brace-not-opened", "{", "}"));
        }
        int second = text.indexOf('{', open + 1);
        if (second >= 0 && second < close) {
            throw new Unsupported(Message.of("authoring.gift.skip.second-brace", "{", "}"));
        }
        String after = text.substring(close + 1);
        if (after.indexOf('{') >= 0) {
            throw new Unsupported(Message.of("authoring.gift.skip.several-blocks", "{", "}"));
        }
        if (after.indexOf('}') >= 0) {
            throw new Unsupported(Message.of("authoring.gift.skip.brace-not-opened", "{", "}"));
        }
        String answers = text.substring(open + 1, close).strip();
        String promptText = after.isBlank()
                ? text.substring(0, open)
                : text.substring(0, open) + GiftMarkup.BLANK + after; // missing word: a blank where the block was
        String general = "";
        int generalAt = answers.lastIndexOf("####");
        if (generalAt >= 0) {
            general = answers.substring(generalAt + 4);
            answers = answers.substring(0, generalAt).strip();
        }

        Piece prompt = GiftMarkup.piece(promptText, Format.MOODLE);
        Format format = prompt.format();
        Builder b = new Builder(title, format);
        b.prompt(GiftMarkup.markdown(prompt));
        b.summary = GiftMarkup.plainText(prompt).replace(String.valueOf(GiftMarkup.BLANK), GiftMarkup.BLANK_MARKDOWN);
        if (!general.isBlank()) {
            b.explanation = b.rich(GiftMarkup.piece(general, format));
        }

        if (answers.isEmpty()) {
            throw new Unsupported(Message.of("authoring.gift.skip.essay", "{", "}"));
        } else if (answers.startsWith("#")) {
            numeric(answers.substring(1), b);
        } else if (answers.indexOf('~') >= 0) {
            multipleChoice(answers, b);
        } else if (answers.indexOf('=') >= 0 && answers.contains("->")) {
            matching(answers, b);
        } else if (TRUE_FALSE_WORDS.contains(beforeHash(answers))) {
            trueFalse(answers, b);
        } else {
            shortAnswer(answers, b);
        }
        return b.build();
    }

    private static String beforeHash(String answers) {
        int hash = answers.indexOf('#');
        return (hash < 0 ? answers : answers.substring(0, hash)).strip();
    }

    private static void multipleChoice(String block, Builder b) throws Unsupported {
        List<Answer> answers = answers(block, false);
        if (answers.size() < 2) {
            throw new Unsupported(Message.of("authoring.gift.skip.one-answer"));
        }
        boolean anyEquals = answers.stream().anyMatch(a -> a.marker() == '=');
        if (anyEquals) {
            // Moodle shows this as one pick from radio buttons
            long full = answers.stream().filter(a -> a.percent().compareTo(HUNDRED) >= 0).count();
            if (full == 0) {
                throw new Unsupported(Message.of("authoring.gift.skip.no-correct"));
            }
            if (full > 1) {
                throw new Unsupported(Message.of("authoring.gift.skip.several-correct"));
            }
            for (Answer a : answers) {
                boolean correct = a.percent().compareTo(HUNDRED) >= 0;
                if (!correct && partialCredit(a.percent())) {
                    b.choice(a.text(), a.feedback(), a.percent());
                    continue;
                }
                b.choice(a.text(), a.feedback(), correct);
                if (!correct && a.percent().signum() != 0) {
                    b.notes.add(Message.of("authoring.gift.note.weight-dropped", number(a.percent()), abbreviate(b.plain(a.text()))));
                }
            }
            b.type = QuestionType.SINGLE;
        } else {
            // no = answer: Moodle's "multiple answers" question, checkboxes with weights
            if (answers.stream().noneMatch(a -> a.percent().signum() > 0)) {
                throw new Unsupported(Message.of("authoring.gift.skip.no-positive-weight"));
            }
            for (Answer a : answers) {
                b.choice(a.text(), a.feedback(), a.percent().signum() > 0);
            }
            b.type = QuestionType.MULTIPLE;
            List<String> weights = answers.stream().map(a -> number(a.percent()) + "%").toList();
            b.notes.add(Message.of("authoring.gift.note.weights-replaced", String.join(", ", weights)));
        }
    }

    private static void trueFalse(String block, Builder b) throws Unsupported {
        String[] parts = block.split("#", 3);
        boolean answerIsTrue = TRUE_WORDS.contains(parts[0].strip());
        String wrongFeedback = parts.length > 1 ? parts[1] : "";
        String rightFeedback = parts.length > 2 ? parts[2] : "";
        b.choice("True", answerIsTrue ? rightFeedback : wrongFeedback, answerIsTrue);
        b.choice("False", answerIsTrue ? wrongFeedback : rightFeedback, !answerIsTrue);
        b.type = QuestionType.TRUEFALSE;
    }

    private static void shortAnswer(String block, Builder b) throws Unsupported {
        List<Answer> answers = answers(block, true);
        for (Answer a : answers) {
            String typed = GiftMarkup.plainText(GiftMarkup.piece(a.text(), b.format));
            if (typed.isEmpty()) {
                throw new Unsupported(Message.of("authoring.gift.skip.empty-answer"));
            }
            BigDecimal percent = a.percent();
            if (typed.equals("*")) { // Moodle's catch-all answer
                if (percent.compareTo(HUNDRED) >= 0) {
                    throw new Unsupported(Message.of("authoring.gift.skip.catch-all"));
                }
                b.notes.add(Message.of("authoring.gift.note.catch-all"));
                continue;
            }
            Message problem = typedAnswerProblem(typed);
            if (problem != null) {
                throw new Unsupported(Message.of("authoring.gift.skip.typed-answer", abbreviate(typed), problem));
            }
            if (percent.compareTo(HUNDRED) >= 0) {
                b.typed(typed, a.feedback(), true);
            } else if (partialCredit(percent)) {
                b.typed(typed, a.feedback(), percent);
            } else if (percent.signum() > 0) {
                b.notes.add(Message.of("authoring.gift.note.partial-typed", typed, number(percent)));
            } else {
                b.typed(typed, a.feedback(), false);
            }
            if (typed.contains("*")) {
                b.notes.add(Message.of("authoring.gift.note.wildcard", typed));
            }
        }
        if (b.choices.stream().noneMatch(Choice::correct)) {
            throw new Unsupported(Message.of("authoring.gift.skip.short-no-correct"));
        }
        b.type = QuestionType.TEXT;
    }

    private static void numeric(String block, Builder b) throws Unsupported {
        String body = block;
        int otherwise = body.indexOf('~');
        if (otherwise >= 0) {
            String rest = body.substring(otherwise + 1);
            body = body.substring(0, otherwise);
            int hash = rest.indexOf('#');
            String feedback = hash < 0 ? "" : GiftMarkup.plainText(GiftMarkup.piece(rest.substring(hash + 1), b.format));
            if (!feedback.isEmpty()) {
                b.notes.add(Message.of("authoring.gift.note.numeric-other-feedback", abbreviate(feedback)));
            }
        }
        List<Answer> answers = answers(body, true);
        if (answers.isEmpty()) {
            throw new Unsupported(Message.of("authoring.gift.skip.numeric-no-correct"));
        }
        for (Answer a : answers) {
            String value = numericValue(GiftMarkup.literal(a.text(), " ").strip());
            BigDecimal percent = a.percent();
            if (percent.compareTo(HUNDRED) >= 0) {
                b.typed(value, a.feedback(), true);
            } else if (partialCredit(percent)) {
                b.typed(value, a.feedback(), percent);
            } else if (percent.signum() > 0) {
                b.notes.add(Message.of("authoring.gift.note.partial-numeric", value, number(percent)));
            } else {
                b.typed(value, a.feedback(), false);
            }
        }
        if (b.choices.stream().noneMatch(Choice::correct)) {
            throw new Unsupported(Message.of("authoring.gift.skip.numeric-no-correct"));
        }
        b.type = QuestionType.NUMERIC;
    }

    /** {@code 3.5:0.1}, {@code 1..5} (midpoint ± half the range) or {@code 3.5}, in our {@code value ± tolerance} form. */
    private static String numericValue(String answer) throws Unsupported {
        BigDecimal value;
        BigDecimal tolerance;
        int range = answer.indexOf("..");
        int colon = answer.indexOf(':');
        if (range > 0) {
            BigDecimal low = decimal(answer.substring(0, range), answer);
            BigDecimal high = decimal(answer.substring(range + 2), answer);
            if (low.compareTo(high) > 0) {
                throw new Unsupported(Message.of("authoring.gift.skip.range-reversed", answer));
            }
            value = low.add(high).divide(BigDecimal.TWO);
            tolerance = high.subtract(low).divide(BigDecimal.TWO);
        } else if (colon > 0) {
            value = decimal(answer.substring(0, colon), answer);
            tolerance = decimal(answer.substring(colon + 1), answer);
            if (tolerance.signum() < 0) {
                throw new Unsupported(Message.of("authoring.gift.skip.negative-tolerance", answer));
            }
        } else {
            value = decimal(answer, answer);
            tolerance = BigDecimal.ZERO;
        }
        return number(value) + (tolerance.signum() > 0 ? " ± " + number(tolerance) : "");
    }

    private static BigDecimal decimal(String s, String answer) throws Unsupported {
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            throw new Unsupported(answer.isEmpty() ? Message.of("authoring.gift.skip.numeric-empty")
                    : Message.of("authoring.gift.skip.not-a-number", answer));
        }
    }

    /** A weight our quiz format keeps as a partly right answer's credit: 1 % to 99 %. */
    private static boolean partialCredit(BigDecimal percent) {
        return percent.compareTo(BigDecimal.ONE) >= 0 && percent.compareTo(BigDecimal.valueOf(99)) <= 0;
    }

    private static String number(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    private static void matching(String block, Builder b) throws Unsupported {
        List<String> parts = new ArrayList<>(List.of(block.split("=", -1)));
        if (parts.getFirst().isBlank()) {
            parts.removeFirst();
        }
        Set<String> lefts = new HashSet<>();
        Set<String> rights = new HashSet<>();
        int distractors = 0;
        for (String part : parts) {
            int arrow = part.indexOf("->");
            if (arrow < 0) {
                throw new Unsupported(Message.of("authoring.gift.skip.pair-no-arrow", abbreviate(GiftMarkup.collapse(GiftMarkup.literal(part, " ")))));
            }
            String leftGift = part.substring(0, arrow);
            String rightGift = part.substring(arrow + 2);
            String right = GiftMarkup.markdown(new Piece(Format.PLAIN, rightGift)).oneLine(); // Moodle reads the right side as plain text
            if (leftGift.isBlank()) {
                if (!right.isEmpty()) {
                    distractors++;
                }
                continue;
            }
            if (right.isEmpty()) {
                throw new Unsupported(Message.of("authoring.gift.skip.pair-no-right", abbreviate(b.plain(leftGift))));
            }
            String left = b.rich(GiftMarkup.piece(leftGift, b.format)).oneLine();
            if (left.isEmpty()) {
                throw new Unsupported(Message.of("authoring.gift.skip.pair-no-left"));
            }
            if (left.contains("→") || left.contains("->")) {
                throw new Unsupported(Message.of("authoring.gift.skip.pair-arrow", abbreviate(left)));
            }
            if (!lefts.add(normalise(left))) {
                throw new Unsupported(Message.of("authoring.gift.skip.repeat-left", abbreviate(left)));
            }
            if (!rights.add(normalise(right))) {
                throw new Unsupported(Message.of("authoring.gift.skip.repeat-right", abbreviate(right)));
            }
            b.pairs.add(new Pair(left, right));
        }
        if (b.pairs.size() < 2) {
            throw new Unsupported(Message.of("authoring.gift.skip.few-pairs", b.pairs.size()));
        }
        if (distractors > 0) {
            b.notes.add(Message.of("authoring.gift.note.distractors", distractors));
        }
        b.type = QuestionType.MATCH;
    }

    /**
     * Splits an answer block at its {@code =} and {@code ~} markers. With {@code leadingIsAnswer}, text before
     * the first marker is an answer (Moodle reads {@code {Paris}} as a short answer); otherwise it is an error.
     */
    private static List<Answer> answers(String block, boolean leadingIsAnswer) throws Unsupported {
        List<Answer> out = new ArrayList<>();
        int start = 0;
        char marker = '=';
        for (int i = 0; i <= block.length(); i++) {
            boolean end = i == block.length();
            char c = end ? 0 : block.charAt(i);
            if (end || c == '=' || c == '~') {
                String raw = block.substring(start, i);
                if (start == 0) {
                    if (!raw.isBlank()) {
                        if (!leadingIsAnswer) {
                            throw new Unsupported(Message.of("authoring.gift.skip.text-before-answer", abbreviate(GiftMarkup.collapse(GiftMarkup.literal(raw, " ")))));
                        }
                        out.add(answer('=', raw));
                    }
                } else {
                    out.add(answer(marker, raw));
                }
                marker = c;
                start = i + 1;
            }
        }
        return out;
    }

    private static Answer answer(char marker, String raw) {
        String s = raw.strip();
        BigDecimal weight = null;
        Matcher m = WEIGHT.matcher(s);
        if (m.lookingAt()) {
            weight = new BigDecimal(m.group(1));
            s = s.substring(m.end());
        }
        int hash = s.indexOf('#');
        return hash < 0 ? new Answer(marker, weight, s.strip(), "")
                : new Answer(marker, weight, s.substring(0, hash).strip(), s.substring(hash + 1).strip());
    }

    /** Why a typed answer cannot stand in a task list exactly as written, or null. */
    private static @Nullable Message typedAnswerProblem(String typed) {
        if (!GiftMarkup.plainSafeLine(typed).equals(typed)) {
            return Message.of("authoring.gift.skip.typed-marker");
        }
        if (typed.startsWith("[") || typed.endsWith("\\")) {
            return Message.of("authoring.gift.skip.typed-bracket");
        }
        return null;
    }

    private static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 59) + "…" : s;
    }

    /** Collects a question as it is read. */
    private static final class Builder {
        private final String title;
        private final Format format;
        private final List<Choice> choices = new ArrayList<>();
        private final List<Pair> pairs = new ArrayList<>();
        private final List<Message> notes = new ArrayList<>();
        private final Set<String> dropped = new LinkedHashSet<>();
        private @Nullable Rich prompt;
        private @Nullable Rich explanation;
        private @Nullable QuestionType type;
        private String summary = "";

        Builder(String title, Format format) {
            this.title = title;
            this.format = format;
        }

        void prompt(Rich rich) {
            dropped.addAll(rich.dropped());
            prompt = rich;
        }

        Rich rich(Piece piece) {
            Rich r = GiftMarkup.markdown(piece);
            dropped.addAll(r.dropped());
            return r;
        }

        String plain(String gift) {
            return GiftMarkup.plainText(GiftMarkup.piece(gift, format));
        }

        void choice(String text, String feedback, boolean correct) throws Unsupported {
            String option = rich(GiftMarkup.piece(text, format)).oneLine();
            if (option.isEmpty()) {
                throw new Unsupported(Message.of("authoring.gift.skip.empty-answer"));
            }
            choices.add(new Choice(option, correct, rich(GiftMarkup.piece(feedback, format))));
        }

        void typed(String answer, String feedback, boolean correct) {
            choices.add(new Choice(answer, correct, rich(GiftMarkup.piece(feedback, format))));
        }

        /** A partly right typed answer worth {@code credit} percent of the points. */
        void typed(String answer, String feedback, BigDecimal credit) {
            choices.add(new Choice(answer, false, rich(GiftMarkup.piece(feedback, format)), credit));
        }

        /** A partly right choice worth {@code credit} percent of the points. */
        void choice(String text, String feedback, BigDecimal credit) throws Unsupported {
            choice(text, feedback, false);
            Choice plain = choices.removeLast();
            choices.add(new Choice(plain.text(), false, plain.feedback(), credit));
        }

        Parsed build() throws Unsupported {
            Rich p = prompt == null ? new Rich(List.of(), false, Set.of()) : prompt;
            String heading;
            List<String> body;
            if (p.isEmpty()) {
                if (title.isEmpty()) {
                    throw new Unsupported(Message.of("authoring.gift.skip.no-text"));
                }
                heading = GiftMarkup.escapeInline(title);
                body = List.of();
                notes.add(Message.of("authoring.gift.note.name-as-prompt", title));
            } else {
                // the heading is the first paragraph; Markdown the author wrote may start a list or quote under it
                String[] lines = p.paragraphs().getFirst().split("\n");
                int end = 1;
                while (p.authoredMarkdown() && end < lines.length && !GiftMarkup.BLOCK_START.matcher(lines[end]).lookingAt()) {
                    end++;
                }
                heading = GiftMarkup.collapse(String.join(" ", List.of(lines).subList(0, end))).replace("**", "");
                body = new ArrayList<>();
                if (end < lines.length) {
                    body.add(String.join("\n", List.of(lines).subList(end, lines.length)));
                }
                body.addAll(p.paragraphs().subList(1, p.paragraphs().size()));
            }
            List<String> media = dropped.stream().filter(t -> !t.startsWith("a href=")).toList();
            List<String> links = dropped.stream().filter(t -> t.startsWith("a href=")).toList();
            if (!media.isEmpty()) {
                notes.add(Message.of("authoring.gift.note.media", String.join(", ", media.stream().map(t -> "<" + t + ">").toList())));
            }
            if (!links.isEmpty()) {
                notes.add(Message.of("authoring.gift.note.link", String.join(", ", links.stream().map(t -> "<" + t.substring(0, t.indexOf(" (")) + ">").toList())));
            }
            return new Parsed(title, Objects.requireNonNull(type), heading, new Rich(body, p.authoredMarkdown(), Set.of()),
                    summary.isEmpty() ? title : summary, choices, pairs, explanation, notes);
        }
    }
}

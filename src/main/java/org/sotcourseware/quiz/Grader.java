package org.sotcourseware.quiz;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.content.NumericValue;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.QuestionType;

/**
 * Grading as a pure function of a question (with its key) and an answer. The rules are those written in
 * docs/authoring.md:
 * <ul>
 * <li>single, true/false: full points for exactly the correct option, the option's share for a partly right one
 * ({@code credit=}), 0 otherwise;</li>
 * <li>multiple: {@code points × max(0, c/C − w/W)} for c of C correct and w of W wrong options ticked;</li>
 * <li>numeric: full points within tolerance of an accepted answer (bounds included; a unit typed must match), else
 * the best share of a partly right answer line it falls within;</li>
 * <li>text: full points for an accepted answer, a partly right answer line's share, compared after NFKC
 * normalisation, lower case and collapsed white space;</li>
 * <li>order: {@code points × (items in the correct position ÷ items)};</li>
 * <li>match: {@code points × (correct pairs ÷ pairs)}.</li>
 * </ul>
 */
public final class Grader {

    private Grader() {
    }

    public static QuestionResult grade(Question q, @Nullable Answer answer) {
        if (answer == null || answer.isEmpty()) {
            return new QuestionResult(q.id(), 0, q.points(), QuestionResult.Correctness.UNANSWERED, List.of());
        }
        return switch (q.type()) {
            case SINGLE, TRUEFALSE, MULTIPLE -> choice(q, answer);
            case NUMERIC -> numeric(q, answer);
            case TEXT -> text(q, answer);
            case ORDER -> order(q, answer);
            case MATCH -> match(q, answer);
        };
    }

    private static QuestionResult choice(Question q, Answer answer) {
        if (!(answer instanceof Answer.Choice c)) {
            return wrongKind(q);
        }
        Set<String> chosen = c.optionIds();
        List<String> feedback = new ArrayList<>();
        int correctTotal = 0;
        int wrongTotal = 0;
        int correctPicked = 0;
        int wrongPicked = 0;
        for (Question.Option o : q.options()) {
            boolean picked = chosen.contains(o.id());
            if (o.correct()) {
                correctTotal++;
                correctPicked += picked ? 1 : 0;
            } else {
                wrongTotal++;
                wrongPicked += picked ? 1 : 0;
            }
            if (picked && o.feedback() != null) {
                feedback.add(o.feedback());
            }
        }
        double fraction;
        if (q.type() == QuestionType.MULTIPLE) {
            double credit = correctTotal == 0 ? 0 : (double) correctPicked / correctTotal;
            double penalty = wrongTotal == 0 ? 0 : (double) wrongPicked / wrongTotal;
            fraction = Math.max(0, credit - penalty);
        } else {
            // one pick: the picked option's credit (1 for the correct option, a share for a partly right one, else 0)
            fraction = chosen.size() == 1 ? q.options().stream().filter(o -> chosen.contains(o.id())).mapToDouble(Question.Option::credit)
                    .findFirst().orElse(0) : 0;
        }
        return result(q, fraction, feedback);
    }

    private static QuestionResult numeric(Question q, Answer answer) {
        if (!(answer instanceof Answer.Typed t)) {
            return wrongKind(q);
        }
        Optional<NumericValue> given = NumericValue.parse(t.text());
        if (given.isEmpty()) {
            return new QuestionResult(q.id(), 0, q.points(), QuestionResult.Correctness.WRONG,
                    List.of("'" + t.text().strip() + "' is not a number."));
        }
        for (Question.Option o : q.options()) {
            if (o.correct() && key(o).accepts(given.get())) {
                return result(q, 1, o.feedback() == null ? List.of() : List.of(o.feedback()));
            }
        }
        Optional<Question.Option> partly = q.options().stream().filter(o -> o.partial() && key(o).accepts(given.get()))
                .max(java.util.Comparator.comparingDouble(Question.Option::credit));
        if (partly.isPresent()) {
            return result(q, partly.get().credit(), partly.get().feedback() == null ? List.of() : List.of(partly.get().feedback()));
        }
        for (Question.Option o : q.options()) {
            if (!o.correct() && o.feedback() != null && key(o).accepts(given.get())) {
                return result(q, 0, List.of(o.feedback()));
            }
        }
        return result(q, 0, List.of());
    }

    private static NumericValue key(Question.Option o) {
        return new NumericValue(o.value() == null ? Double.NaN : o.value(), o.tolerance() == null ? 0 : o.tolerance(), o.unit());
    }

    private static QuestionResult text(Question q, Answer answer) {
        if (!(answer instanceof Answer.Typed t)) {
            return wrongKind(q);
        }
        String given = normaliseText(t.text());
        for (Question.Option o : q.options()) {
            if (normaliseText(o.text()).equals(given)) {
                return result(q, o.credit(), o.feedback() == null ? List.of() : List.of(o.feedback()));
            }
        }
        return result(q, 0, List.of());
    }

    /** NFKC, lower case, white space collapsed and trimmed; accents are kept. */
    public static String normaliseText(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static QuestionResult order(Question q, Answer answer) {
        if (!(answer instanceof Answer.Order o)) {
            return wrongKind(q);
        }
        int n = q.items().size();
        int right = 0;
        for (int i = 0; i < n && i < o.itemIds().size(); i++) {
            if (q.items().get(i).id().equals(o.itemIds().get(i))) {
                right++;
            }
        }
        return result(q, n == 0 ? 0 : (double) right / n, List.of());
    }

    private static QuestionResult match(Question q, Answer answer) {
        if (!(answer instanceof Answer.Match m)) {
            return wrongKind(q);
        }
        int n = q.pairs().size();
        int right = 0;
        for (Question.Pair p : q.pairs()) {
            if (p.rightId().equals(m.pairs().get(p.leftId()))) {
                right++;
            }
        }
        return result(q, n == 0 ? 0 : (double) right / n, List.of());
    }

    private static QuestionResult result(Question q, double fraction, List<String> feedback) {
        double points = round(q.points() * fraction);
        QuestionResult.Correctness c = fraction >= 1 - 1e-9 ? QuestionResult.Correctness.CORRECT
                : fraction <= 1e-9 ? QuestionResult.Correctness.WRONG : QuestionResult.Correctness.PARTIAL;
        return new QuestionResult(q.id(), points, q.points(), c, feedback);
    }

    private static QuestionResult wrongKind(Question q) {
        return new QuestionResult(q.id(), 0, q.points(), QuestionResult.Correctness.WRONG, List.of());
    }

    /** Two decimals, so that sums and percentages shown to students add up exactly. */
    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** The percentage of {@code score} in {@code max}, one decimal. */
    public static double percent(double score, double max) {
        return max <= 0 ? 0 : Math.round(score / max * 1000) / 10.0;
    }
}

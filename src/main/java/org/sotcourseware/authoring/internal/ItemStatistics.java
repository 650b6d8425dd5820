package org.sotcourseware.authoring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.content.QuestionType;

/**
 * Item analysis of a quiz: how students answered it as a whole and question by question, in the spirit
 * of Moodle's quiz statistics report. A pure function over records; the caller loads the submitted
 * attempts and the quiz's current content.
 *
 * <h2>Definitions</h2>
 * <ul>
 * <li><b>Basis.</b> {@link Basis#ALL_ATTEMPTS} uses every submitted attempt given.
 *     {@link Basis#FIRST_ATTEMPTS} keeps, per user, only the attempt with the lowest {@code attemptNo}
 *     among those given (on a tie, the one given first). Everything below is computed over these
 *     <em>selected</em> attempts, which keep the order they were given in.</li>
 * <li><b>Quiz figures.</b> {@code attempts} counts the selected attempts, {@code students} their distinct
 *     users. Mean, median and standard deviation are taken over the selected attempts' {@code percent}
 *     (as stored, 0 to 100). The median of an even number of attempts is the mean of the two middle
 *     ones. The standard deviation is the <em>population</em> standard deviation (divide by N, not
 *     N&minus;1). Pass rate = passed attempts &divide; attempts, from 0 to 1.</li>
 * <li><b>Histogram.</b> {@value #HISTOGRAM_BINS} bins of percent: [0,10), [10,20), &hellip;, [80,90),
 *     [90,100]; 100 falls in the last bin. Percents outside 0..100 fall in the first or the last bin.
 *     A percent within 10<sup>&minus;9</sup> below a bin edge counts as on the edge (so floating-point
 *     noise cannot move 20 into the bin below).</li>
 * <li><b>Which attempts count for a question.</b> An attempt <em>drew</em> a question when its
 *     {@code answers} hold an entry for the question id (answered or not); with drawn pools not every
 *     attempt draws every question. {@code n} counts the selected attempts that drew it, {@code answered}
 *     those among them that answered it.</li>
 * <li><b>Facility</b> = the mean, over the attempts that drew the question, of points &divide; maxPoints
 *     (an unanswered question scores 0; a question worth 0 points counts as 0). 0 when n is 0.</li>
 * <li><b>Discrimination</b> = the Pearson correlation, over the attempts that drew the question, between
 *     the question's fraction (points &divide; maxPoints) and the fraction of the <em>rest</em> of the
 *     attempt, (score &minus; points) &divide; (maxScore &minus; maxPoints): the corrected item-total
 *     correlation Moodle reports as its discrimination index. Leaving the question out of the total keeps
 *     it from correlating with itself. An attempt with nothing besides the question (maxScore &minus;
 *     maxPoints &le; 0) has no rest and is left out. The value is {@code null} when fewer than two
 *     attempts remain or when either fraction has zero variance (variance &le; 10<sup>&minus;12</sup>),
 *     since the correlation is then undefined; otherwise it lies in &minus;1..1.</li>
 * <li><b>Option counts.</b> For choice questions (single, multiple, true/false) each current option, in
 *     content order, with the number of selected attempts that picked it. Option ids found in answers but
 *     not in the current content follow, sorted by id, with the text {@value #REMOVED_OPTION_TEXT} and
 *     {@code correct = false}. Other question types have no option counts.</li>
 * <li><b>Question order.</b> The questions of the current content in their order, then the questions that
 *     selected attempts drew but the content no longer holds, in order of first appearance, with the
 *     prompt {@value #REMOVED_QUESTION_PROMPT}, type {@code null} (the attempt data does not record it)
 *     and the option ids their answers picked, all listed as removed options.</li>
 * <li><b>Flags</b>, only when there are enough attempts to mean something:
 *     {@link Flag#MOSTLY_MISSED} facility &lt; {@value #MOSTLY_MISSED_BELOW} with n &ge;
 *     {@value #MIN_ATTEMPTS_TO_FLAG}; {@link Flag#NEGATIVE_DISCRIMINATION} discrimination &lt; 0 with n
 *     &ge; {@value #MIN_ATTEMPTS_TO_FLAG}; {@link Flag#LOW_DISCRIMINATION} 0 &le; discrimination &lt;
 *     {@value #LOW_DISCRIMINATION_BELOW} with n &ge; {@value #MIN_ATTEMPTS_TO_FLAG};
 *     {@link Flag#UNUSED_DISTRACTOR} a wrong current option of a choice question that no attempt picked,
 *     with n &ge; {@value #MIN_ATTEMPTS_TO_FLAG_UNUSED_DISTRACTOR}. A value within 10<sup>&minus;9</sup>
 *     of a threshold counts as on it, so a facility of exactly 0.3 is not "mostly missed".</li>
 * <li><b>No attempts</b> give zeros everywhere, a histogram of {@value #HISTOGRAM_BINS} empty bins, null
 *     discriminations and no flags; no figure is ever NaN.</li>
 * </ul>
 */
public final class ItemStatistics {

    /** {@link Flag#MOSTLY_MISSED} when the facility is below this. */
    public static final double MOSTLY_MISSED_BELOW = 0.30;
    /** {@link Flag#LOW_DISCRIMINATION} when the discrimination is at least 0 and below this. */
    public static final double LOW_DISCRIMINATION_BELOW = 0.20;
    /** Facility and discrimination flags need at least this many attempts that drew the question. */
    public static final int MIN_ATTEMPTS_TO_FLAG = 5;
    /** {@link Flag#UNUSED_DISTRACTOR} needs at least this many attempts that drew the question. */
    public static final int MIN_ATTEMPTS_TO_FLAG_UNUSED_DISTRACTOR = 10;
    /** Number of histogram bins, each ten percentage points wide. */
    public static final int HISTOGRAM_BINS = 10;
    /** Prompt of a question that attempts drew but the current content no longer holds. */
    public static final String REMOVED_QUESTION_PROMPT = "(question no longer in the quiz)";
    /** Text of an option that answers picked but the current content no longer holds. */
    public static final String REMOVED_OPTION_TEXT = "(option no longer in the quiz)";

    /** How close to a threshold or bin edge a value counts as on it (floating-point noise). */
    static final double TOLERANCE = 1e-9;
    /** A variance at or below this counts as zero. */
    static final double ZERO_VARIANCE = 1e-12;

    private ItemStatistics() {
    }

    /** Which submitted attempts the statistics are computed over. */
    public enum Basis {
        /** Per user, only the attempt with the lowest attempt number. */
        FIRST_ATTEMPTS,
        /** Every submitted attempt. */
        ALL_ATTEMPTS
    }

    /**
     * One submitted attempt.
     *
     * @param percent the attempt's percentage as stored, 0 to 100
     * @param answers one per question the attempt drew, answered or not
     */
    public record AttemptData(long userId, int attemptNo, double score, double maxScore, double percent, boolean passed,
                              List<AnswerData> answers) {

        public AttemptData {
            requireFinite("score", score);
            requireFinite("maxScore", maxScore);
            requireFinite("percent", percent);
            answers = List.copyOf(answers);
        }
    }

    /**
     * One question as an attempt drew it.
     *
     * @param chosenOptionIds for choice questions the ids of the options picked; empty for other types
     */
    public record AnswerData(String questionId, double points, double maxPoints, boolean answered,
                             Set<String> chosenOptionIds) {

        public AnswerData {
            Objects.requireNonNull(questionId, "questionId");
            requireFinite("points", points);
            requireFinite("maxPoints", maxPoints);
            chosenOptionIds = Set.copyOf(chosenOptionIds);
        }
    }

    /** A question of the quiz's current content. */
    public record QuestionInfo(String id, String prompt, QuestionType type, List<OptionInfo> options) {

        public QuestionInfo {
            Objects.requireNonNull(id, "id");
            options = List.copyOf(options);
        }
    }

    /** An option of a question in the current content. */
    public record OptionInfo(String id, String text, boolean correct) {
    }

    /**
     * The statistics of a quiz.
     *
     * @param passRate passed attempts ÷ attempts, 0 to 1
     * @param histogram {@value #HISTOGRAM_BINS} bin counts of percent: [0,10), [10,20), …, [90,100]
     */
    public record QuizStats(Basis basis, int attempts, int students, double meanPercent, double medianPercent,
                            double standardDeviation, double passRate, int[] histogram,
                            List<QuestionStats> questions) {

        public QuizStats {
            if (histogram.length != HISTOGRAM_BINS) {
                throw new IllegalArgumentException(
                        "histogram needs " + HISTOGRAM_BINS + " bins, got " + histogram.length);
            }
            histogram = histogram.clone();
            questions = List.copyOf(questions);
        }

        /** A copy of the bin counts. */
        @Override
        public int[] histogram() {
            return histogram.clone();
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof QuizStats s
                    && basis == s.basis && attempts == s.attempts && students == s.students
                    && Double.compare(meanPercent, s.meanPercent) == 0
                    && Double.compare(medianPercent, s.medianPercent) == 0
                    && Double.compare(standardDeviation, s.standardDeviation) == 0
                    && Double.compare(passRate, s.passRate) == 0
                    && Arrays.equals(histogram, s.histogram) && questions.equals(s.questions);
        }

        @Override
        public int hashCode() {
            return Objects.hash(basis, attempts, students, meanPercent, medianPercent, standardDeviation, passRate,
                    Arrays.hashCode(histogram), questions);
        }

        @Override
        public String toString() {
            return "QuizStats[basis=" + basis + ", attempts=" + attempts + ", students=" + students
                    + ", meanPercent=" + meanPercent + ", medianPercent=" + medianPercent
                    + ", standardDeviation=" + standardDeviation + ", passRate=" + passRate
                    + ", histogram=" + Arrays.toString(histogram) + ", questions=" + questions + "]";
        }
    }

    /**
     * The statistics of one question.
     *
     * @param type the question's type; {@code null} for a question no longer in the quiz
     * @param n the selected attempts that drew the question
     * @param answered those of them that answered it
     * @param facility mean of points ÷ maxPoints, 0 to 1
     * @param discrimination corrected item-total correlation, -1 to 1; {@code null} when undefined
     * @param options option counts; empty for questions that are not choice questions
     */
    public record QuestionStats(String questionId, String prompt, @Nullable QuestionType type, int n, int answered,
                                double facility, @Nullable Double discrimination, List<OptionCount> options,
                                Set<Flag> flags) {

        public QuestionStats {
            options = List.copyOf(options);
            EnumSet<Flag> copy = EnumSet.noneOf(Flag.class);
            copy.addAll(flags);
            flags = Collections.unmodifiableSet(copy);
        }
    }

    /** How many selected attempts picked an option. */
    public record OptionCount(String optionId, String text, boolean correct, int count) {
    }

    /** Something about a question an instructor should look at. */
    public enum Flag {
        /** Facility below {@value ItemStatistics#MOSTLY_MISSED_BELOW}. */
        MOSTLY_MISSED,
        /** Students who did well on the rest of the quiz did worse on this question. */
        NEGATIVE_DISCRIMINATION,
        /** A wrong option nobody picked: it distracts no one. */
        UNUSED_DISTRACTOR,
        /** Discrimination from 0 up to {@value ItemStatistics#LOW_DISCRIMINATION_BELOW}. */
        LOW_DISCRIMINATION
    }

    /**
     * Computes the statistics; see the class comment for the definitions.
     *
     * @param questions the quiz's current content, in quiz order
     * @param submittedAttempts submitted attempts only (the caller leaves out attempts in progress)
     */
    public static QuizStats compute(List<QuestionInfo> questions, List<AttemptData> submittedAttempts, Basis basis) {
        List<AttemptData> selected = select(submittedAttempts, basis);
        double[] percents = selected.stream().mapToDouble(AttemptData::percent).toArray();
        long passed = selected.stream().filter(AttemptData::passed).count();
        int students = (int) selected.stream().mapToLong(AttemptData::userId).distinct().count();
        double passRate = selected.isEmpty() ? 0 : (double) passed / selected.size();
        return new QuizStats(basis, selected.size(), students, mean(percents), median(percents),
                populationStandardDeviation(percents), passRate, histogram(percents),
                questionStats(questions, selected));
    }

    static List<AttemptData> select(List<AttemptData> attempts, Basis basis) {
        if (basis == Basis.ALL_ATTEMPTS) {
            return List.copyOf(attempts);
        }
        Map<Long, Integer> firstIndexByUser = new HashMap<>();
        for (int i = 0; i < attempts.size(); i++) {
            Integer kept = firstIndexByUser.get(attempts.get(i).userId());
            if (kept == null || attempts.get(i).attemptNo() < attempts.get(kept).attemptNo()) {
                firstIndexByUser.put(attempts.get(i).userId(), i);
            }
        }
        Set<Integer> keep = new HashSet<>(firstIndexByUser.values());
        List<AttemptData> selected = new ArrayList<>();
        for (int i = 0; i < attempts.size(); i++) {
            if (keep.contains(i)) {
                selected.add(attempts.get(i));
            }
        }
        return List.copyOf(selected);
    }

    static double mean(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    static double populationStandardDeviation(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / values.length);
    }

    static int[] histogram(double[] percents) {
        int[] bins = new int[HISTOGRAM_BINS];
        for (double p : percents) {
            bins[bin(p)]++;
        }
        return bins;
    }

    /** The bin of a percent: 0 for [0,10), …, 9 for [90,100]. */
    static int bin(double percent) {
        long bin = (long) Math.floor(percent / 10 + TOLERANCE);
        return Math.clamp(bin, 0, HISTOGRAM_BINS - 1);
    }

    private static List<QuestionStats> questionStats(List<QuestionInfo> questions, List<AttemptData> selected) {
        Map<String, QuestionInfo> current = new LinkedHashMap<>();
        for (QuestionInfo q : questions) {
            current.putIfAbsent(q.id(), q);
        }
        Set<String> removed = new LinkedHashSet<>();
        for (AttemptData attempt : selected) {
            for (AnswerData answer : attempt.answers()) {
                if (!current.containsKey(answer.questionId())) {
                    removed.add(answer.questionId());
                }
            }
        }
        List<QuestionStats> stats = new ArrayList<>();
        for (QuestionInfo q : current.values()) {
            stats.add(questionStats(q.id(), q, selected));
        }
        for (String id : removed) {
            stats.add(questionStats(id, null, selected));
        }
        return stats;
    }

    /** An attempt together with its answer to the question under analysis. */
    private record Drawn(AttemptData attempt, AnswerData answer) {
    }

    private static QuestionStats questionStats(String id, @Nullable QuestionInfo info, List<AttemptData> selected) {
        List<Drawn> drawn = new ArrayList<>();
        for (AttemptData attempt : selected) {
            for (AnswerData answer : attempt.answers()) {
                if (answer.questionId().equals(id)) {
                    drawn.add(new Drawn(attempt, answer));
                    break;
                }
            }
        }
        int n = drawn.size();
        int answered = (int) drawn.stream().filter(d -> d.answer().answered()).count();
        double facility = mean(drawn.stream().mapToDouble(d -> fraction(d.answer())).toArray());
        Double discrimination = discrimination(drawn);
        List<OptionCount> options = optionCounts(info, drawn);
        Set<Flag> flags = flags(info, n, facility, discrimination, options);
        return new QuestionStats(id, info == null ? REMOVED_QUESTION_PROMPT : info.prompt(),
                info == null ? null : info.type(), n, answered, facility, discrimination, options, flags);
    }

    private static double fraction(AnswerData answer) {
        return answer.maxPoints() > 0 ? answer.points() / answer.maxPoints() : 0;
    }

    private static @Nullable Double discrimination(List<Drawn> drawn) {
        List<Double> item = new ArrayList<>();
        List<Double> rest = new ArrayList<>();
        for (Drawn d : drawn) {
            double restMax = d.attempt().maxScore() - d.answer().maxPoints();
            if (restMax > TOLERANCE) {
                item.add(fraction(d.answer()));
                rest.add((d.attempt().score() - d.answer().points()) / restMax);
            }
        }
        return pearson(item.stream().mapToDouble(Double::doubleValue).toArray(),
                rest.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Pearson's r, or null when there are fewer than two pairs or either side has zero variance. */
    static @Nullable Double pearson(double[] x, double[] y) {
        int m = x.length;
        if (m < 2) {
            return null;
        }
        double meanX = mean(x);
        double meanY = mean(y);
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < m; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        if (sxx / m <= ZERO_VARIANCE || syy / m <= ZERO_VARIANCE) {
            return null;
        }
        return Math.clamp(sxy / Math.sqrt(sxx * syy), -1.0, 1.0);
    }

    private static List<OptionCount> optionCounts(@Nullable QuestionInfo info, List<Drawn> drawn) {
        if (info != null && !info.type().isChoice()) {
            return List.of();
        }
        Map<String, Integer> picks = new TreeMap<>();
        for (Drawn d : drawn) {
            for (String optionId : d.answer().chosenOptionIds()) {
                picks.merge(optionId, 1, Integer::sum);
            }
        }
        List<OptionCount> counts = new ArrayList<>();
        Set<String> currentIds = new HashSet<>();
        if (info != null) {
            for (OptionInfo option : info.options()) {
                if (currentIds.add(option.id())) {
                    counts.add(new OptionCount(option.id(), option.text(), option.correct(),
                            picks.getOrDefault(option.id(), 0)));
                }
            }
        }
        picks.forEach((optionId, count) -> {
            if (!currentIds.contains(optionId)) {
                counts.add(new OptionCount(optionId, REMOVED_OPTION_TEXT, false, count));
            }
        });
        return counts;
    }

    private static Set<Flag> flags(@Nullable QuestionInfo info, int n, double facility,
                                   @Nullable Double discrimination, List<OptionCount> options) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (n >= MIN_ATTEMPTS_TO_FLAG) {
            if (below(facility, MOSTLY_MISSED_BELOW)) {
                flags.add(Flag.MOSTLY_MISSED);
            }
            if (discrimination != null) {
                if (below(discrimination, 0)) {
                    flags.add(Flag.NEGATIVE_DISCRIMINATION);
                } else if (below(discrimination, LOW_DISCRIMINATION_BELOW)) {
                    flags.add(Flag.LOW_DISCRIMINATION);
                }
            }
        }
        // Removed options always have a count of at least 1, so only current wrong options can qualify.
        if (n >= MIN_ATTEMPTS_TO_FLAG_UNUSED_DISTRACTOR && info != null && info.type().isChoice()
                && options.stream().anyMatch(o -> !o.correct() && o.count() == 0)) {
            flags.add(Flag.UNUSED_DISTRACTOR);
        }
        return flags;
    }

    /** True when {@code value} is below {@code threshold} by more than floating-point noise. */
    private static boolean below(double value, double threshold) {
        return value < threshold - TOLERANCE;
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + value);
        }
    }
}

package org.sotcourseware.exam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.content.Station;

/**
 * Standard setting and quality figures of a practical exam as pure functions (docs/certification.md,
 * "Standard setting"). Every figure carries the number it rests on and says when that is too few to trust;
 * the thresholds below are house rules, stated in the docs.
 */
public final class OsceStatistics {

    /** Score sheets at a station below which a borderline regression is shown but not used. */
    public static final int MIN_SHEETS_REGRESSION = 20;
    /** Candidates with every station scored below which Cronbach's alpha is marked too few to trust. */
    public static final int MIN_CANDIDATES_ALPHA = 10;
    /** Candidates scored by two examiners below which their agreement is marked too few to trust. */
    public static final int MIN_PAIRS_AGREEMENT = 10;
    /** Sheets of an examiner at a station below which a leniency flag is not raised. */
    public static final int MIN_SHEETS_LENIENCY = 5;
    /** Percentage points an examiner's mean may lie from the station's mean before it is flagged. */
    public static final double LENIENCY_POINTS = 10;
    /** The global rating at which the borderline regression reads its cut score (index of "borderline"). */
    public static final int BORDERLINE = Station.RATING_LEVELS.indexOf("borderline");

    private OsceStatistics() {
    }

    /** A figure, the number of observations it rests on, whether that is enough to trust it, and a note (null when none). */
    public record Figure(double value, int n, boolean enough, @Nullable Message note) {
        static Figure none(int n, Message why) {
            return new Figure(Double.NaN, n, false, why);
        }

        public boolean known() {
            return Double.isFinite(value);
        }
    }

    /**
     * A borderline regression: the checklist score regressed on the global rating (fail 0 … excellent 4),
     * the cut score being the predicted score at "borderline".
     */
    public record Regression(double cutScore, double slope, double intercept, double rSquared, int n, boolean enough, @Nullable Message note) {
    }

    /** One score sheet as the regression sees it. */
    public record Point(int rating, double score) {
    }

    /** Borderline regression over a station's sheets; null when it cannot be computed at all (fewer than 3, or one rating only). */
    public static @Nullable Regression borderlineRegression(List<Point> points, int maxMarks) {
        int n = points.size();
        if (n < 3 || points.stream().mapToInt(Point::rating).distinct().count() < 2) {
            return null;
        }
        SimpleRegression r = new SimpleRegression();
        points.forEach(p -> r.addData(p.rating(), p.score()));
        double cut = Math.max(0, Math.min(maxMarks, r.predict(BORDERLINE)));
        double r2 = r.getRSquare();
        boolean enough = n >= MIN_SHEETS_REGRESSION;
        Message note = enough ? (r2 < 0.5 ? Message.of("exam.stats.weak-relation", r2) : null)
                : Message.of("exam.stats.too-few-sheets", n, MIN_SHEETS_REGRESSION);
        return new Regression(cut, r.getSlope(), r.getIntercept(), r2, n, enough, note);
    }

    public enum Method {
        /** The station's pass mark from its file (75% of its marks unless it sets {@code pass-mark}). */
        FIXED("Fixed pass mark", "exam.method.fixed"),
        /** Borderline regression where there are enough sheets, the fixed pass mark where there are not. */
        BORDERLINE_REGRESSION("Borderline regression", "exam.method.borderline-regression");

        private final String label;
        private final String key;

        Method(String label, String key) {
            this.label = label;
            this.key = key;
        }

        /** The English name (logs, files meant for every reader). */
        public String label() {
            return label;
        }

        /** The name in the reader's language. */
        public Message message() {
            return Message.of(key);
        }
    }

    /** The cut score a station uses, how it was set, and the regression when one was computed. */
    public record Standard(double cutScore, Method used, @Nullable Regression regression, @Nullable Message note) {
    }

    /** The cut score of a station under the exam's method. */
    public static Standard standard(Station station, Method method, List<Point> points) {
        double fixed = station.passMarks();
        Regression r = borderlineRegression(points, station.totalMarks());
        if (method == Method.FIXED) {
            return new Standard(fixed, Method.FIXED, r, null);
        }
        if (r == null) {
            return new Standard(fixed, Method.FIXED, null, Message.of("exam.stats.fixed-no-regression"));
        }
        if (!r.enough()) {
            return new Standard(fixed, Method.FIXED, r, Message.of("exam.stats.fixed-because", r.note()));
        }
        return new Standard(r.cutScore(), Method.BORDERLINE_REGRESSION, r, r.note());
    }

    /**
     * Cronbach's alpha across stations: rows are candidates with every station scored, columns stations
     * (scores in percent). {@code k/(k−1) × (1 − Σ var(station) / var(total))}, sample variances.
     */
    public static Figure cronbachAlpha(List<double[]> rows) {
        int n = rows.size();
        if (n < 2) {
            return Figure.none(n, Message.of("exam.stats.needs-candidates"));
        }
        int k = rows.getFirst().length;
        if (k < 2) {
            return Figure.none(n, Message.of("exam.stats.needs-stations"));
        }
        double sumVar = 0;
        for (int j = 0; j < k; j++) {
            double[] col = new double[n];
            for (int i = 0; i < n; i++) {
                col[i] = rows.get(i)[j];
            }
            sumVar += StatUtils.variance(col);
        }
        double[] totals = rows.stream().mapToDouble(StatUtils::sum).toArray();
        double totalVar = StatUtils.variance(totals);
        if (totalVar == 0) {
            return Figure.none(n, Message.of("exam.stats.same-total"));
        }
        double alpha = k / (k - 1.0) * (1 - sumVar / totalVar);
        boolean enough = n >= MIN_CANDIDATES_ALPHA;
        return new Figure(alpha, n, enough, enough ? null : Message.of("exam.stats.too-few-candidates", n, MIN_CANDIDATES_ALPHA));
    }

    /** Two examiners' global ratings of the same candidate at the same station. */
    public record RatingPair(int first, int second) {
    }

    /**
     * Cohen's kappa for two examiners' global ratings (five levels): {@code (po − pe) / (1 − pe)}; with
     * {@code quadratic} the disagreements are weighted by the squared distance between levels (weighted kappa),
     * which suits an ordered scale.
     */
    public static Figure cohensKappa(List<RatingPair> pairs, boolean quadratic) {
        int n = pairs.size();
        if (n < 2) {
            return Figure.none(n, Message.of("exam.stats.needs-pairs"));
        }
        int c = Station.RATING_LEVELS.size();
        double[][] observed = new double[c][c];
        double[] rowTotals = new double[c];
        double[] colTotals = new double[c];
        for (RatingPair p : pairs) {
            observed[p.first()][p.second()] += 1.0 / n;
            rowTotals[p.first()] += 1.0 / n;
            colTotals[p.second()] += 1.0 / n;
        }
        double observedDisagreement = 0;
        double expectedDisagreement = 0;
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < c; j++) {
                double w = quadratic ? (double) (i - j) * (i - j) / ((c - 1.0) * (c - 1.0)) : (i == j ? 0 : 1);
                observedDisagreement += w * observed[i][j];
                expectedDisagreement += w * rowTotals[i] * colTotals[j];
            }
        }
        if (expectedDisagreement == 0) {
            return Figure.none(n, Message.of("exam.stats.same-rating"));
        }
        double kappa = 1 - observedDisagreement / expectedDisagreement;
        boolean enough = n >= MIN_PAIRS_AGREEMENT;
        return new Figure(kappa, n, enough, enough ? null : Message.of("exam.stats.too-few-pairs", n, MIN_PAIRS_AGREEMENT));
    }

    /** One examiner's sheet at a station, in percent of the station's marks. */
    public record ExaminerScore(String examiner, double percent) {
    }

    public enum Leniency {
        /** Scores well below the station's mean. */
        HAWK,
        /** Scores well above the station's mean. */
        DOVE,
        /** Within {@link #LENIENCY_POINTS} of the mean. */
        NONE,
        /** Too few sheets to say. */
        TOO_FEW
    }

    /** An examiner at a station: their mean, the station's mean, the difference and the flag. */
    public record ExaminerFlag(String examiner, double mean, double stationMean, double difference, int n, Leniency flag) {
    }

    /**
     * Hawks and doves at one station: each examiner's mean percent against the mean of all the station's
     * sheets; more than {@link #LENIENCY_POINTS} points below is a hawk, above a dove, when the examiner has at
     * least {@link #MIN_SHEETS_LENIENCY} sheets.
     */
    public static List<ExaminerFlag> leniency(List<ExaminerScore> sheets) {
        if (sheets.isEmpty()) {
            return List.of();
        }
        double stationMean = sheets.stream().mapToDouble(ExaminerScore::percent).average().orElse(0);
        Map<String, List<Double>> byExaminer = new LinkedHashMap<>();
        sheets.forEach(s -> byExaminer.computeIfAbsent(s.examiner(), k -> new ArrayList<>()).add(s.percent()));
        List<ExaminerFlag> out = new ArrayList<>();
        byExaminer.forEach((examiner, scores) -> {
            double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double diff = mean - stationMean;
            Leniency flag = scores.size() < MIN_SHEETS_LENIENCY ? Leniency.TOO_FEW
                    : diff <= -LENIENCY_POINTS ? Leniency.HAWK : diff >= LENIENCY_POINTS ? Leniency.DOVE : Leniency.NONE;
            out.add(new ExaminerFlag(examiner, mean, stationMean, diff, scores.size(), flag));
        });
        return out;
    }
}

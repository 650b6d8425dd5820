package org.sotcourseware.review;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The FSRS-6 memory model (Free Spaced Repetition Scheduler, open-spaced-repetition), written from its
 * published formulas, with its 21 published default parameters, a desired retention of 90% and whole-day
 * intervals (no same-day learning steps, no random fuzz: a review is due on a day, and the same history
 * always gives the same schedule). Pure: no clock, no state.
 *
 * <p>With {@code w} the parameters and {@code G} the grade (Again 1 … Easy 4):
 * <ul>
 * <li>forgetting curve {@code R(t, S) = (1 + F·t/S)^−d} with decay {@code d = w20} and {@code F = 0.9^(−1/d) − 1},
 * so that {@code R(S, S) = 0.9};</li>
 * <li>interval for retention {@code r}: {@code I = S/F · (r^(−1/d) − 1)} (equal to S at r = 0.9), rounded, at least 1 day;</li>
 * <li>first review: {@code S0 = w[G−1]}, {@code D0(G) = w4 − e^(w5·(G−1)) + 1}, clamped to [1, 10];</li>
 * <li>difficulty: {@code D' = D − w6·(G−3)·(10−D)/9}, then mean reversion {@code w7·D0(4) + (1−w7)·D'}, clamped;</li>
 * <li>recall (G ≥ 2): {@code S' = S·(1 + e^w8·(11−D)·S^−w9·(e^(w10·(1−R)) − 1)·h·b)}, h = w15 for Hard, b = w16 for Easy;</li>
 * <li>lapse (Again): {@code S' = min(w11·D^−w12·((S+1)^w13 − 1)·e^(w14·(1−R)), S / e^(w17·w18))};</li>
 * <li>same day (t = 0): {@code S' = S·e^(w17·(G−3+w18))·S^−w19}, never below S for Good and Easy.</li>
 * </ul>
 * Stability is kept at 0.001 or more, difficulty in [1, 10].
 */
public final class Fsrs implements Scheduler {

    /** FSRS-6's published default parameters w0 … w20. */
    public static final List<Double> DEFAULT_PARAMETERS = List.of(0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722,
            0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    static final double MIN_STABILITY = 0.001;
    static final int MAX_INTERVAL = 36500;

    private final double[] w;
    private final double retention;
    private final double decay;
    private final double factor;

    /** FSRS-6 with the default parameters and 90% desired retention. */
    public Fsrs() {
        this(DEFAULT_PARAMETERS, 0.9);
    }

    public Fsrs(List<Double> parameters, double desiredRetention) {
        if (parameters.size() != 21) {
            throw new IllegalArgumentException("FSRS-6 needs 21 parameters, got " + parameters.size());
        }
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must be between 0 and 1, got " + desiredRetention);
        }
        this.w = parameters.stream().mapToDouble(Double::doubleValue).toArray();
        this.retention = desiredRetention;
        this.decay = w[20];
        this.factor = Math.pow(0.9, -1 / decay) - 1;
    }

    @Override
    public Next review(@Nullable Memory before, int elapsedDays, Rating rating) {
        if (elapsedDays < 0) {
            throw new IllegalArgumentException("elapsed days cannot be negative: " + elapsedDays);
        }
        Memory after;
        if (before == null) {
            after = new Memory(stability(w[rating.grade() - 1]), clampDifficulty(initialDifficulty(rating.grade())));
        } else {
            double s;
            if (elapsedDays == 0) {
                s = sameDayStability(before.stability(), rating);
            } else {
                double r = retrievability(before, elapsedDays);
                s = rating == Rating.AGAIN ? lapseStability(before, r) : recallStability(before, r, rating);
            }
            after = new Memory(stability(s), nextDifficulty(before.difficulty(), rating));
        }
        return new Next(after, interval(after.stability()));
    }

    @Override
    public double retrievability(Memory memory, int elapsedDays) {
        return Math.pow(1 + factor * Math.max(0, elapsedDays) / memory.stability(), -decay);
    }

    /** Days until recall is predicted to fall to the desired retention, rounded, from 1 to 36,500. */
    int interval(double stability) {
        double days = stability / factor * (Math.pow(retention, -1 / decay) - 1);
        return (int) Math.min(MAX_INTERVAL, Math.max(1, Math.round(days)));
    }

    double initialDifficulty(int grade) {
        return w[4] - Math.exp(w[5] * (grade - 1)) + 1;
    }

    double nextDifficulty(double d, Rating rating) {
        double delta = -w[6] * (rating.grade() - 3);
        double damped = d + delta * (10 - d) / 9;
        return clampDifficulty(w[7] * initialDifficulty(4) + (1 - w[7]) * damped);
    }

    private double recallStability(Memory m, double r, Rating rating) {
        double hard = rating == Rating.HARD ? w[15] : 1;
        double easy = rating == Rating.EASY ? w[16] : 1;
        return m.stability() * (1 + Math.exp(w[8]) * (11 - m.difficulty()) * Math.pow(m.stability(), -w[9])
                * (Math.exp(w[10] * (1 - r)) - 1) * hard * easy);
    }

    private double lapseStability(Memory m, double r) {
        double longTerm = w[11] * Math.pow(m.difficulty(), -w[12]) * (Math.pow(m.stability() + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
        double shortTerm = m.stability() / Math.exp(w[17] * w[18]);
        return Math.min(longTerm, shortTerm);
    }

    private double sameDayStability(double s, Rating rating) {
        double increase = Math.exp(w[17] * (rating.grade() - 3 + w[18])) * Math.pow(s, -w[19]);
        if (rating == Rating.GOOD || rating == Rating.EASY) {
            increase = Math.max(increase, 1);
        }
        return s * increase;
    }

    private static double stability(double s) {
        return Math.max(MIN_STABILITY, s);
    }

    private static double clampDifficulty(double d) {
        return Math.min(10, Math.max(1, d));
    }
}

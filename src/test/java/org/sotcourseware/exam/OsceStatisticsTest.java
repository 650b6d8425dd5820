package org.sotcourseware.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sotcourseware.exam.OsceStatistics.ExaminerFlag;
import org.sotcourseware.exam.OsceStatistics.ExaminerScore;
import org.sotcourseware.exam.OsceStatistics.Figure;
import org.sotcourseware.exam.OsceStatistics.Leniency;
import org.sotcourseware.exam.OsceStatistics.Method;
import org.sotcourseware.exam.OsceStatistics.Point;
import org.sotcourseware.exam.OsceStatistics.RatingPair;
import org.sotcourseware.exam.OsceStatistics.Regression;
import org.sotcourseware.exam.OsceStatistics.Standard;

/**
 * Standard setting and reliability against values worked by hand; the working is in the comments and in
 * docs/certification.md.
 */
class OsceStatisticsTest {

    // ratings x: 0 1 1 2 3 4 (mean 11/6); scores y: 3 7 5 9 10 14 (mean 8)
    // Sxx = 31 - 6(11/6)^2 = 65/6, Sxy = 116 - 6(11/6)(8) = 28, Syy = 460 - 384 = 76
    // slope = 28 / (65/6) = 168/65, intercept = 8 - (168/65)(11/6) = 212/65, cut at borderline (1) = 380/65 = 76/13
    // R^2 = 28^2 / ((65/6) x 76) = 4704/4940
    static final List<Point> SIX = List.of(new Point(0, 3), new Point(1, 7), new Point(1, 5), new Point(2, 9), new Point(3, 10), new Point(4, 14));

    @Test
    void the_borderline_regression_reads_the_cut_score_at_borderline_with_r_squared_and_n() {
        Regression r = OsceStatistics.borderlineRegression(SIX, 10);
        assertThat(r).isNotNull();
        assertThat(r.slope()).isCloseTo(168.0 / 65, within(1e-9));
        assertThat(r.intercept()).isCloseTo(212.0 / 65, within(1e-9));
        assertThat(r.cutScore()).isCloseTo(76.0 / 13, within(1e-9));
        assertThat(r.rSquared()).isCloseTo(4704.0 / 4940, within(1e-9));
        assertThat(r.n()).isEqualTo(6);
        assertThat(r.enough()).isFalse();
        assertThat(r.note().english()).isEqualTo("too few sheets to trust (6, need 20)");
        assertThat(r.note()).isEqualTo(org.sotcourseware.base.Message.of("exam.stats.too-few-sheets", 6, OsceStatistics.MIN_SHEETS_REGRESSION));
        assertThat(r.note().in(java.util.Locale.GERMAN)).isEqualTo("zu wenige Bewertungsbögen für eine verlässliche Aussage (6, nötig sind 20)");
    }

    @Test
    void a_regression_needs_three_sheets_and_two_different_ratings() {
        assertThat(OsceStatistics.borderlineRegression(SIX.subList(0, 2), 10)).isNull();
        assertThat(OsceStatistics.borderlineRegression(List.of(new Point(2, 5), new Point(2, 6), new Point(2, 9)), 10)).isNull();
    }

    @Test
    void the_cut_score_is_kept_within_the_station_marks() {
        // a steep line whose value at borderline is below zero
        Regression r = OsceStatistics.borderlineRegression(List.of(new Point(2, 0), new Point(3, 5), new Point(4, 10)), 10);
        assertThat(r.cutScore()).isEqualTo(0);
    }

    @Test
    void with_too_few_sheets_the_station_falls_back_to_its_fixed_pass_mark_and_says_why() {
        var station = OsceScoringTest.station("s1");
        Standard few = OsceStatistics.standard(station, Method.BORDERLINE_REGRESSION, SIX);
        assertThat(few.used()).isEqualTo(Method.FIXED);
        assertThat(few.cutScore()).isEqualTo(7.5);
        assertThat(few.note().english()).isEqualTo("fixed pass mark: too few sheets to trust (6, need 20)");
        List<Point> many = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            many.addAll(SIX);
        }
        Standard enough = OsceStatistics.standard(station, Method.BORDERLINE_REGRESSION, many);
        assertThat(enough.used()).isEqualTo(Method.BORDERLINE_REGRESSION);
        assertThat(enough.regression().n()).isEqualTo(24);
        assertThat(enough.cutScore()).as("the same line, repeated").isCloseTo(76.0 / 13, within(1e-9));
        Standard fixed = OsceStatistics.standard(station, Method.FIXED, many);
        assertThat(fixed.cutScore()).isEqualTo(7.5);
        assertThat(fixed.regression()).as("still shown beside the fixed mark").isNotNull();
    }

    @Test
    void cronbachs_alpha_matches_the_hand_computation() {
        // stations: (2, 4, 6) var 4 and (3, 5, 4) var 1; totals (5, 9, 10) var 7; alpha = 2 (1 - 5/7) = 4/7
        Figure a = OsceStatistics.cronbachAlpha(List.of(new double[] {2, 3}, new double[] {4, 5}, new double[] {6, 4}));
        assertThat(a.value()).isCloseTo(4.0 / 7, within(1e-12));
        assertThat(a.n()).isEqualTo(3);
        assertThat(a.enough()).isFalse();
        assertThat(a.note().english()).contains("too few candidates to trust (3, need 10)");
        assertThat(OsceStatistics.cronbachAlpha(List.of(new double[] {1, 2})).known()).isFalse();
        assertThat(OsceStatistics.cronbachAlpha(List.of(new double[] {1}, new double[] {2})).note().english()).isEqualTo("needs at least 2 stations");
    }

    static final List<RatingPair> PAIRS = List.of(new RatingPair(1, 1), new RatingPair(2, 2), new RatingPair(2, 2), new RatingPair(2, 3),
            new RatingPair(3, 3), new RatingPair(1, 2));

    @Test
    void cohens_kappa_matches_the_hand_computation() {
        // po = 4/6 = 24/36; first rater 1:2 2:3 3:1, second 1:1 2:3 3:2; pe = (2 + 9 + 2)/36 = 13/36
        // kappa = (24 - 13) / (36 - 13) = 11/23
        Figure k = OsceStatistics.cohensKappa(PAIRS, false);
        assertThat(k.value()).isCloseTo(11.0 / 23, within(1e-12));
        assertThat(k.n()).isEqualTo(6);
        assertThat(k.enough()).isFalse();
    }

    @Test
    void quadratic_weighted_kappa_matches_the_hand_computation() {
        // weights (i-j)^2/16; observed disagreement 2 pairs one level apart: (2/16)/6 = 12/576
        // expected: sum of r_i c_j (i-j)^2 over 36ths = 22 + 9 + 7 = 38 -> 38/576; kappa_w = 1 - 12/38 = 13/19
        assertThat(OsceStatistics.cohensKappa(PAIRS, true).value()).isCloseTo(13.0 / 19, within(1e-12));
    }

    @Test
    void perfect_agreement_is_one_and_one_level_everywhere_cannot_be_computed() {
        List<RatingPair> same = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            same.add(new RatingPair(i % 5, i % 5));
        }
        Figure k = OsceStatistics.cohensKappa(same, false);
        assertThat(k.value()).isCloseTo(1, within(1e-12));
        assertThat(k.enough()).isTrue();
        assertThat(OsceStatistics.cohensKappa(List.of(new RatingPair(2, 2), new RatingPair(2, 2)), false).known()).isFalse();
        assertThat(OsceStatistics.cohensKappa(List.of(new RatingPair(2, 2)), false).note().english()).startsWith("needs at least 2");
    }

    @Test
    void hawks_and_doves_are_flagged_against_the_station_mean_only_with_enough_sheets() {
        List<ExaminerScore> sheets = new ArrayList<>();
        for (double p : new double[] {50, 55, 60, 50, 45}) {
            sheets.add(new ExaminerScore("hawk", p)); // mean 52
        }
        for (double p : new double[] {80, 85, 90, 80, 75}) {
            sheets.add(new ExaminerScore("dove", p)); // mean 82
        }
        sheets.add(new ExaminerScore("new", 70));
        sheets.add(new ExaminerScore("new", 70));
        // station mean = (260 + 410 + 140) / 12 = 67.5
        List<ExaminerFlag> flags = OsceStatistics.leniency(sheets);
        assertThat(flags).extracting(ExaminerFlag::flag).containsExactly(Leniency.HAWK, Leniency.DOVE, Leniency.TOO_FEW);
        assertThat(flags.getFirst().difference()).isCloseTo(-15.5, within(1e-9));
        assertThat(flags.get(1).difference()).isCloseTo(14.5, within(1e-9));
        assertThat(flags.get(2).stationMean()).isCloseTo(67.5, within(1e-9));
        assertThat(flags.get(2).n()).isEqualTo(2);
    }
}

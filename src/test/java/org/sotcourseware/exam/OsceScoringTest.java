package org.sotcourseware.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sotcourseware.content.Station;
import org.sotcourseware.exam.OsceScoring.CandidateResult;
import org.sotcourseware.exam.OsceScoring.Sheet;
import org.sotcourseware.exam.OsceScoring.SheetScore;
import org.sotcourseware.exam.OsceScoring.StationResult;

/** Station, sheet and candidate scores against values worked by hand (docs/certification.md, worked example). */
class OsceScoringTest {

    /** Ten marks: a (1, critical), b (2, partial 1), c (3, partial 1 and 2), d (2, critical), e (2). Pass mark 7.5 (75%). */
    static Station station(String id) {
        List<Station.ChecklistItem> items = List.of(
                new Station.ChecklistItem("a", "Consent", 1, List.of(), true, 10),
                new Station.ChecklistItem("b", "History", 2, List.of(1), false, 11),
                new Station.ChecklistItem("c", "Tests", 3, List.of(1, 2), false, 12),
                new Station.ChecklistItem("d", "Safe placement", 2, List.of(), true, 13),
                new Station.ChecklistItem("e", "Reassessment", 2, List.of(), false, 14));
        List<Station.RatingLevel> levels = Station.RATING_LEVELS.stream().map(l -> new Station.RatingLevel(l, l, 20)).toList();
        return new Station("category-one", id, "Station " + id, 10, List.of(), "task", "notes", items, levels, null, id + ".md", "v1", List.of());
    }

    static Sheet sheet(int a, int b, int c, int d, int e, Integer rating) {
        return new Sheet(Map.of("a", a, "b", b, "c", c, "d", d, "e", e), rating);
    }

    @Test
    void a_sheet_scores_the_sum_of_its_marks_and_names_critical_items_given_nothing() {
        Station s = station("s1");
        assertThat(s.passMarks()).isEqualTo(7.5);
        SheetScore ok = OsceScoring.score(s, sheet(1, 1, 2, 2, 0, 2));
        assertThat(ok.score()).isEqualTo(6);
        assertThat(ok.max()).isEqualTo(10);
        assertThat(ok.percent()).isEqualTo(60);
        assertThat(ok.complete()).isTrue();
        assertThat(ok.criticalMissed()).isEmpty();
        SheetScore missed = OsceScoring.score(s, sheet(0, 2, 3, 2, 2, 3));
        assertThat(missed.score()).isEqualTo(9);
        assertThat(missed.criticalMissed()).containsExactly("a");
    }

    @Test
    void a_sheet_without_every_item_or_without_a_rating_is_not_complete() {
        Station s = station("s1");
        assertThat(OsceScoring.score(s, new Sheet(Map.of("a", 1, "b", 2), 2)).complete()).isFalse();
        assertThat(OsceScoring.score(s, new Sheet(Map.of("a", 1, "b", 2), 2)).score()).isEqualTo(3);
        assertThat(OsceScoring.score(s, sheet(1, 2, 3, 2, 2, null)).complete()).isFalse();
    }

    @Test
    void only_nothing_full_marks_or_a_listed_partial_mark_is_allowed() {
        Station.ChecklistItem c = station("s1").checklist().get(2);
        assertThat(OsceScoring.allowed(c, 0)).isTrue();
        assertThat(OsceScoring.allowed(c, 2)).isTrue();
        assertThat(OsceScoring.allowed(c, 3)).isTrue();
        assertThat(OsceScoring.allowed(c, 4)).isFalse();
        assertThat(OsceScoring.allowed(station("s1").checklist().getFirst(), 2)).isFalse();
        assertThat(OsceScoring.allowed(station("s1").checklist().get(1), -1)).isFalse();
    }

    @Test
    void two_examiners_give_the_mean_and_a_critical_item_missed_by_either_fails_the_station() {
        Station s = station("s1");
        StationResult mean7 = OsceScoring.station(s, List.of(OsceScoring.score(s, sheet(1, 1, 2, 2, 0, 2)),
                OsceScoring.score(s, sheet(1, 2, 3, 2, 0, 2))), 7.5);
        assertThat(mean7.score()).isEqualTo(7);
        assertThat(mean7.sheets()).isEqualTo(2);
        assertThat(mean7.passed()).as("7 is below the cut score 7.5").isFalse();
        StationResult high = OsceScoring.station(s, List.of(OsceScoring.score(s, sheet(1, 2, 3, 2, 2, 4)),
                OsceScoring.score(s, sheet(1, 2, 3, 0, 2, 1))), 7.5);
        assertThat(high.score()).isEqualTo(9);
        assertThat(high.criticalMissed()).containsExactly("d");
        assertThat(high.passed()).as("critical item d missed on one sheet").isFalse();
        assertThat(OsceScoring.station(s, List.of(), 7.5)).isNull();
        StationResult atCut = OsceScoring.station(s, List.of(OsceScoring.score(s, sheet(1, 1, 2, 2, 2, 2)),
                OsceScoring.score(s, sheet(1, 2, 2, 2, 2, 2))), 7.5);
        assertThat(atCut.score()).isEqualTo(8.5);
        assertThat(atCut.passed()).isTrue();
    }

    static StationResult result(double score, boolean passed) {
        return new StationResult("s", score, 10, 7.5, 1, List.of(), passed);
    }

    @Test
    void the_practical_figure_puts_the_cut_score_on_the_track_pass_mark() {
        // totals 8 + 9 + 7 = 24 of 30, cut 22.5: 75 + (24 - 22.5) / (30 - 22.5) x 25 = 80
        List<StationResult> three = List.of(result(8, true), result(9, true), result(7, false));
        CandidateResult r = OsceScoring.candidate(new ArrayList<>(three), List.of(10, 10, 10), 2, 75);
        assertThat(r.total()).isEqualTo(24);
        assertThat(r.cutScore()).isEqualTo(22.5);
        assertThat(r.stationsPassed()).isEqualTo(2);
        assertThat(r.passed()).isTrue();
        assertThat(r.figure()).isEqualTo(80.0);
        assertThat(r.percent()).isEqualTo(80.0);
        // the same totals with "must pass 3 of 3": recorded just under the pass mark
        CandidateResult strict = OsceScoring.candidate(new ArrayList<>(three), List.of(10, 10, 10), 3, 75);
        assertThat(strict.passed()).isFalse();
        assertThat(strict.figure()).isEqualTo(74.9);
        assertThat(strict.reason().english()).isEqualTo("passed 2 of 3 stations, 3 needed");
        assertThat(strict.reason()).isEqualTo(org.sotcourseware.base.Message.of("exam.result.reason.too-few-stations", 2, 3, 3));
        assertThat(strict.reason().in(java.util.Locale.GERMAN)).isEqualTo("2 von 3 Stationen bestanden, 3 erforderlich");
        // 18 of 30 against a cut of 22.5: 18 / 22.5 x 75 = 60
        CandidateResult low = OsceScoring.candidate(new ArrayList<>(List.of(result(6, false), result(6, false), result(6, false))),
                List.of(10, 10, 10), 0, 75);
        assertThat(low.passed()).isFalse();
        assertThat(low.reason().english()).isEqualTo("total below the pass mark");
        assertThat(low.figure()).isEqualTo(60.0);
    }

    @Test
    void a_figure_just_under_the_pass_mark_never_rounds_up_to_it_and_full_marks_give_100() {
        assertThat(OsceScoring.figure(22.49, 22.5, 30, 75, false)).isEqualTo(74.9);
        assertThat(OsceScoring.figure(30, 22.5, 30, 75, true)).isEqualTo(100.0);
        assertThat(OsceScoring.figure(22.5, 22.5, 30, 75, true)).isEqualTo(75.0);
        assertThat(OsceScoring.figure(0, 22.5, 30, 75, false)).isEqualTo(0.0);
    }

    @Test
    void a_candidate_missing_a_station_has_no_figure_and_has_not_passed() {
        List<StationResult> withGap = Arrays.asList(result(9, true), null);
        CandidateResult r = OsceScoring.candidate(withGap, List.of(10, 10), 0, 75);
        assertThat(r.complete()).isFalse();
        assertThat(r.passed()).isFalse();
        assertThat(r.max()).isEqualTo(20);
        assertThat(r.reason().english()).isEqualTo("not every station is scored");
        assertThat(r.figure()).isCloseTo(0, within(1e-9));
    }
}

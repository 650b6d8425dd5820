package org.sotcourseware.exam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.content.Station;

/**
 * Scores of a practical exam as pure functions (docs/certification.md, "Practical exams"): one score sheet,
 * one candidate at one station (the mean of the examiners' sheets), a candidate's whole exam, and the
 * practical figure certification reads.
 */
public final class OsceScoring {

    private OsceScoring() {
    }

    /**
     * What one examiner recorded for one candidate at one station.
     *
     * @param marks  marks given per checklist item id (an item not in the map is not scored yet)
     * @param rating index of the global rating in {@link Station#RATING_LEVELS} (0 fail … 4 excellent), or null
     */
    public record Sheet(Map<String, Integer> marks, @Nullable Integer rating) {
        public Sheet {
            marks = Map.copyOf(marks);
        }
    }

    /**
     * One sheet scored: marks out of the station's total, whether every item and the rating are given, and
     * the critical items given 0 (a critical item is missed when it scores 0).
     */
    public record SheetScore(double score, int max, boolean complete, List<String> criticalMissed) {
        public SheetScore {
            criticalMissed = List.copyOf(criticalMissed);
        }

        public double percent() {
            return max == 0 ? 0 : 100.0 * score / max;
        }
    }

    /** Scores one sheet against its station. Marks are taken as given (the service refuses marks an item does not allow). */
    public static SheetScore score(Station station, Sheet sheet) {
        double score = 0;
        boolean complete = sheet.rating() != null;
        List<String> missed = new ArrayList<>();
        for (Station.ChecklistItem item : station.checklist()) {
            Integer m = sheet.marks().get(item.id());
            if (m == null) {
                complete = false;
                continue;
            }
            score += m;
            if (item.critical() && m == 0) {
                missed.add(item.id());
            }
        }
        return new SheetScore(score, station.totalMarks(), complete, missed);
    }

    /** Whether {@code marks} is a mark the item allows: 0, its full marks or one of its partial marks. */
    public static boolean allowed(Station.ChecklistItem item, int marks) {
        return marks == 0 || marks == item.marks() || item.partial().contains(marks);
    }

    /**
     * One candidate at one station: the mean score of the examiners' submitted sheets, compared with the
     * station's cut score. A critical item missed on any sheet fails the station whatever the score.
     *
     * @param cutScore marks needed to pass (from {@link OsceStatistics#standard})
     */
    public record StationResult(String stationId, double score, int max, double cutScore, int sheets, List<String> criticalMissed,
                                boolean passed) {
        public StationResult {
            criticalMissed = List.copyOf(criticalMissed);
        }

        public double percent() {
            return max == 0 ? 0 : 100.0 * score / max;
        }
    }

    /** Combines the submitted sheets of one candidate at one station; null when none is submitted. */
    public static @Nullable StationResult station(Station station, List<SheetScore> submitted, double cutScore) {
        if (submitted.isEmpty()) {
            return null;
        }
        double mean = submitted.stream().mapToDouble(SheetScore::score).average().orElse(0);
        List<String> missed = submitted.stream().flatMap(s -> s.criticalMissed().stream()).distinct().toList();
        boolean passed = missed.isEmpty() && mean + 1e-9 >= cutScore;
        return new StationResult(station.id(), mean, station.totalMarks(), cutScore, submitted.size(), missed, passed);
    }

    /**
     * A candidate's whole exam.
     *
     * @param total           marks over all stations
     * @param max             the most marks over all stations
     * @param cutScore        the sum of the stations' cut scores
     * @param stationsPassed  stations passed
     * @param mustPass        stations that must be passed (the "N of M" rule; 0 when the exam sets none)
     * @param complete        every station has a result
     * @param passed          complete, total at or above the cut score, and at least {@code mustPass} stations passed
     * @param figure          the practical figure certification reads, in percent (see {@link #figure})
     * @param reason          why a candidate failed, as words to translate, or null when passed
     */
    public record CandidateResult(double total, int max, double cutScore, int stationsPassed, int stations, int mustPass, boolean complete,
                                  boolean passed, double figure, @Nullable Message reason) {
        public double percent() {
            return max == 0 ? 0 : 100.0 * total / max;
        }
    }

    /**
     * Totals one candidate's station results ({@code null} for a station without a result).
     *
     * @param trackPassMark the track's practical pass mark in percent (75 for every SOT track)
     */
    public static CandidateResult candidate(List<@Nullable StationResult> stations, List<Integer> stationMax, int mustPass, int trackPassMark) {
        double total = 0;
        double cut = 0;
        int max = 0;
        int passed = 0;
        boolean complete = true;
        for (int i = 0; i < stations.size(); i++) {
            StationResult r = stations.get(i);
            max += stationMax.get(i);
            if (r == null) {
                complete = false;
                continue;
            }
            total += r.score();
            cut += r.cutScore();
            if (r.passed()) {
                passed++;
            }
        }
        Message reason = null;
        if (!complete) {
            reason = Message.of("exam.result.reason.incomplete");
        } else if (total + 1e-9 < cut) {
            reason = Message.of("exam.result.reason.total-below");
        } else if (passed < mustPass) {
            reason = Message.of("exam.result.reason.too-few-stations", passed, stations.size(), mustPass);
        }
        double figure = complete ? figure(total, cut, max, trackPassMark, reason == null) : 0;
        return new CandidateResult(total, max, cut, passed, stations.size(), mustPass, complete, reason == null, figure, reason);
    }

    /**
     * The practical figure certification reads, in percent: the total scaled so that the exam's cut score
     * lands on the track's pass mark {@code p}. At or above the cut: {@code p + (total − cut) / (max − cut) × (100 − p)};
     * below it: {@code total / cut × p}. A candidate who reaches the cut score but fails the "N of M" rule
     * is recorded just under the pass mark ({@code p − 0.1}), so eligibility reads the exam as failed. Rounded down to 0.1.
     */
    public static double figure(double total, double cut, int max, int trackPassMark, boolean passed) {
        double p = trackPassMark;
        double scaled;
        if (total + 1e-9 >= cut) {
            scaled = max - cut <= 1e-9 ? 100 : p + (total - cut) / (max - cut) * (100 - p);
        } else {
            scaled = cut <= 0 ? 0 : total / cut * p;
        }
        scaled = Math.max(0, Math.min(100, scaled));
        if (!passed && scaled >= p) {
            scaled = p - 0.1;
        }
        // rounded down to a tenth: a figure just under the pass mark must not round up to it
        return Math.floor(scaled * 10 + 1e-6) / 10.0;
    }
}

package org.sotcourseware.exam;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.content.Station;
import org.sotcourseware.exam.OsceScoring.CandidateResult;
import org.sotcourseware.exam.OsceScoring.SheetScore;
import org.sotcourseware.exam.OsceScoring.StationResult;
import org.sotcourseware.exam.OsceStatistics.Figure;
import org.sotcourseware.exam.OsceStatistics.Leniency;
import org.sotcourseware.exam.OsceStatistics.Method;
import org.sotcourseware.exam.OsceStatistics.Standard;
import org.sotcourseware.security.UserId;
import org.sotcourseware.seminar.SeminarId;

/** What {@link ExamService} takes and returns: records only. */
public final class PracticalExams {

    private PracticalExams() {
    }

    public record Person(UserId id, String name) {
    }

    /** A station of the exam as the organiser sets it up: where, and who examines (one or two examiners). */
    public record StationSetup(String stationId, String room, List<UserId> examiners) {
        public StationSetup {
            examiners = List.copyOf(examiners);
        }
    }

    /**
     * A new practical exam.
     *
     * @param slotMinutes       minutes at each station
     * @param changeoverMinutes minutes to move between stations
     * @param mustPass          stations a candidate must pass (0: no such rule)
     */
    public record Setup(SeminarId seminar, String trackId, String title, LocalDateTime startsAt, int slotMinutes, int changeoverMinutes,
                        Method method, int mustPass, List<StationSetup> stations, List<UserId> candidates) {
        public Setup {
            stations = List.copyOf(stations);
            candidates = List.copyOf(candidates);
        }
    }

    /** A station the organiser may choose: from the seminar's modules. */
    public record StationChoice(String moduleId, String moduleTitle, String stationId, String title, int minutes, int marks) {
    }

    public record TrackChoice(String id, String title) {
    }

    /** What an exam for a seminar can be made of. */
    public record Options(SeminarId seminar, String seminarTitle, List<Person> candidates, List<Person> staff, List<StationChoice> stations,
                          List<TrackChoice> tracks) {
    }

    public enum Phase {
        UPCOMING("Upcoming"), SCORING("Scoring open"), CLOSED("Scoring closed"), RELEASED("Results released");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        /** The English name (logs, files meant for every reader). */
        public String label() {
            return label;
        }

        /** The name in the reader's language. */
        public Message message() {
            return Message.of("exam.phase." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
    }

    public record Summary(PracticalExamId id, SeminarId seminar, String seminarTitle, String title, String trackId, String trackTitle,
                          LocalDateTime startsAt, LocalDateTime endsAt, int stations, int candidates, Phase phase, Method method, int mustPass,
                          int slotMinutes, int changeoverMinutes) {
    }

    public record ExamStation(int no, Station station, String room, List<Person> examiners) {
    }

    /** One line of the running order: a candidate at a station in a round. */
    public record Slot(int round, LocalDateTime from, LocalDateTime to, int stationNo, String station, String room, Person candidate,
                       List<Person> examiners) {
    }

    public record Detail(Summary summary, List<ExamStation> stations, List<Person> candidates, List<Slot> runningOrder) {
    }

    // ----- the examiner -----

    /** A station the signed-in examiner scores at. */
    public record MyStation(PracticalExamId exam, String examTitle, int stationNo, String station, String room, LocalDateTime from,
                            LocalDateTime to, Phase phase, int candidates, int submitted) {
        public boolean open() {
            return phase == Phase.SCORING;
        }
    }

    public enum SheetState {
        NOT_STARTED("Not started"), IN_PROGRESS("In progress"), SUBMITTED("Submitted");

        private final String label;

        SheetState(String label) {
            this.label = label;
        }

        /** The English name (logs, files meant for every reader). */
        public String label() {
            return label;
        }

        /** The name in the reader's language. */
        public Message message() {
            return Message.of("exam.sheet-state." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
    }

    /** A candidate in the examiner's queue at one station, in running order. */
    public record QueueEntry(Person candidate, LocalDateTime from, SheetState state) {
    }

    public record Queue(MyStation station, List<QueueEntry> candidates) {
    }

    /** A score sheet as the examiner (or the organiser correcting it) sees it. */
    public record SheetView(SheetId id, PracticalExamId exam, int stationNo, Station station, Person candidate, Person examiner,
                            Map<String, Integer> marks, Map<String, String> comments, @Nullable Integer rating, @Nullable String comment,
                            @Nullable Instant submittedAt, SheetScore score, String examTitle) {
        public SheetView {
            marks = Map.copyOf(marks);
            comments = Map.copyOf(comments);
        }

        public boolean submitted() {
            return submittedAt != null;
        }
    }

    /** What a tap saved: when, and the sheet's score now. */
    public record Saved(Instant at, SheetScore score) {
    }

    // ----- results -----

    public record ExaminerFlag(Person examiner, double mean, double stationMean, double difference, int n, Leniency flag) {
    }

    public record StationColumn(int no, String title, int max, Standard standard, List<ExaminerFlag> flags, Figure kappa, Figure weightedKappa) {
    }

    public record SheetSummary(SheetId id, Person examiner, SheetScore score, @Nullable Integer rating, boolean submitted) {
    }

    public record Cell(@Nullable StationResult result, List<SheetSummary> sheets) {
        public Cell {
            sheets = List.copyOf(sheets);
        }
    }

    public record Row(Person candidate, List<Cell> cells, CandidateResult result) {
    }

    public enum CorrectionKind {
        CORRECTION("Correction"), APPEAL("Re-mark after appeal");

        private final String label;

        CorrectionKind(String label) {
            this.label = label;
        }

        /** The English name (logs, files meant for every reader). */
        public String label() {
            return label;
        }

        /** The name in the reader's language. */
        public Message message() {
            return Message.of("exam.correction-kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
    }

    /** A change to a submitted sheet; {@code what} is the checklist item's text, or null for the global rating. */
    public record Correction(Instant at, String by, String candidate, String station, @Nullable String what, @Nullable Integer oldValue,
                             @Nullable Integer newValue, CorrectionKind kind, String reason) {
    }

    public record Results(Summary summary, List<StationColumn> stations, List<Row> rows, Figure alpha, int openSheets,
                          List<Correction> corrections) {
        public long passed() {
            return rows.stream().filter(r -> r.result().passed()).count();
        }
    }

    // ----- the candidate -----

    /** A checklist item the candidate did not get full marks for, with the examiners' comments on it. */
    public record Missed(String text, double marks, int max, boolean critical, List<String> comments) {
    }

    public record StationFeedback(String title, StationResult result, List<Missed> missed, List<String> comments, String rating) {
    }

    public record Feedback(PracticalExamId exam, String title, String seminarTitle, String trackTitle, LocalDateTime date, CandidateResult result,
                           List<StationFeedback> stations) {
    }
}

package org.sotcourseware.certification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.CsvExport;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Track;
import org.sotcourseware.progress.ProgressReadModel;
import org.sotcourseware.security.UserId;
import org.sotcourseware.seminar.SeminarId;

/**
 * The organisers' progress matrix: every student (of the cohort asked for) by module, with their standing
 * in each certification track, as {@link CertificationService#matrix} computes it; and the figures the
 * staff screens read from it: which rows a filter selects, how the cohort stands in each module, who is
 * eligible or one step away, and the CSV files. Pure functions over the matrix, so every screen and every
 * export agree.
 *
 * @param millis how long computing the matrix took
 */
public record ProgressMatrix(List<CourseModule> modules, List<Track> tracks, List<Row> rows, long millis) {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.systemDefault());

    public ProgressMatrix {
        modules = List.copyOf(modules);
        tracks = List.copyOf(tracks);
        rows = List.copyOf(rows);
    }

    /** One student's row: progress per module (by module id) and standing per track (by track id). */
    public record Row(UserId id, String name, String username, @Nullable String email, int percent, int modulesCompleted,
                      Map<String, ProgressReadModel.Module> modules, Map<String, TrackRules.Evaluation> tracks, List<SeminarId> seminars) {
    }

    /** Where a student stands in the whole curriculum, for the filter over every track. */
    public enum CurriculumStatus {
        /** No module started. */
        NOT_STARTED,
        /** Some module started, not every module completed. */
        IN_PROGRESS,
        /** Every module completed. */
        ALL_COMPLETE;

        /** The state as people read it. */
        public org.sotcourseware.base.Message message() {
            return org.sotcourseware.base.Message.of("certification.curriculum-status." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }

        /** The state in English. */
        public String label() {
            return message().english();
        }
    }

    /**
     * Which rows and columns to show.
     *
     * @param search           part of a name, username or email (case ignored); blank for everyone
     * @param trackId          one track's modules and status column, or null for every module and track
     * @param curriculumStatus only students in this state in the whole curriculum (null: any), whatever the track
     * @param trackStatus      only students in this state for the track shown, or in any track when every track is shown
     *                         (null: any)
     */
    public record Filter(String search, @Nullable String trackId, @Nullable CurriculumStatus curriculumStatus,
                         TrackRules.@Nullable Status trackStatus) {

        public static final Filter EVERYONE = new Filter("", null, null, null);
    }

    /** How many of the students shown have completed, started or not started one module. */
    public record ModuleStanding(CourseModule module, int completed, int inProgress, int notStarted) {
    }

    /** A track's cohort on the eligibility screen. */
    public record Eligibility(Track track, List<Row> eligible, List<Row> oneStepAway, List<Row> certified) {

        public Eligibility {
            eligible = List.copyOf(eligible);
            oneStepAway = List.copyOf(oneStepAway);
            certified = List.copyOf(certified);
        }
    }

    /** The rows {@code filter} selects, in the matrix's order. */
    public List<Row> rows(Filter filter) {
        String q = filter.search().strip().toLowerCase(Locale.ROOT);
        return rows.stream()
                .filter(r -> q.isEmpty() || r.name().toLowerCase(Locale.ROOT).contains(q) || r.username().toLowerCase(Locale.ROOT).contains(q)
                        || (r.email() != null && r.email().contains(q)))
                .filter(r -> matches(r, filter.curriculumStatus()))
                .filter(r -> filter.trackStatus() == null || (filter.trackId() == null
                        ? r.tracks().values().stream().anyMatch(e -> e.status() == filter.trackStatus())
                        : r.tracks().get(filter.trackId()).status() == filter.trackStatus()))
                .toList();
    }

    private static boolean matches(Row r, @Nullable CurriculumStatus status) {
        if (status == null) {
            return true;
        }
        return switch (status) {
            case NOT_STARTED -> r.modules().values().stream().allMatch(m -> m.status() == ProgressReadModel.Status.NOT_STARTED);
            case ALL_COMPLETE -> r.modulesCompleted() == r.modules().size();
            case IN_PROGRESS -> r.modulesCompleted() < r.modules().size()
                    && r.modules().values().stream().anyMatch(m -> m.status() != ProgressReadModel.Status.NOT_STARTED);
        };
    }

    /** The module columns {@code filter} shows: every module, or the modules of its track. */
    public List<CourseModule> modules(Filter filter) {
        if (filter.trackId() == null) {
            return modules;
        }
        Track t = track(filter.trackId());
        return modules.stream().filter(m -> t.modules().contains(m.id())).toList();
    }

    /** The track columns {@code filter} shows: every track, or its one track. */
    public List<Track> tracks(Filter filter) {
        return filter.trackId() == null ? tracks : List.of(track(filter.trackId()));
    }

    public Track track(String trackId) {
        return tracks.stream().filter(t -> t.id().equals(trackId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no track " + trackId));
    }

    /** How the students in {@code shown} stand in each module {@code filter} shows, for the cohort chart. */
    public List<ModuleStanding> standing(List<Row> shown, Filter filter) {
        List<ModuleStanding> out = new ArrayList<>();
        for (CourseModule m : modules(filter)) {
            int done = 0;
            int going = 0;
            int none = 0;
            for (Row r : shown) {
                ProgressReadModel.Module pm = r.modules().get(m.id());
                if (pm == null || pm.status() == ProgressReadModel.Status.NOT_STARTED) {
                    none++;
                } else if (pm.status() == ProgressReadModel.Status.COMPLETED) {
                    done++;
                } else {
                    going++;
                }
            }
            out.add(new ModuleStanding(m, done, going, none));
        }
        return out;
    }

    /**
     * The CSV of {@code shown} (the rows on screen, in their order) with the columns {@code filter} shows:
     * name, username, email, curriculum percent, each module ("completed DATE" or a percent), each track's status.
     */
    public byte[] csv(List<Row> shown, Filter filter) {
        List<CourseModule> columns = modules(filter);
        List<Track> trackColumns = tracks(filter);
        List<String> header = new ArrayList<>(List.of("Name", "Username", "Email", "Curriculum %"));
        columns.forEach(m -> header.add(m.title()));
        trackColumns.forEach(t -> header.add(t.title()));
        List<List<?>> out = new ArrayList<>();
        for (Row r : shown) {
            List<Object> line = new ArrayList<>(List.of(r.name(), r.username(), r.email() == null ? "" : r.email(), r.percent()));
            for (CourseModule m : columns) {
                ProgressReadModel.Module pm = r.modules().get(m.id());
                line.add(pm == null ? "" : pm.status() == ProgressReadModel.Status.COMPLETED
                        ? "completed " + (pm.completedAt() == null ? "" : ISO.format(pm.completedAt())) : pm.percent() + "%");
            }
            for (Track t : trackColumns) {
                line.add(r.tracks().get(t.id()).status().label());
            }
            out.add(line);
        }
        return CsvExport.write(header, out);
    }

    /**
     * A track's cohort: who is eligible now, who is one step away (one module, the hours, one exam or the
     * required certificate short, counted by {@link TrackRules.Evaluation#stepsLeft()}), who is certified.
     */
    public Eligibility eligibility(String trackId) {
        Track track = track(trackId);
        List<Row> eligible = with(trackId, TrackRules.Status.ELIGIBLE);
        List<Row> close = rows.stream().filter(r -> {
            TrackRules.Evaluation e = r.tracks().get(trackId);
            return (e.status() == TrackRules.Status.IN_PROGRESS || e.status() == TrackRules.Status.LAPSED) && e.stepsLeft() == 1;
        }).toList();
        return new Eligibility(track, eligible, close, with(trackId, TrackRules.Status.CERTIFIED));
    }

    private List<Row> with(String trackId, TrackRules.Status status) {
        return rows.stream().filter(r -> r.tracks().get(trackId).status() == status).toList();
    }

    /** The CSV of the students eligible for a track: name, username, email, seminar hours and each requirement's figure. */
    public byte[] eligibleCsv(String trackId) {
        List<List<?>> out = new ArrayList<>();
        for (Row r : with(trackId, TrackRules.Status.ELIGIBLE)) {
            TrackRules.Evaluation e = r.tracks().get(trackId);
            out.add(List.of(r.name(), r.username(), r.email() == null ? "" : r.email(), e.hours(), String.join("; ",
                    e.requirements().stream().map(q -> q.figure().english()).toList())));
        }
        return CsvExport.write(List.of("Name", "Username", "Email", "Seminar hours", "Requirements"), out);
    }
}

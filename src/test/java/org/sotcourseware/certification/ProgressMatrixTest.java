package org.sotcourseware.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sotcourseware.certification.ProgressMatrix.CurriculumStatus;
import org.sotcourseware.certification.ProgressMatrix.Filter;
import org.sotcourseware.content.CompletionRule;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Track;
import org.sotcourseware.progress.ProgressReadModel;
import org.sotcourseware.security.UserId;

/** The matrix's figures without Spring: filters, the cohort per module, eligibility and the CSV files. */
class ProgressMatrixTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final Instant DONE = Instant.parse("2026-10-01T10:00:00Z");
    static final CourseModule ONE = module("one", "Module One");
    static final CourseModule TWO = module("two", "Module Two");
    static final Track BOTH = new Track("both", "Both modules", List.of("one", "two"));
    static final Track FIRST = new Track("first", "First module", List.of("one"));

    /** Ann has completed both modules, Ben has started the second, Cat has not started. */
    static final ProgressMatrix MATRIX = new ProgressMatrix(List.of(ONE, TWO), List.of(BOTH, FIRST), List.of(
            row(1, "Ann Archer", "ann", Map.of("one", ProgressReadModel.Status.COMPLETED, "two", ProgressReadModel.Status.COMPLETED)),
            row(2, "Ben Baker", "ben", Map.of("one", ProgressReadModel.Status.NOT_STARTED, "two", ProgressReadModel.Status.IN_PROGRESS)),
            row(3, "Cat Carter", "cat", Map.of("one", ProgressReadModel.Status.NOT_STARTED, "two", ProgressReadModel.Status.NOT_STARTED))), 5);

    @Test
    void the_search_matches_names_and_usernames_without_regard_to_case() {
        assertThat(names(MATRIX.rows(new Filter("BAK", null, null, null)))).containsExactly("Ben Baker");
        assertThat(names(MATRIX.rows(new Filter("cat", null, null, null)))).containsExactly("Cat Carter");
        assertThat(names(MATRIX.rows(Filter.EVERYONE))).containsExactly("Ann Archer", "Ben Baker", "Cat Carter");
    }

    @Test
    void over_every_track_the_status_is_the_students_place_in_the_whole_curriculum() {
        assertThat(names(MATRIX.rows(new Filter("", null, CurriculumStatus.NOT_STARTED, null)))).containsExactly("Cat Carter");
        assertThat(names(MATRIX.rows(new Filter("", null, CurriculumStatus.IN_PROGRESS, null)))).containsExactly("Ben Baker");
        assertThat(names(MATRIX.rows(new Filter("", null, CurriculumStatus.ALL_COMPLETE, null)))).containsExactly("Ann Archer");
    }

    @Test
    void with_one_track_the_columns_are_its_modules_and_the_status_is_the_tracks() {
        Filter first = new Filter("", "first", null, TrackRules.Status.ELIGIBLE);
        assertThat(MATRIX.modules(first)).containsExactly(ONE);
        assertThat(MATRIX.tracks(first)).containsExactly(FIRST);
        assertThat(names(MATRIX.rows(first))).containsExactly("Ann Archer");
        assertThat(names(MATRIX.rows(new Filter("", "both", null, TrackRules.Status.IN_PROGRESS)))).containsExactly("Ben Baker");
    }

    @Test
    void the_cohort_chart_counts_each_module_over_the_rows_shown() {
        assertThat(MATRIX.standing(MATRIX.rows(Filter.EVERYONE), Filter.EVERYONE)).containsExactly(
                new ProgressMatrix.ModuleStanding(ONE, 1, 0, 2), new ProgressMatrix.ModuleStanding(TWO, 1, 1, 1));
        assertThat(MATRIX.standing(MATRIX.rows(new Filter("ann", null, null, null)), Filter.EVERYONE)).containsExactly(
                new ProgressMatrix.ModuleStanding(ONE, 1, 0, 0), new ProgressMatrix.ModuleStanding(TWO, 1, 0, 0));
    }

    @Test
    void the_csv_has_the_rows_given_in_their_order_with_the_columns_shown() {
        Filter first = new Filter("", "first", null, null);
        String csv = new String(MATRIX.csv(List.of(MATRIX.rows().get(2), MATRIX.rows().get(0)), first), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).containsExactly("\uFEFFName,Username,Email,Curriculum %,Module One,First module",
                "Cat Carter,cat,cat@example.org,0,0%,Not started",
                "Ann Archer,ann,ann@example.org,100,completed 2026-10-01,Eligible");
    }

    @Test
    void eligibility_lists_who_may_be_awarded_and_who_is_one_module_away() {
        ProgressMatrix.Eligibility both = MATRIX.eligibility("both");
        assertThat(names(both.eligible())).containsExactly("Ann Archer");
        assertThat(names(both.oneStepAway())).isEmpty(); // Ben has started, but both modules are missing
        assertThat(names(both.certified())).isEmpty();
        assertThat(new String(MATRIX.eligibleCsv("both"), StandardCharsets.UTF_8).lines().toList())
                .containsExactly("\uFEFFName,Username,Email,Seminar hours,Requirements", "Ann Archer,ann,ann@example.org,0,2 of 2 modules completed");
    }

    static List<String> names(List<ProgressMatrix.Row> rows) {
        return rows.stream().map(ProgressMatrix.Row::name).toList();
    }

    static CourseModule module(String id, String title) {
        return new CourseModule(id, title, "", 1, "", List.of(), List.of(), CompletionRule.defaults(), "", id + "/module.md", List.of(), null,
                List.of(), List.of());
    }

    static ProgressMatrix.Row row(long id, String name, String username, Map<String, ProgressReadModel.Status> statuses) {
        Map<String, ProgressReadModel.Module> modules = new LinkedHashMap<>();
        Map<String, Instant> completed = new LinkedHashMap<>();
        for (CourseModule m : List.of(ONE, TWO)) {
            ProgressReadModel.Status s = statuses.get(m.id());
            boolean done = s == ProgressReadModel.Status.COMPLETED;
            if (done) {
                completed.put(m.id(), DONE);
            }
            modules.put(m.id(), new ProgressReadModel.Module(m.id(), m.title(), 1, s, done ? DONE : null, done ? 100 : 0, done ? 1 : 0, 1, false,
                    List.of(), false, List.of(), Set.of(), null, false, 0, 0));
        }
        Set<String> started = new java.util.HashSet<>(completed.keySet());
        statuses.forEach((m, s) -> {
            if (s != ProgressReadModel.Status.NOT_STARTED) {
                started.add(m);
            }
        });
        TrackRules.Record record = new TrackRules.Record(completed, started, List.of(), List.of(), List.of());
        Map<String, String> titles = Map.of("one", "Module One", "two", "Module Two");
        Map<String, TrackRules.Evaluation> tracks = new LinkedHashMap<>();
        for (Track t : List.of(BOTH, FIRST)) {
            tracks.put(t.id(), TrackRules.evaluate(t, record, TODAY, titles, Map.of("both", "Both modules", "first", "First module")));
        }
        int percent = completed.size() * 100 / 2;
        return new ProgressMatrix.Row(new UserId(id), name, username, username + "@example.org", percent, completed.size(), modules, tracks,
                List.of());
    }
}

package org.sotcourseware.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sotcourseware.certification.TrackRules.ExamResult;
import org.sotcourseware.certification.TrackRules.Held;
import org.sotcourseware.certification.TrackRules.Kind;
import org.sotcourseware.certification.TrackRules.Record;
import org.sotcourseware.certification.TrackRules.SeminarHours;
import org.sotcourseware.certification.TrackRules.Status;
import org.sotcourseware.content.Track;
import org.sotcourseware.seminar.SeminarId;

class TrackRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final Track PROFICIENCY = new Track("proficiency", "SOT Proficiency", List.of("foundations", "category-one", "category-two"),
            null, 40, 75, 75, 36);
    static final Track ADVANCED = new Track("advanced", "SOT Advanced", List.of("cranial"), "proficiency", 16, 75, null, null);
    static final Map<String, String> MODULES = Map.of("foundations", "Foundations", "category-one", "Category One",
            "category-two", "Category Two", "cranial", "Cranial");
    static final Map<String, String> TRACKS = Map.of("proficiency", "SOT Proficiency", "advanced", "SOT Advanced");
    static final Instant DONE = Instant.parse("2026-10-01T10:00:00Z");

    static Record record(Set<String> modules, List<SeminarHours> seminars, List<ExamResult> exams, List<Held> certs) {
        Map<String, Instant> done = new java.util.HashMap<>();
        modules.forEach(m -> done.put(m, DONE));
        return new Record(done, seminars, exams, certs);
    }

    static TrackRules.Requirement req(TrackRules.Evaluation e, Kind kind) {
        return e.requirements().stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void a_student_with_nothing_recorded_has_not_started_and_every_requirement_is_missing_with_its_figure() {
        var e = TrackRules.evaluate(PROFICIENCY, record(Set.of(), List.of(), List.of(), List.of()), TODAY, MODULES, TRACKS);
        assertThat(e.status()).isEqualTo(Status.NOT_STARTED);
        assertThat(e.eligible()).isFalse();
        assertThat(e.requirements()).extracting(TrackRules.Requirement::kind).containsExactly(Kind.MODULES, Kind.HOURS, Kind.WRITTEN, Kind.PRACTICAL);
        assertThat(req(e, Kind.MODULES).figure().english()).isEqualTo("0 of 3 modules completed");
        assertThat(req(e, Kind.MODULES).missing()).containsExactly("Foundations", "Category One", "Category Two");
        assertThat(req(e, Kind.HOURS).figure().english()).isEqualTo("seminar hours 0 of 40");
        assertThat(req(e, Kind.WRITTEN).figure().english()).isEqualTo("written exam not taken");
    }

    @Test
    void a_student_who_has_only_started_a_module_of_the_track_is_working_towards_it() {
        var r = new Record(Map.of(), Set.of("category-two"), List.of(), List.of(), List.of());
        assertThat(TrackRules.evaluate(PROFICIENCY, r, TODAY, MODULES, TRACKS).status()).isEqualTo(Status.IN_PROGRESS);
        var elsewhere = new Record(Map.of(), Set.of("cranial"), List.of(), List.of(), List.of());
        assertThat(TrackRules.evaluate(PROFICIENCY, elsewhere, TODAY, MODULES, TRACKS).status()).isEqualTo(Status.NOT_STARTED);
    }

    @Test
    void steps_left_count_each_missing_module_and_each_other_requirement() {
        var nothing = TrackRules.evaluate(PROFICIENCY, record(Set.of(), List.of(), List.of(), List.of()), TODAY, MODULES, TRACKS);
        assertThat(nothing.missing()).hasSize(4);
        assertThat(nothing.stepsLeft()).isEqualTo(3 + 1 + 1 + 1); // three modules, the hours, two exams

        var passedAll = List.of(new ExamResult("proficiency", 80.0, 80.0, LocalDate.of(2026, 9, 1)));
        var enoughHours = List.of(new SeminarHours(new SeminarId(1), "Pelvis weekend", Set.of("foundations"), 40));
        var modulesOnly = TrackRules.evaluate(PROFICIENCY, record(Set.of("foundations"), enoughHours, passedAll, List.of()), TODAY, MODULES, TRACKS);
        assertThat(modulesOnly.missing()).hasSize(1); // one requirement...
        assertThat(modulesOnly.stepsLeft()).isEqualTo(2); // ...but two modules to go

        var oneModule = TrackRules.evaluate(PROFICIENCY, record(Set.of("foundations", "category-one"), enoughHours, passedAll, List.of()), TODAY,
                MODULES, TRACKS);
        assertThat(oneModule.stepsLeft()).isEqualTo(1);
        var hoursShort = TrackRules.evaluate(PROFICIENCY, record(Set.of("foundations", "category-one", "category-two"), List.of(), passedAll,
                List.of()), TODAY, MODULES, TRACKS);
        assertThat(hoursShort.stepsLeft()).isEqualTo(1);
        var eligible = TrackRules.evaluate(PROFICIENCY, record(Set.of("foundations", "category-one", "category-two"), enoughHours, passedAll,
                List.of()), TODAY, MODULES, TRACKS);
        assertThat(eligible.stepsLeft()).isZero();
        assertThat(eligible.eligible()).isTrue();
    }

    @Test
    void only_hours_at_seminars_covering_a_module_of_the_track_count() {
        var seminars = List.of(new SeminarHours(new SeminarId(1), "Pelvis weekend", Set.of("category-one", "category-two"), 16),
                new SeminarHours(new SeminarId(2), "Cranial intro", Set.of("cranial"), 14), new SeminarHours(new SeminarId(3), "Basics", Set.of("foundations"), 8));
        var e = TrackRules.evaluate(PROFICIENCY, record(Set.of("foundations"), seminars, List.of(), List.of()), TODAY, MODULES, TRACKS);
        assertThat(e.hours()).isEqualTo(24);
        assertThat(req(e, Kind.HOURS).figure().english()).isEqualTo("seminar hours 24 of 40");
        assertThat(req(e, Kind.HOURS).met()).isFalse();
        assertThat(e.status()).isEqualTo(Status.IN_PROGRESS);
    }

    @Test
    void the_best_exam_result_counts_and_the_pass_mark_itself_passes() {
        var exams = List.of(new ExamResult("proficiency", 70.0, null, LocalDate.of(2026, 5, 1)),
                new ExamResult("proficiency", 75.0, 74.5, LocalDate.of(2026, 9, 1)),
                new ExamResult("other", 99.0, 99.0, LocalDate.of(2026, 9, 1)));
        var e = TrackRules.evaluate(PROFICIENCY, record(Set.of(), List.of(), exams, List.of()), TODAY, MODULES, TRACKS);
        assertThat(req(e, Kind.WRITTEN).met()).isTrue();
        assertThat(req(e, Kind.WRITTEN).figure().english()).isEqualTo("written exam best 75% (pass mark 75%)");
        assertThat(req(e, Kind.PRACTICAL).met()).isFalse();
        assertThat(req(e, Kind.PRACTICAL).figure().english()).isEqualTo("practical exam best 74.5% (pass mark 75%)");
    }

    @Test
    void meeting_every_requirement_makes_a_student_eligible_and_a_valid_certificate_makes_them_certified() {
        var full = record(Set.of("foundations", "category-one", "category-two"),
                List.of(new SeminarHours(new SeminarId(1), "S", Set.of("category-one"), 40)),
                List.of(new ExamResult("proficiency", 80.0, 78.0, LocalDate.of(2026, 11, 1))), List.of());
        var e = TrackRules.evaluate(PROFICIENCY, full, TODAY, MODULES, TRACKS);
        assertThat(e.eligible()).isTrue();
        assertThat(e.status()).isEqualTo(Status.ELIGIBLE);

        var certified = new Record(full.completedModules(), full.seminars(), full.exams(),
                List.of(new Held("proficiency", LocalDate.of(2026, 11, 20), LocalDate.of(2029, 11, 19), false)));
        assertThat(TrackRules.evaluate(PROFICIENCY, certified, TODAY, MODULES, TRACKS).status()).isEqualTo(Status.CERTIFIED);
    }

    @Test
    void an_expired_or_revoked_certificate_is_not_held_and_the_student_has_lapsed() {
        var expired = record(Set.of("foundations"), List.of(), List.of(),
                List.of(new Held("proficiency", LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31), false)));
        assertThat(TrackRules.evaluate(PROFICIENCY, expired, TODAY, MODULES, TRACKS).status()).isEqualTo(Status.LAPSED);
        var revoked = record(Set.of(), List.of(), List.of(), List.of(new Held("proficiency", LocalDate.of(2026, 1, 1), null, true)));
        assertThat(TrackRules.evaluate(PROFICIENCY, revoked, TODAY, MODULES, TRACKS).status()).isEqualTo(Status.LAPSED);
        var lastDay = record(Set.of(), List.of(), List.of(), List.of(new Held("proficiency", LocalDate.of(2023, 12, 3), TODAY, false)));
        assertThat(TrackRules.evaluate(PROFICIENCY, lastDay, TODAY, MODULES, TRACKS).status()).isEqualTo(Status.CERTIFIED);
    }

    @Test
    void a_track_that_requires_another_needs_that_certificate_held_and_valid() {
        var r = record(Set.of("cranial"), List.of(new SeminarHours(new SeminarId(1), "C", Set.of("cranial"), 16)),
                List.of(new ExamResult("advanced", 90.0, null, LocalDate.of(2026, 10, 1))), List.of());
        var e = TrackRules.evaluate(ADVANCED, r, TODAY, MODULES, TRACKS);
        assertThat(e.eligible()).isFalse();
        assertThat(req(e, Kind.TRACK).text().english()).isEqualTo("Hold a valid SOT Proficiency certificate");
        assertThat(e.requirements()).extracting(TrackRules.Requirement::kind).doesNotContain(Kind.PRACTICAL);

        var withProficiency = new Record(r.completedModules(), r.seminars(), r.exams(),
                List.of(new Held("proficiency", LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), false)));
        assertThat(TrackRules.evaluate(ADVANCED, withProficiency, TODAY, MODULES, TRACKS).eligible()).isTrue();
    }

    @Test
    void a_certificate_expires_the_day_before_its_anniversary() {
        assertThat(TrackRules.expiry(PROFICIENCY, LocalDate.of(2026, 12, 2))).isEqualTo(LocalDate.of(2029, 12, 1));
        assertThat(TrackRules.expiry(ADVANCED, LocalDate.of(2026, 12, 2))).isNull();
    }
}

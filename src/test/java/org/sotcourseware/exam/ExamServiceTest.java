package org.sotcourseware.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.audit.AuditEntry;
import org.sotcourseware.audit.AuditLog;
import org.sotcourseware.content.Station;
import org.sotcourseware.exam.OsceStatistics.Method;
import org.sotcourseware.exam.PracticalExams.CorrectionKind;
import org.sotcourseware.exam.PracticalExams.Phase;
import org.sotcourseware.exam.PracticalExams.SheetState;
import org.sotcourseware.exam.PracticalExams.SheetView;
import org.sotcourseware.exam.PracticalExams.StationSetup;
import org.sotcourseware.security.UserId;
import org.sotcourseware.seminar.SeminarId;
import org.sotcourseware.seminar.SeminarService;
import org.sotcourseware.seminar.SeminarReadModel;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.TestUsers;
import org.sotcourseware.testsupport.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Practical exams through the service: set-up, running order, scoring and its access rules, corrections, release, feedback. */
@IntegrationTest
class ExamServiceTest {

    static final String ARM_FOSSA = "c2-station-arm-fossa";
    static final String SUPINE = "c2-station-supine-blocking";

    @Autowired ExamService exams;
    @Autowired SeminarService seminars;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    /** A staff account of the test's own (instructor). */
    String examiner(String prefix) {
        String username = Unique.name(prefix);
        jdbc.sql("insert into app_user (username, display_name, email, password_hash, enabled, demo, created_at) "
                + "values (?, ?, ?, '{noop}x', true, false, current_timestamp)").params(username, "Dr " + username, username + "@test.invalid").update();
        jdbc.sql("insert into app_user_role (user_id, role) values (?, 'INSTRUCTOR')").param(users.id(username)).update();
        return username;
    }

    record Fixture(SeminarId seminar, PracticalExamId exam, List<UserId> candidates, String first, String second, String third) {
    }

    /** A seminar on Category Two with three candidates; an exam of two stations, one examiner at the first, two at the second. */
    Fixture fixture(LocalDateTime startsAt) {
        users.signIn("organiser");
        LocalDate start = LocalDate.now(clock).minusDays(1);
        SeminarId seminar = seminars.create(new SeminarReadModel.Form(Unique.name("OSCE seminar"), "Hall", false, start, start.plusDays(2), 8, 10,
                SeminarReadModel.Status.RUNNING, Set.of("category-two"), Set.of(), null));
        List<UserId> candidates = List.of(new UserId(users.id(users.newStudent("cand-a"))), new UserId(users.id(users.newStudent("cand-b"))),
                new UserId(users.id(users.newStudent("cand-c"))));
        candidates.forEach(c -> seminars.enrol(seminar, c));
        String a = examiner("exa");
        String b = examiner("exb");
        String c = examiner("exc");
        users.signIn("organiser");
        PracticalExamId exam = exams.create(new PracticalExams.Setup(seminar, "proficiency", "Category Two OSCE", startsAt, 10, 2, Method.FIXED, 1,
                List.of(new StationSetup(ARM_FOSSA, "Room 1", List.of(new UserId(users.id(a)))),
                        new StationSetup(SUPINE, "Room 2", List.of(new UserId(users.id(b)), new UserId(users.id(c))))),
                candidates));
        return new Fixture(seminar, exam, candidates, a, b, c);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }

    /** Scores a whole sheet: full marks except the items listed, rating given, then submits. */
    SheetView score(PracticalExamId exam, int station, UserId candidate, int rating, String comment, String... zero) {
        SheetView s = exams.openSheet(exam, station, candidate);
        for (Station.ChecklistItem item : s.station().checklist()) {
            exams.mark(s.id(), item.id(), List.of(zero).contains(item.id()) ? 0 : item.marks());
        }
        exams.rate(s.id(), rating);
        if (!comment.isEmpty()) {
            exams.overallComment(s.id(), comment);
        }
        return exams.submit(s.id());
    }

    static String pdfText(byte[] pdf) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void an_exam_with_problems_is_refused_with_every_problem_in_plain_words() {
        Fixture f = fixture(now());
        users.signIn("organiser");
        UserId examiner = new UserId(users.id(f.first()));
        assertThatThrownBy(() -> exams.create(new PracticalExams.Setup(f.seminar(), "no-track", " ", now(), 0, 2, Method.FIXED, 3,
                List.of(new StationSetup(ARM_FOSSA, "", List.of(examiner)), new StationSetup(ARM_FOSSA, "Room 2", List.of(examiner)),
                        new StationSetup("c1-station-neck-compaction", "Room 3", List.of())),
                List.of(new UserId(users.id(users.newStudent("not-enrolled")))))))
                .isInstanceOf(ExamService.ExamException.class)
                .hasMessageContaining("Give the exam a title")
                .hasMessageContaining("Choose the certification track")
                .hasMessageContaining("Minutes per station must be from 1 to 120.")
                .hasMessageContaining("Station 1: name the room")
                .hasMessageContaining("Station 2: c2-station-arm-fossa is already in the circuit.")
                .hasMessageContaining("already examines at another station")
                .hasMessageContaining("Station 3: c1-station-neck-compaction is not a station of this seminar's modules.")
                .hasMessageContaining("Station 3: choose one or two examiners.")
                .hasMessageContaining("Candidates must be enrolled in the seminar.");
    }

    @Test
    void the_running_order_sends_each_candidate_round_the_circuit_and_downloads_as_csv() {
        LocalDateTime start = LocalDateTime.of(2026, 3, 14, 9, 0);
        Fixture f = fixture(start);
        users.signIn("organiser");
        PracticalExams.Detail d = exams.detail(f.exam());
        // three candidates, two stations: a circuit of two, then one more; 10 minutes per station, 2 to change
        assertThat(d.runningOrder()).hasSize(6);
        assertThat(d.runningOrder().getFirst().from()).isEqualTo(start);
        assertThat(d.runningOrder()).filteredOn(s -> s.candidate().id().equals(f.candidates().get(2)))
                .extracting(PracticalExams.Slot::from).containsExactly(start.plusMinutes(24), start.plusMinutes(36));
        assertThat(d.runningOrder()).filteredOn(s -> s.round() == 1).extracting(PracticalExams.Slot::stationNo).containsExactly(1, 2);
        assertThat(d.summary().endsAt()).isEqualTo(start.plusMinutes(46));
        String csv = new String(exams.runningOrderCsv(f.exam()), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(7);
        assertThat(pdfText(exams.runningOrderPdf(f.exam()))).contains("Running order: Category Two OSCE").contains("09:24")
                .contains("Room 2");
        assertThat(csv).contains("Round,Date,From,To,Station no,Station,Room,Candidate,Examiners")
                .contains("1,2026-03-14,09:00,09:10,1,Category Two: the arm-fossa test and the groin findings,Room 1,");
    }

    @Test
    void an_examiner_scores_only_at_their_own_station_and_only_while_the_exam_runs() {
        Fixture f = fixture(now().minusMinutes(5));
        users.signIn(f.second());
        assertThat(exams.myStations()).singleElement().satisfies(s -> {
            assertThat(s.stationNo()).isEqualTo(2);
            assertThat(s.phase()).isEqualTo(Phase.SCORING);
        });
        assertThatThrownBy(() -> exams.openSheet(f.exam(), 1, f.candidates().getFirst())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exams.queue(f.exam(), 1)).isInstanceOf(AccessDeniedException.class);
        // another examiner's sheet cannot be written to
        users.signIn(f.first());
        SheetView mine = exams.openSheet(f.exam(), 1, f.candidates().getFirst());
        users.signIn(f.second());
        assertThatThrownBy(() -> exams.mark(mine.id(), mine.station().checklist().getFirst().id(), 2)).isInstanceOf(AccessDeniedException.class);
        // a student is no examiner
        users.signIn(users.usernameOf(f.candidates().getFirst().value()));
        assertThatThrownBy(() -> exams.myStations()).isInstanceOf(AccessDeniedException.class);
        // tomorrow's exam is not open yet
        Fixture later = fixture(now().plusDays(1));
        users.signIn(later.first());
        assertThat(exams.myStations()).singleElement().extracting(PracticalExams.MyStation::phase).isEqualTo(Phase.UPCOMING);
        assertThatThrownBy(() -> exams.openSheet(later.exam(), 1, later.candidates().getFirst())).isInstanceOf(ExamService.ExamException.class)
                .hasMessageContaining("not open yet");
        // last week's exam is closed
        Fixture past = fixture(now().minusDays(7));
        users.signIn(past.first());
        assertThatThrownBy(() -> exams.openSheet(past.exam(), 1, past.candidates().getFirst())).hasMessageContaining("closed");
    }

    @Test
    void each_tap_is_saved_a_retried_tap_saves_the_same_and_submit_locks_the_sheet() {
        Fixture f = fixture(now());
        users.signIn(f.first());
        UserId cand = f.candidates().getFirst();
        SheetView s = exams.openSheet(f.exam(), 1, cand);
        assertThat(exams.openSheet(f.exam(), 1, cand).id()).as("opening again gives the same sheet").isEqualTo(s.id());
        Station.ChecklistItem consent = s.station().checklist().getFirst();
        Station.ChecklistItem partial = s.station().checklist().get(2); // marks=2 partial=1
        assertThatThrownBy(() -> exams.mark(s.id(), partial.id(), 3)).hasMessageContaining("takes 0, 1, 2 marks, not 3");
        exams.mark(s.id(), partial.id(), 1);
        assertThat(exams.mark(s.id(), partial.id(), 1).score().score()).as("a retried tap does not add up").isEqualTo(1);
        exams.comment(s.id(), partial.id(), "Pressed rather than touched the upper fossa");
        assertThat(exams.queue(f.exam(), 1).candidates()).filteredOn(q -> q.candidate().id().equals(cand))
                .extracting(PracticalExams.QueueEntry::state).containsExactly(SheetState.IN_PROGRESS);
        assertThatThrownBy(() -> exams.submit(s.id())).hasMessageContaining("Score every item and give the global rating")
                .hasMessageContaining("9 items left");
        for (Station.ChecklistItem item : s.station().checklist()) {
            if (item != partial) {
                exams.mark(s.id(), item.id(), item.marks());
            }
        }
        assertThatThrownBy(() -> exams.submit(s.id())).hasMessageContaining("the rating is missing");
        exams.rate(s.id(), 3);
        SheetView submitted = exams.submit(s.id());
        assertThat(submitted.submitted()).isTrue();
        assertThat(submitted.score().score()).isEqualTo(16);
        assertThat(submitted.comments()).containsEntry(partial.id(), "Pressed rather than touched the upper fossa");
        assertThatThrownBy(() -> exams.mark(s.id(), consent.id(), 0)).hasMessageContaining("submitted and locked");
        assertThat(exams.queue(f.exam(), 1).candidates().stream().filter(q -> q.candidate().id().equals(cand)).findFirst().orElseThrow().state())
                .isEqualTo(SheetState.SUBMITTED);
    }

    @Test
    void an_organiser_corrects_a_submitted_sheet_only_with_a_reason_and_the_change_is_recorded() {
        Fixture f = fixture(now());
        users.signIn(f.first());
        SheetView s = score(f.exam(), 1, f.candidates().getFirst(), 3, "");
        String item = s.station().checklist().get(3).id();
        users.signIn("organiser");
        assertThatThrownBy(() -> exams.correct(s.id(), item, 0, CorrectionKind.CORRECTION, " ")).hasMessageContaining("Give the reason");
        SheetView corrected = exams.correct(s.id(), item, 0, CorrectionKind.APPEAL, "Video review: no cough impulse check");
        assertThat(corrected.marks()).containsEntry(item, 0);
        PracticalExams.Results r = exams.results(f.exam());
        assertThat(r.corrections()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(CorrectionKind.APPEAL);
            assertThat(c.oldValue()).isEqualTo(1);
            assertThat(c.newValue()).isEqualTo(0);
            assertThat(c.reason()).isEqualTo("Video review: no cough impulse check");
        });
        users.signIn("admin");
        assertThat(audit.recent("score-remarked", 5)).extracting(AuditEntry::detail).anyMatch(d -> d.contains("Reason: Video review"));
        // an examiner cannot correct
        users.signIn(f.first());
        assertThatThrownBy(() -> exams.correct(s.id(), item, 1, CorrectionKind.CORRECTION, "changed my mind")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void release_records_the_practical_figure_keeps_the_written_result_and_opens_the_candidates_feedback() {
        Fixture f = fixture(now().minusMinutes(10));
        UserId ada = f.candidates().get(0);
        UserId bo = f.candidates().get(1);
        UserId cy = f.candidates().get(2);
        users.signIn("organiser");
        seminars.recordExam(f.seminar(), ada, "proficiency", 81.0, null, LocalDate.now(clock), "Dr Written");
        // station 1 (17 marks, cut 12.75): ada full, bo misses the critical consent item, cy 15
        users.signIn(f.first());
        SheetView sheet = exams.openSheet(f.exam(), 1, ada);
        String consent = sheet.station().checklist().getFirst().id();
        String cough = sheet.station().checklist().get(3).id();
        String shoulder = sheet.station().checklist().get(4).id();
        score(f.exam(), 1, ada, 4, "Excellent, calm and clear");
        score(f.exam(), 1, bo, 0, "No consent before the groin", consent);
        SheetView cy1 = exams.openSheet(f.exam(), 1, cy);
        exams.comment(cy1.id(), cough, "Forgot the cough impulse");
        score(f.exam(), 1, cy, 2, "", cough, shoulder);
        // station 2 (18 marks, cut 13.5), two examiners: ada 18 and 18, bo 18 and 18, cy 18 and 16
        for (String examiner : List.of(f.second(), f.third())) {
            users.signIn(examiner);
            score(f.exam(), 2, ada, 4, "");
            score(f.exam(), 2, bo, 3, "");
        }
        users.signIn(f.second());
        score(f.exam(), 2, cy, 3, "");
        users.signIn(f.third());
        SheetView open = exams.openSheet(f.exam(), 2, cy);
        exams.mark(open.id(), open.station().checklist().get(1).id(), 2);
        users.signIn("organiser");
        assertThatThrownBy(() -> exams.release(f.exam())).hasMessageContaining("1 score sheet is started but not submitted");
        users.signIn(users.usernameOf(ada.value()));
        assertThat(exams.myFeedback()).as("nothing before release").isEmpty();
        users.signIn(f.third());
        score(f.exam(), 2, cy, 2, "", open.station().checklist().get(1).id());
        users.signIn("organiser");
        PracticalExams.Results r = exams.release(f.exam());
        assertThat(r.summary().phase()).isEqualTo(Phase.RELEASED);
        assertThat(r.openSheets()).isZero();
        PracticalExams.Row adaRow = r.rows().stream().filter(x -> x.candidate().id().equals(ada)).findFirst().orElseThrow();
        assertThat(adaRow.result().figure()).isEqualTo(100.0);
        PracticalExams.Row boRow = r.rows().stream().filter(x -> x.candidate().id().equals(bo)).findFirst().orElseThrow();
        // bo: 15 + 18 = 33 of 35 (cut 26.25) but station 1 failed on a critical item; must pass 1 of 2 holds
        assertThat(boRow.cells().getFirst().result().passed()).isFalse();
        assertThat(boRow.result().passed()).isTrue();
        PracticalExams.Row cyRow = r.rows().stream().filter(x -> x.candidate().id().equals(cy)).findFirst().orElseThrow();
        // cy: 15 at station 1; (18 + 16) / 2 = 17 at station 2; total 32 of 35, cut 26.25: 75 + 5.75 / 8.75 x 25 = 91.4 (rounded down)
        assertThat(cyRow.cells().get(1).result().score()).isEqualTo(17);
        assertThat(cyRow.result().figure()).isEqualTo(91.4);
        // the seminar's exam results now carry the figures; ada's written result stays
        assertThat(seminars.record(ada).exams()).filteredOn(e -> e.seminarId().equals(f.seminar())).singleElement().satisfies(e -> {
            assertThat(e.written()).isEqualTo(81.0);
            assertThat(e.practical()).isEqualTo(100.0);
        });
        assertThat(seminars.record(cy).exams()).filteredOn(e -> e.seminarId().equals(f.seminar())).singleElement()
                .extracting(SeminarReadModel.ExamRecord::practical).isEqualTo(91.4);
        assertThatThrownBy(() -> exams.release(f.exam())).hasMessageContaining("already released")
                .isInstanceOfSatisfying(ExamService.ExamException.class, e -> {
                    assertThat(e.message()).isEqualTo(org.sotcourseware.base.Message.of("exam.refusal.already-released"));
                    assertThat(e.message().in(java.util.Locale.GERMAN)).isEqualTo("Die Ergebnisse sind bereits freigegeben.");
                });
        // the candidate reads their own feedback: the items missed, with the comments
        users.signIn(users.usernameOf(cy.value()));
        assertThat(exams.myFeedback()).singleElement().satisfies(fb -> {
            assertThat(fb.result().figure()).isEqualTo(91.4);
            PracticalExams.StationFeedback first = fb.stations().getFirst();
            assertThat(first.missed()).extracting(PracticalExams.Missed::text).hasSize(2);
            assertThat(first.missed().getFirst().comments()).containsExactly("Forgot the cough impulse");
        });
        users.signIn(users.usernameOf(bo.value()));
        assertThat(exams.myFeedback()).singleElement().satisfies(fb -> {
            assertThat(fb.stations().getFirst().comments()).containsExactly("No consent before the groin");
            assertThat(fb.stations().getFirst().missed().getFirst().critical()).isTrue();
        });
        // ... and the same as a PDF; nobody else's
        assertThat(pdfText(exams.myFeedbackPdf(f.exam()))).contains("Practical exam feedback: Category Two OSCE")
                .contains("No consent before the groin").contains("[critical]");
        users.signIn(users.usernameOf(ada.value()));
        assertThat(pdfText(exams.myFeedbackPdf(f.exam()))).contains("Passed").contains("Excellent, calm and clear");
        users.signIn(users.newStudent("not-a-candidate"));
        assertThatThrownBy(() -> exams.myFeedbackPdf(f.exam())).isInstanceOf(AccessDeniedException.class);
        // a re-mark after release records the figure again
        users.signIn("organiser");
        SheetView cySheet = exams.sheet(r.rows().stream().filter(x -> x.candidate().id().equals(cy)).findFirst().orElseThrow().cells().getFirst()
                .sheets().getFirst().id());
        exams.correct(cySheet.id(), cough, 1, CorrectionKind.APPEAL, "Appeal upheld: the cough impulse was asked about");
        assertThat(seminars.record(cy).exams()).filteredOn(e -> e.seminarId().equals(f.seminar())).singleElement()
                // 16 + 17 = 33: 75 + 6.75 / 8.75 x 25 = 94.2
                .extracting(SeminarReadModel.ExamRecord::practical).isEqualTo(94.2);
    }
}

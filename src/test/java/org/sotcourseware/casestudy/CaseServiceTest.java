package org.sotcourseware.casestudy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.progress.OverrideService;
import org.sotcourseware.security.UserId;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Runs of the real Category Two demo case through the service. */
@IntegrationTest
@RecordApplicationEvents
class CaseServiceTest {

    static final String MODULE = "category-two";
    static final String CASE = "c2-hairdresser-low-back";

    @Autowired CaseService cases;
    @Autowired CatalogueService catalogue;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    CaseStudy cs;
    String student;

    @Autowired OverrideService overrides;

    @BeforeEach
    void freshStudent() {
        String name = users.newStudent("case");
        users.signIn("instructor"); // Category Two needs Category One first: open it, as staff would
        overrides.grantOverride(new UserId(users.id(name)), MODULE, "Case service test set-up");
        users.signIn(name);
        student = name;
        cs = catalogue.module(MODULE).orElseThrow().caseStudy(CASE).orElseThrow();
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    private Set<String> ideal(String stageId) {
        return Set.copyOf(cs.stage(stageId).orElseThrow().decision().options().stream().filter(CaseStudy.Option::ideal)
                .map(CaseStudy.Option::id).toList());
    }

    private String option(String stageId, String textStart) {
        return cs.stage(stageId).orElseThrow().decision().options().stream().filter(o -> o.text().startsWith(textStart))
                .findFirst().orElseThrow().id();
    }

    /** Plays the expert's choices from wherever the run is until the end. */
    private CaseReadModel.Run playIdeal(CaseRunId run) {
        CaseReadModel.Run r = cases.run(run);
        for (int i = 0; i < 30 && r.current() != null; i++) {
            CaseReadModel.Current c = r.current();
            r = c.decisionId() != null ? cases.decide(run, c.stageId(), ideal(c.stageId())) : cases.proceed(run, c.stageId());
        }
        return r;
    }

    @Test
    void a_run_keeps_its_option_order_across_reloads_and_every_option_is_offered() {
        CaseRunId run = cases.startOrResume(MODULE, CASE);
        var first = cases.run(run).current().options().stream().map(CaseReadModel.Choice::id).toList();
        assertThat(cases.run(run).current().options()).extracting(CaseReadModel.Choice::id).containsExactlyElementsOf(first);
        assertThat(first).containsExactlyInAnyOrderElementsOf(cs.first().decision().options().stream().map(CaseStudy.Option::id).toList());
    }

    @Test
    void a_new_run_shows_the_presentation_and_first_stage_and_nothing_later() {
        CaseReadModel.Run r = cases.run(cases.startOrResume(MODULE, CASE));
        assertThat(r.history()).isEmpty();
        assertThat(r.current().stageId()).isEqualTo(cs.first().id());
        String sent = r.toString();
        for (CaseStudy.Stage later : cs.stages().subList(1, cs.stages().size())) {
            assertThat(sent).as("stage " + later.id()).doesNotContain(later.title());
        }
        // options come without their feedback, points or targets
        for (CaseStudy.Option o : cs.first().decision().options()) {
            assertThat(sent).doesNotContain(o.feedback().substring(0, 30)).doesNotContain("next=").doesNotContain("points=");
        }
    }

    @Test
    void each_choice_is_recorded_with_its_time_and_the_run_resumes_after_a_reload() {
        CaseRunId run = cases.startOrResume(MODULE, CASE);
        CaseReadModel.Run r = cases.decide(run, "s-history", ideal("s-history"));
        assertThat(r.history()).singleElement().satisfies(v -> {
            assertThat(v.stageId()).isEqualTo("s-history");
            assertThat(v.ideal()).isTrue();
            assertThat(v.feedbackHtml()).isNotEmpty();
            assertThat(v.commentaryHtml()).contains("Patients often arrive with a treatment in mind");
        });
        assertThat(cases.startOrResume(MODULE, CASE)).isEqualTo(run);
        assertThat(cases.run(run).current().stageId()).isEqualTo(r.current().stageId());
        assertThat(jdbc.sql("select count(*) from case_step where run_id = ? and decided_at is not null").param(run.value()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void a_dead_end_explains_the_error_and_returns_to_the_named_stage() {
        CaseRunId run = cases.startOrResume(MODULE, CASE);
        CaseReadModel.Run r = cases.decide(run, "s-history", Set.of(option("s-history", "Put her on the blocks now")));
        assertThat(r.current().deadEnd()).isTrue();
        assertThat(r.current().stageId()).isEqualTo("s-blocks-first-dead-end");
        assertThat(r.current().returnTitle()).isEqualTo(cs.first().title());
        r = cases.proceed(run, "s-blocks-first-dead-end");
        assertThat(r.current().stageId()).isEqualTo("s-history");
        assertThat(r.history()).extracting(CaseReadModel.VisitedStage::stageId).containsExactly("s-history", "s-blocks-first-dead-end");
    }

    @Test
    void tabs_deciding_the_same_stage_at_the_same_moment_record_exactly_one_decision() throws Exception {
        CaseRunId run = cases.startOrResume(MODULE, CASE);
        Set<String> expert = ideal("s-history");
        Set<String> deadEnd = Set.of(option("s-history", "Put her on the blocks now"));
        int tabs = 6;
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(tabs);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(tabs);
        java.util.List<java.util.concurrent.Future<CaseReadModel.Run>> seen = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < tabs; i++) {
                Set<String> choice = i % 2 == 0 ? expert : deadEnd;
                seen.add(pool.submit(() -> {
                    users.signIn(student);
                    together.await();
                    return cases.decide(run, "s-history", choice);
                }));
            }
            String recorded = null;
            for (java.util.concurrent.Future<CaseReadModel.Run> f : seen) {
                CaseReadModel.Run r = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(r.history()).as("every tab sees the one decision").singleElement()
                        .satisfies(v -> assertThat(v.stageId()).isEqualTo("s-history"));
                recorded = recorded == null ? r.current().stageId() : recorded;
                assertThat(r.current().stageId()).as("every tab sees the same next stage").isEqualTo(recorded);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from case_step where run_id = ?").param(run.value()).query(Integer.class).single()).isEqualTo(1);
        assertThat(cases.run(run).history()).hasSize(1);
    }

    @Test
    void a_second_click_on_a_decision_already_made_changes_nothing() {
        CaseRunId run = cases.startOrResume(MODULE, CASE);
        cases.decide(run, "s-history", ideal("s-history"));
        CaseReadModel.Run again = cases.decide(run, "s-history", Set.of(option("s-history", "Put her on the blocks now")));
        assertThat(again.history()).hasSize(1);
        assertThat(again.current().deadEnd()).isFalse();
    }

    @Test
    void the_expert_path_completes_the_run_with_full_points_the_band_and_one_event() {
        CaseRunId run = cases.startOrResume(MODULE, CASE);
        CaseReadModel.Run r = playIdeal(run);
        assertThat(r.completed()).isTrue();
        assertThat(r.score()).isEqualTo(cs.maxPoints()).isEqualTo(12);
        assertThat(r.debrief().bandMessage()).contains("expert path");
        assertThat(r.debrief().pathTitles()).isEqualTo(r.debrief().idealTitles());
        assertThat(r.debrief().decisions()).allSatisfy(d -> assertThat(d.ideal()).isTrue());
        assertThat(events.stream(CaseCompleted.class).filter(e -> e.runId().equals(run))).singleElement()
                .satisfies(e -> assertThat(e.score()).isEqualTo(12));
        assertThatThrownBy(() -> cases.proceed(run, "s-debrief")).isInstanceOf(CaseException.class).hasMessageContaining("has ended");
        assertThat(cases.list(MODULE)).filteredOn(s -> s.caseId().equals(CASE)).singleElement()
                .satisfies(s -> {
                    assertThat(s.status()).isEqualTo(CaseReadModel.Status.COMPLETED);
                    assertThat(s.bestScore()).isEqualTo(12);
                });
    }

    @Test
    void a_detour_through_a_dead_end_still_reaches_the_debrief_with_the_path_shown() {
        CaseRunId run = cases.startOrResume(MODULE, CASE);
        cases.decide(run, "s-history", Set.of(option("s-history", "Put her on the blocks now")));
        cases.proceed(run, "s-blocks-first-dead-end");
        CaseReadModel.Run r = playIdeal(run);
        assertThat(r.debrief().pathTitles()).hasSize(r.debrief().idealTitles().size() + 2);
        assertThat(r.debrief().decisions().getFirst().ideal()).isFalse();
        assertThat(r.score()).isEqualTo(cs.maxPoints() - 1); // the unsafe choice cost its point (-1), and the dead end time
    }

    @Test
    void reopening_a_finished_case_shows_its_last_debrief_until_the_student_starts_again() {
        CaseRunId first = cases.open(MODULE, CASE, null).runId();
        playIdeal(first);
        CaseReadModel.Run reopened = cases.open(MODULE, CASE, null);
        assertThat(reopened.runId()).as("the finished run, not a silent new one").isEqualTo(first);
        assertThat(reopened.debrief()).isNotNull();
        assertThat(reopened.current()).isNull();
        CaseRunId second = cases.startAgain(MODULE, CASE);
        playIdeal(second);
        assertThat(cases.open(MODULE, CASE, null).runId()).as("the last finished run").isEqualTo(second);
        CaseRunId third = cases.startAgain(MODULE, CASE);
        assertThat(cases.open(MODULE, CASE, null).runId()).as("a run in progress comes before a finished one").isEqualTo(third);
    }

    @Test
    void starting_again_creates_a_new_run_and_keeps_the_old_one() {
        CaseRunId first = cases.startOrResume(MODULE, CASE);
        playIdeal(first);
        CaseRunId second = cases.startAgain(MODULE, CASE);
        assertThat(second).isNotEqualTo(first);
        assertThat(cases.run(first).completed()).isTrue();
        assertThat(cases.run(second).history()).isEmpty();
        assertThat(cases.run(second).otherRuns()).extracting(CaseReadModel.RunSummary::runId).containsExactly(first);
    }

    @Test
    void no_one_reads_or_acts_on_another_students_run() {
        CaseRunId run = cases.startOrResume(MODULE, CASE);
        users.ensureStudent("case-intruder");
        users.signIn("case-intruder");
        assertThatThrownBy(() -> cases.run(run)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.decide(run, "s-history", ideal("s-history"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.proceed(run, "s-history")).isInstanceOf(AccessDeniedException.class);
    }
}

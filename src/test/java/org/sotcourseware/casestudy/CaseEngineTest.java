package org.sotcourseware.casestudy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.CaseStudy.Option;
import org.sotcourseware.content.CaseStudy.ScoreBand;
import org.sotcourseware.content.CaseStudy.Stage;
import org.sotcourseware.content.CaseStudy.StageType;

class CaseEngineTest {

    static final CaseStudy CASE = new CaseStudy("m", "c", "Case", 10, List.of(), "Presentation", List.of(
            new Stage("s-1", "History", StageType.NORMAL, "", new CaseStudy.Decision("d-1", "What first?", false, null, List.of(
                    new Option("o-exam", "Examine", true, "Right.", 2, null, 1),
                    new Option("o-scan", "Scan", false, "Not yet.", 0, "s-dead", 2),
                    new Option("o-branch", "Ask a colleague", false, "A detour.", 1, "s-detour", 3)), "Examine first.", 1), null, List.of(), 1),
            new Stage("s-dead", "Scanning first", StageType.DEAD_END, "Why not.", null, "s-1", List.of(), 5),
            new Stage("s-2", "Examination", StageType.NORMAL, "", new CaseStudy.Decision("d-2", "Which tests?", true, "s-end", List.of(
                    new Option("o-leg", "Leg check", true, "Good.", 1, null, 7),
                    new Option("o-aft", "Arm-fossa", true, "Good.", 1, null, 8),
                    new Option("o-thrust", "Thrust", false, "No.", -1, null, 9)), null, 6), null, List.of(), 6),
            new Stage("s-detour", "Colleague's view", StageType.NORMAL, "Your colleague suggests the examination.", null, null, List.of(), 10),
            new Stage("s-end", "Debrief", StageType.END, "Well done.", null, null, List.of(
                    new ScoreBand(3, 4, "Ready for the seminar."), new ScoreBand(0, 2, "Review the lessons.")), 11)),
            "m/cases/c.md", "v1", List.of());

    private static Stage stage(String id) {
        return CASE.stage(id).orElseThrow();
    }

    @Test
    void a_choice_leads_where_its_option_says_and_scores_its_points() {
        CaseEngine.Step step = CaseEngine.decide(CASE, stage("s-1"), Set.of("o-scan"));
        assertThat(step.next()).contains("s-dead");
        assertThat(step.points()).isZero();
        assertThat(step.feedback()).containsExactly("Not yet.");
        assertThat(step.commentary()).isEqualTo("Examine first.");
    }

    @Test
    void an_option_without_a_target_moves_to_the_next_stage_that_is_not_a_dead_end() {
        assertThat(CaseEngine.decide(CASE, stage("s-1"), Set.of("o-exam")).next()).contains("s-2");
    }

    @Test
    void a_dead_end_returns_to_its_named_stage() {
        assertThat(CaseEngine.proceed(CASE, stage("s-dead")).next()).contains("s-1");
    }

    @Test
    void a_branch_rejoins_through_a_stage_without_a_decision() {
        assertThat(CaseEngine.decide(CASE, stage("s-1"), Set.of("o-branch")).next()).contains("s-detour");
        assertThat(CaseEngine.proceed(CASE, stage("s-detour")).next()).contains("s-end");
    }

    @Test
    void a_multiple_decision_scores_the_sum_of_the_chosen_options() {
        assertThat(CaseEngine.decide(CASE, stage("s-2"), Set.of("o-leg", "o-aft")).points()).isEqualTo(2);
        assertThat(CaseEngine.decide(CASE, stage("s-2"), Set.of("o-leg", "o-thrust")).points()).isZero();
        assertThat(CaseEngine.decide(CASE, stage("s-2"), Set.of("o-leg", "o-aft")).next()).contains("s-end");
    }

    @Test
    void a_run_score_never_goes_below_zero() {
        assertThat(CaseEngine.score(List.of(0, -1, -1))).isZero();
        assertThat(CaseEngine.score(List.of(2, -1, 1))).isEqualTo(2);
    }

    @Test
    void invalid_choices_are_refused() {
        assertThatThrownBy(() -> CaseEngine.decide(CASE, stage("s-1"), Set.of())).hasMessage("Choose an option.");
        assertThatThrownBy(() -> CaseEngine.decide(CASE, stage("s-1"), Set.of("o-exam", "o-scan"))).hasMessage("Choose exactly one option.");
        assertThatThrownBy(() -> CaseEngine.decide(CASE, stage("s-1"), Set.of("o-invented"))).hasMessage("That option is not part of this decision.");
        assertThatThrownBy(() -> CaseEngine.proceed(CASE, stage("s-1"))).isInstanceOf(CaseException.class).hasMessageContaining("asks for a decision");
        assertThatThrownBy(() -> CaseEngine.proceed(CASE, stage("s-end"))).hasMessageContaining("ended");
    }

    @Test
    void a_refused_choice_carries_its_message_key_and_reads_in_german() {
        assertThatThrownBy(() -> CaseEngine.decide(CASE, stage("s-1"), Set.of())).isInstanceOfSatisfying(CaseException.class, e -> {
            assertThat(e.message()).isEqualTo(org.sotcourseware.base.Message.of("casestudy.error.choose-an-option"));
            assertThat(e.message().in(java.util.Locale.GERMAN)).isEqualTo("Wählen Sie eine Option.");
        });
        assertThatThrownBy(() -> CaseEngine.proceed(CASE, stage("s-end"))).isInstanceOfSatisfying(CaseException.class,
                e -> assertThat(e.message().key()).isEqualTo("casestudy.error.ended"));
    }

    @Test
    void the_ideal_path_and_max_points_follow_the_experts_choices() {
        assertThat(CASE.idealPath()).containsExactly("s-1", "s-2", "s-end");
        assertThat(CASE.maxPoints()).isEqualTo(4);
        assertThat(CaseEngine.ideal(stage("s-2"), Set.of("o-leg", "o-aft"))).isTrue();
        assertThat(CaseEngine.ideal(stage("s-2"), Set.of("o-leg"))).isFalse();
    }

    @Test
    void the_debrief_band_is_the_one_containing_the_score() {
        List<ScoreBand> bands = stage("s-end").bands();
        assertThat(CaseStudy.band(bands, 4)).map(ScoreBand::message).contains("Ready for the seminar.");
        assertThat(CaseStudy.band(bands, 3)).map(ScoreBand::message).contains("Ready for the seminar.");
        assertThat(CaseStudy.band(bands, 2)).map(ScoreBand::message).contains("Review the lessons.");
        assertThat(CaseStudy.band(bands, 0)).map(ScoreBand::message).contains("Review the lessons.");
        assertThat(CaseStudy.band(bands, 9)).as("above every band: the highest below").map(ScoreBand::message).contains("Ready for the seminar.");
    }
}

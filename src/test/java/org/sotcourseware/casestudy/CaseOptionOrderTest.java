package org.sotcourseware.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CaseStudy;

/** Case options are shown in an order of the run's own, so the file order (best first or not) gives no hint. */
class CaseOptionOrderTest {

    private static final List<CaseStudy.Option> OPTIONS = List.of(
            new CaseStudy.Option("o-a", "A", true, "f", 2, "s-end", 10),
            new CaseStudy.Option("o-b", "B", false, "f", 0, "s-end", 11),
            new CaseStudy.Option("o-c", "C", false, "f", 0, "s-end", 12),
            new CaseStudy.Option("o-d", "D", false, "f", 0, "s-end", 13));
    private static final CaseStudy CASE = new CaseStudy("m", "c", "Case", 10, List.of(), "P", List.of(
            new CaseStudy.Stage("s-1", "Start", CaseStudy.StageType.NORMAL, "Text",
                    new CaseStudy.Decision("d-1", "Choose", false, null, OPTIONS, null, 9), null, List.of(), 8),
            new CaseStudy.Stage("s-end", "End", CaseStudy.StageType.END, "Done", null, null, List.of(new CaseStudy.ScoreBand(0, 2, "ok")), 20)),
            "m/cases/c.md", "v1", List.of());

    private static List<String> shown(long runId) {
        CaseReadModel.Run r = CasePresentation.build(CASE, List.of(), new CasePresentation.Standing(new CaseRunId(runId), "M", "s-1", true, false, 0, 2,
                Instant.EPOCH, null, List.of(), runId), md -> md);
        return r.current().options().stream().map(CaseReadModel.Choice::id).toList();
    }

    @Test
    void a_run_shows_the_same_order_every_time_it_is_loaded() {
        for (long run = 1; run <= 20; run++) {
            assertThat(shown(run)).isEqualTo(shown(run)).containsExactlyInAnyOrder("o-a", "o-b", "o-c", "o-d");
        }
    }

    @Test
    void different_runs_show_different_orders_and_the_expert_option_is_not_always_first() {
        Set<List<String>> orders = new HashSet<>();
        Set<String> firsts = new HashSet<>();
        for (long run = 1; run <= 40; run++) {
            orders.add(shown(run));
            firsts.add(shown(run).getFirst());
        }
        assertThat(orders.size()).as("distinct orders over 40 runs").isGreaterThan(10);
        assertThat(firsts).containsExactlyInAnyOrder("o-a", "o-b", "o-c", "o-d");
    }

    @Test
    void the_order_depends_on_the_decision_too() {
        CaseStudy.Decision one = new CaseStudy.Decision("d-1", "p", false, null, OPTIONS, null, 1);
        CaseStudy.Decision two = new CaseStudy.Decision("d-2", "p", false, null, OPTIONS, null, 1);
        int differ = 0;
        for (long run = 1; run <= 20; run++) {
            if (!CasePresentation.shuffled(one, run).equals(CasePresentation.shuffled(two, run))) {
                differ++;
            }
        }
        assertThat(differ).isGreaterThan(10);
    }
}

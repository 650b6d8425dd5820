package org.sotcourseware.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CaseStudy;

/** A run keeps a JSON snapshot of its case: snapshots stored before the case format grew still read. */
class CaseSnapshotTest {

    private static final CaseStudy CASE = new CaseStudy("m", "c", "Case", 10, List.of(), "Presentation", List.of(
            new CaseStudy.Stage("s-1", "Start", CaseStudy.StageType.NORMAL, "Text", new CaseStudy.Decision("d-1", "Choose", false, null, List.of(
                    new CaseStudy.Option("o-a", "Screen first", true, "Right.", 2, "s-end", 12, false),
                    new CaseStudy.Option("o-b", "Manipulate now", false, "No.", -2, "s-harm", 14, true)), null, 10), null, List.of(), 8,
                    CaseStudy.StageKind.TREATMENT),
            new CaseStudy.Stage("s-harm", "Harm", CaseStudy.StageType.CONSEQUENCE, "Dizzy.", null, "s-1", List.of(), 20),
            new CaseStudy.Stage("s-end", "End", CaseStudy.StageType.END, "Done", null, null, List.of(new CaseStudy.ScoreBand(0, 2, "ok")), 30)),
            "m/cases/c.md", "v1", List.of());

    @Test
    void a_snapshot_round_trips_with_unsafe_options_consequences_and_kinds() {
        String json = CaseRunStore.JSON.writeValueAsString(CASE);
        assertThat(CaseRunStore.JSON.readValue(json, CaseStudy.class)).isEqualTo(CASE);
    }

    @Test
    void a_snapshot_stored_before_unsafe_and_kind_existed_reads_as_safe_options_and_stages_without_a_kind() {
        String json = CaseRunStore.JSON.writeValueAsString(CASE)
                .replace(",\"unsafe\":true", "").replace(",\"unsafe\":false", "")
                .replace(",\"kind\":\"TREATMENT\"", "").replace(",\"kind\":null", "");
        assertThat(json).doesNotContain("unsafe", "\"kind\"");
        CaseStudy read = CaseRunStore.JSON.readValue(json, CaseStudy.class);
        assertThat(read.first().decision().options()).extracting(CaseStudy.Option::unsafe).containsOnly(false);
        assertThat(read.stages()).extracting(CaseStudy.Stage::kind).containsOnlyNulls();
        assertThat(read.first().decision().options()).extracting(CaseStudy.Option::points).containsExactly(2, -2);
    }
}

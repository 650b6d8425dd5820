package org.sotcourseware.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.Curriculum;

/** Practical station rules (docs/authoring.md, "Practical stations"; CONTENT-FORMAT section 6). */
class StationRulesTest {

    @TempDir
    Path dir;

    private static final String FILE = "a/practical/blocking.md";

    private List<String> problems(String station) {
        return problems(station, f -> { });
    }

    private List<String> problems(String station, java.util.function.Consumer<ContentFixture> more) {
        ContentFixture fixture = ContentFixture.standard(dir);
        more.accept(fixture);
        Curriculum c = new ContentLoader(new MarkdownRenderer()).load(fixture.file("a/module.md", """
                ---
                id: a
                title: Module A
                summary: A summary.
                outcomes:
                  - id: o-blocking
                    text: Place the blocks.
                ---

                # Module A
                """).file(FILE, station).root());
        return c.problems().stream().map(ContentProblem::toString).toList();
    }

    @Test
    void the_example_station_has_no_problems() {
        assertThat(problems(NewFormatTest.STATION)).isEmpty();
    }

    @Test
    void the_station_example_in_the_authoring_guide_has_no_problems() throws Exception {
        String guide = java.nio.file.Files.readString(Path.of("docs/authoring.md"));
        var m = java.util.regex.Pattern.compile("## Practical stations.*?```markdown\\n(.*?)\\n```\\n", java.util.regex.Pattern.DOTALL).matcher(guide);
        assertThat(m.find()).isTrue();
        assertThat(problems(m.group(1).replace("outcomes: [o-blocking, o-indicators]", "outcomes: [o-blocking]"))).isEmpty();
    }

    @Test
    void marks_below_one_and_partial_marks_not_below_the_items_marks_are_errors() {
        assertThat(problems(NewFormatTest.STATION.replace("{marks=1 critical}", "{marks=0 critical}")
                .replace("{marks=3 partial=1,2}", "{marks=3 partial=1,3}"))).containsExactly(
                FILE + ":20: marks must be at least 1, not 0",
                FILE + ":23: partial mark 3 must be between 1 and 2 (below the item's 3 marks)");
    }

    @Test
    void fewer_than_five_items_is_an_error() {
        assertThat(problems(NewFormatTest.STATION.replace("- Re-checks the indicators after blocking {marks=2 partial=1}\n", "")))
                .containsExactly(FILE + ":7: the checklist has 4 items; a station needs at least 5");
    }

    @Test
    void a_checklist_without_a_critical_item_is_an_error() {
        assertThat(problems(NewFormatTest.STATION.replace(" critical}", "}"))).containsExactly(FILE
                + ":7: no checklist item is critical: mark the items that fail the station when missed (screening for red flags, consent) "
                + "with {marks=N critical}");
    }

    @Test
    void the_global_rating_needs_the_five_levels_in_order() {
        assertThat(problems(NewFormatTest.STATION.replace("- good: fluent and explains well\n- excellent: exemplary\n",
                "- excellent: exemplary\n- good: fluent and explains well\n"))).containsExactly(FILE
                + ":28: the global rating lists exactly the levels fail, borderline, pass, good, excellent in that order, "
                + "not fail, borderline, pass, excellent, good");
        assertThat(problems(NewFormatTest.STATION.replace("- borderline: safe but hesitant\n", ""))).hasSize(1);
    }

    @Test
    void minutes_outside_3_to_30_and_a_pass_mark_above_the_total_are_errors() {
        assertThat(problems(NewFormatTest.STATION.replace("minutes: 10", "minutes: 45\npass-mark: 11"))).containsExactly(
                FILE + ":4: 'minutes' must be from 3 to 30 (the station time), not 45",
                FILE + ":5: 'pass-mark' is in marks and must be from 1 to the station's 10 marks");
        assertThat(problems(NewFormatTest.STATION.replace("minutes: 10", "minutes: 2"))).hasSize(1);
    }

    @Test
    void a_station_naming_an_unknown_outcome_is_an_error() {
        assertThat(problems(NewFormatTest.STATION.replace("outcomes: [o-blocking]", "outcomes: [o-blocking, o-other]"))).containsExactly(
                FILE + ":2: station 'a-station-blocking' names outcome 'o-other', which module.md does not define");
    }

    @Test
    void station_ids_are_unique_in_the_curriculum() {
        assertThat(problems(NewFormatTest.STATION, f -> f.file("b/practical/copy.md", NewFormatTest.STATION.replace("outcomes: [o-blocking]\n", ""))))
                .containsExactly(
                "b/practical/copy.md:2: station id 'a-station-blocking' is also used by a/practical/blocking.md: station ids are unique in the curriculum");
    }

    @Test
    void every_module_examined_in_a_practical_exam_except_foundations_has_two_stations() {
        assertThat(problems(NewFormatTest.STATION, f -> f.file("curriculum.yml", """
                title: Test curriculum
                modules:
                  - id: foundations
                  - id: a
                  - id: b
                    requires: [a]
                tracks:
                  - id: t
                    title: Track
                    modules: [foundations, a, b]
                    practical-exam: 75
                """).module("foundations", "Foundations").file("b/practical/second.md", NewFormatTest.STATION
                .replace("id: a-station-blocking", "id: b-station").replace("outcomes: [o-blocking]\n", "")))).containsExactly(
                "a/practical/:0: module 'a' has 1 practical station; a module examined in a practical exam needs at least 2 (content/a/practical/*.md)",
                "b/practical/:0: module 'b' has 1 practical station; a module examined in a practical exam needs at least 2 (content/b/practical/*.md)");
    }
}

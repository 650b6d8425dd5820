package org.sotcourseware.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.ContentProblem;

class CaseParserTest {

    private final CaseParser parser = new CaseParser(new MarkdownRenderer());

    private CaseStudy parse(String body) {
        return parser.parse("m", "m/cases/c.md", "---\nid: c-test\ntitle: Test case\n---\n\n# Test case\n\nA patient.\n\n" + body,
                MarkdownRenderer.ImageResolver.NONE);
    }

    // header is 9 lines; the body starts on line 10

    private static final String GOOD = """
            ## History {#s-history}

            She has back pain.

            ### Decision {#d-history}

            What first?

            - [x] Examine {points=2 next=s-exam}
              > Right.
            - [ ] Scan {next=s-dead}
              > Not yet.

            > **Expert commentary:** Examine first.

            ## Scanning first {#s-dead type=dead-end return=s-history}

            Explains why.

            ## Examination {#s-exam}

            ### Decision {#d-exam type=multiple}

            - [x] Leg check {points=1}
              > Good.
            - [x] Arm-fossa test {points=1}
              > Good.
            - [ ] Thrust {points=-1}
              > Not now.

            ## Debrief {#s-end type=end}

            Well done.

            ### Score bands

            - 3-4: Ready for the seminar.
            - 0-2: Review the lessons.
            """;

    @Test
    void a_good_case_parses_with_its_ideal_path_max_points_and_bands() {
        CaseStudy cs = parse(GOOD);
        assertThat(cs.problems()).isEmpty();
        assertThat(cs.stages()).extracting(CaseStudy.Stage::id).containsExactly("s-history", "s-dead", "s-exam", "s-end");
        assertThat(cs.idealPath()).containsExactly("s-history", "s-exam", "s-end");
        assertThat(cs.maxPoints()).isEqualTo(4);
        CaseStudy.Stage history = cs.first();
        assertThat(history.decision().commentary()).isEqualTo("Examine first.");
        assertThat(history.decision().options()).extracting(CaseStudy.Option::next).containsExactly("s-exam", "s-dead");
        assertThat(cs.stage("s-dead").orElseThrow().returnTo()).isEqualTo("s-history");
        assertThat(cs.stage("s-exam").orElseThrow().decision().multiple()).isTrue();
        assertThat(cs.stage("s-end").orElseThrow().bands()).extracting(CaseStudy.ScoreBand::message)
                .containsExactly("Ready for the seminar.", "Review the lessons.");
        // without next=, a decision leads to the following stage that is not a dead end
        assertThat(cs.defaultNext(history)).contains("s-exam");
    }

    @Test
    void the_case_example_in_the_authoring_guide_validates() throws Exception {
        String guide = Files.readString(Path.of("docs/authoring.md"));
        Matcher m = Pattern.compile("## Case studies.*?```markdown\\n(.*?)\\n```\\n", Pattern.DOTALL).matcher(guide);
        assertThat(m.find()).isTrue();
        CaseStudy cs = parser.parse("m", "m/cases/example.md", m.group(1), MarkdownRenderer.ImageResolver.NONE);
        assertThat(cs.problems()).isEmpty();
        assertThat(cs.idealPath()).first().isEqualTo("s-history");
    }

    @Test
    void an_unreachable_stage_is_reported_at_its_heading() {
        String body = GOOD + "\n## Orphan {#s-orphan}\n\nNobody comes here.\n\n### Decision\n\n- [x] On {next=s-end}\n  > ok\n- [ ] Off {next=s-end}\n  > ok\n";
        assertThat(parse(body).problems()).extracting(ContentProblem::toString)
                .containsExactly("m/cases/c.md:49: stage 's-orphan' cannot be reached from the first stage");
    }

    @Test
    void a_jump_to_a_missing_stage_is_reported_at_the_option() {
        assertThat(parse(GOOD.replace("next=s-exam}", "next=s-exma}")).problems()).extracting(ContentProblem::toString)
                .contains("m/cases/c.md:18: option 'Examine' jumps to a missing stage 's-exma'");
    }

    @Test
    void a_dead_end_returning_to_a_missing_stage_is_reported() {
        assertThat(parse(GOOD.replace("return=s-history", "return=s-nowhere")).problems()).extracting(ContentProblem::toString)
                .contains("m/cases/c.md:25: dead-end stage 's-dead' returns to a missing stage 's-nowhere'");
    }

    @Test
    void a_loop_with_no_way_out_is_reported() {
        String loop = """
                ## A {#s-a}

                ### Decision

                - [x] To B {next=s-b}
                  > ok
                - [ ] To end {next=s-end}
                  > ok

                ## B {#s-b}

                ### Decision

                - [x] To C {next=s-c}
                  > ok
                - [ ] Back to B {next=s-b}
                  > ok

                ## C {#s-c}

                ### Decision

                - [x] To B {next=s-b}
                  > ok
                - [ ] Stay {next=s-c}
                  > ok

                ## End {#s-end type=end}

                ### Score bands

                - 0-0: Done.
                """;
        assertThat(parse(loop).problems()).extracting(ContentProblem::toString).containsExactly(
                "m/cases/c.md:19: stage 's-b' is in a loop with no way out: no path from it reaches an end stage",
                "m/cases/c.md:28: stage 's-c' is in a loop with no way out: no path from it reaches an end stage");
    }

    @Test
    void a_case_without_an_end_stage_is_reported() {
        String body = GOOD.substring(0, GOOD.indexOf("## Debrief"));
        assertThat(parse(body).problems()).extracting(ContentProblem::toString)
                .contains("m/cases/c.md:5: the case has no end stage: mark the debrief stage type=end");
    }

    @Test
    void an_option_without_feedback_is_reported_at_its_line() {
        assertThat(parse(GOOD.replace("- [ ] Scan {next=s-dead}\n  > Not yet.\n", "- [ ] Scan {next=s-dead}\n")).problems())
                .extracting(ContentProblem::toString).containsExactly("m/cases/c.md:20: option 'Scan' has no feedback: add a block quote under it");
    }

    @Test
    void score_bands_with_a_gap_and_a_dead_end_without_return_are_reported() {
        String body = GOOD.replace("- 0-2: Review the lessons.", "- 0-1: Review the lessons.").replace(" return=s-history", "");
        assertThat(parse(body).problems()).extracting(ContentProblem::toString).containsExactlyInAnyOrder(
                "m/cases/c.md:25: dead-end stage 's-dead' must name the stage it returns to: return=s-...",
                "m/cases/c.md:40: score bands of 's-end' do not cover [2] (scores run from 0 to 4 on the ideal path)");
    }
}

package org.sotcourseware.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.ContentProblem;

/** Cases that reward safe reasoning (docs/authoring.md, "Case rules"). */
class CaseRulesTest {

    private static CaseStudy parse(String body) {
        CaseStudy cs = new CaseParser(new MarkdownRenderer()).parse("m", "m/cases/c.md",
                "---\nid: c-test\ntitle: Test case\n---\n\n# Test case\n\nA patient.\n\n" + body, MarkdownRenderer.ImageResolver.NONE);
        return cs; // variants may leave a stage unreachable: the rules run on the parsed case either way
    }

    private static List<String> rules(String body) {
        return CurriculumRules.caseRules(parse(body)).stream().map(ContentProblem::toString).toList();
    }

    // the case body starts on line 10
    private static final String GOOD = """
            ## History {#s-history}

            ### Decision {#d-history}

            - [ ] Manipulate the neck now {points=-2 next=s-harm unsafe}
              > Not before screening.
            - [x] Screen for red flags first {points=2 next=s-treat}
              > Right.
            - [ ] Refer at once {points=0 next=s-referral}
              > Not needed yet.

            ## Harm {#s-harm type=consequence return=s-history}

            The patient becomes dizzy.

            ## Early referral {#s-referral type=dead-end return=s-history}

            Nothing found warranted it.

            ## Treatment {#s-treat kind=treatment}

            Blocks are placed.

            ### Decision {#d-treat}

            - [x] Re-check the indicators {points=1 next=s-recheck}
              > Right.
            - [ ] Book the next visit {points=0 next=s-complaint}
              > Not yet.

            ## A complaint {#s-complaint type=consequence}

            The patient asks why nothing was checked.

            ### Decision {#d-complaint}

            - [x] Re-check now {points=0 next=s-recheck}
              > Better late.
            - [ ] Leave it {points=0 next=s-left}
              > No.

            ## Left unchecked {#s-left type=dead-end return=s-complaint}

            An unmeasured result teaches nothing.

            ## Re-check {#s-recheck kind=reassessment}

            The indicators are re-checked.

            ## Debrief {#s-end type=end}

            Done.

            ### Score bands

            - 0-3: Fine.
            """;

    @Test
    void a_case_that_follows_every_rule_has_no_problems() {
        assertThat(parse(GOOD).problems()).isEmpty();
        assertThat(rules(GOOD)).isEmpty();
    }

    @Test
    void the_case_example_in_the_authoring_guide_follows_the_rules() throws Exception {
        String guide = java.nio.file.Files.readString(java.nio.file.Path.of("docs/authoring.md"));
        var m = java.util.regex.Pattern.compile("## Case studies.*?```markdown\\n(.*?)\\n```\\n", java.util.regex.Pattern.DOTALL).matcher(guide);
        assertThat(m.find()).isTrue();
        CaseStudy cs = new CaseParser(new MarkdownRenderer()).parse("m", "m/cases/example.md", m.group(1), MarkdownRenderer.ImageResolver.NONE);
        assertThat(cs.problems()).isEmpty();
        assertThat(CurriculumRules.caseRules(cs)).isEmpty();
        assertThat(cs.idealPath()).containsExactly("s-history", "s-exam", "s-recheck", "s-debrief");
    }

    @Test
    void an_unsafe_option_that_scores_points_is_an_error() {
        assertThat(rules(GOOD.replace("{points=-2 next=s-harm unsafe}", "{points=1 next=s-harm unsafe}"))).containsExactly(
                "m/cases/c.md:14: unsafe option 'Manipulate the neck now' scores 1: an unsafe choice scores 0 or less");
    }

    @Test
    void an_unsafe_option_that_leads_on_the_path_is_an_error() {
        assertThat(rules(GOOD.replace("{points=-2 next=s-harm unsafe}", "{points=-2 next=s-referral unsafe}")
                .replace("{#s-referral type=dead-end return=s-history}", "{#s-referral}\n\n### Decision {#d-ref}\n\n"
                        + "- [x] Back {next=s-history}\n  > ok\n- [ ] On {next=s-treat}\n  > no\n"))).contains(
                "m/cases/c.md:14: unsafe option 'Manipulate the neck now' leads to 's-referral': an unsafe choice leads to a type=dead-end or type=consequence stage");
    }

    @Test
    void a_wrong_option_that_leads_where_the_right_one_does_is_an_error_also_by_the_implied_next() {
        assertThat(rules(GOOD.replace("- [ ] Refer at once {points=0 next=s-referral}", "- [ ] Refer at once {points=0 next=s-treat}")))
                .containsExactly("m/cases/c.md:18: wrong option 'Refer at once' leads to 's-treat', the stage the right choice leads to: "
                        + "send a wrong choice to a dead end, a consequence or a stage of its own");
        // without next= both options move to the following stage that is not off the path
        String implied = GOOD.replace("- [x] Screen for red flags first {points=2 next=s-treat}", "- [x] Screen for red flags first {points=2}")
                .replace("- [ ] Refer at once {points=0 next=s-referral}", "- [ ] Refer at once {points=0}");
        assertThat(rules(implied)).containsExactly("m/cases/c.md:18: wrong option 'Refer at once' leads to 's-treat', the stage the right "
                + "choice leads to: send a wrong choice to a dead end, a consequence or a stage of its own");
    }

    @Test
    void multiple_choice_decisions_are_exempt_from_the_same_target_rule() {
        String multiple = GOOD.replace("### Decision {#d-treat}", "### Decision {#d-treat type=multiple next=s-recheck}")
                .replace("- [x] Re-check the indicators {points=1 next=s-recheck}", "- [x] Re-check the indicators {points=1}")
                .replace("- [ ] Book the next visit {points=0 next=s-complaint}", "- [ ] Book the next visit {points=0}")
                .replace("## A complaint {#s-complaint type=consequence}", "## A complaint {#s-complaint type=consequence return=s-treat}")
                .replace("### Decision {#d-complaint}\n\n- [x] Re-check now {points=0 next=s-recheck}\n  > Better late.\n"
                        + "- [ ] Leave it {points=0 next=s-left}\n  > No.\n", "");
        String text = multiple.replace("## Left unchecked {#s-left type=dead-end return=s-complaint}\n\nAn unmeasured result teaches nothing.\n\n", "")
                .replace("- [ ] Refer at once {points=0 next=s-referral}", "- [ ] Refer at once {points=0 next=s-complaint}");
        assertThat(rules(text)).isEmpty();
    }

    @Test
    void the_experts_option_leading_to_a_consequence_is_an_error() {
        assertThat(rules(GOOD.replace("- [x] Re-check now {points=0 next=s-recheck}", "- [x] Re-check now {points=0 next=s-harm}")
                .replace("- [ ] Leave it {points=0 next=s-left}", "- [ ] Leave it {points=0 next=s-recheck}")))
                .contains("m/cases/c.md:46: the expert's option 'Re-check now' leads to the consequence stage 's-harm': "
                        + "a consequence follows a wrong choice, never the ideal path");
    }

    @Test
    void a_treatment_stage_with_no_reachable_reassessment_is_an_error() {
        assertThat(rules(GOOD.replace("{#s-recheck kind=reassessment}", "{#s-recheck}"))).containsExactly(
                "m/cases/c.md:29: treatment stage 's-treat' is not followed by a re-assessment: add a stage with kind=reassessment "
                        + "that the case reaches after it");
        // a re-assessment before the treatment does not count
        String before = GOOD.replace("{#s-recheck kind=reassessment}", "{#s-recheck}").replace("{#s-history}", "{#s-history kind=reassessment}");
        assertThat(rules(before)).hasSize(1);
    }
}

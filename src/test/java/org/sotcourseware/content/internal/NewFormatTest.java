package org.sotcourseware.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.ContentTree;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.Station;

/**
 * The content format of issues 19 and 20 (docs/authoring.md): outcomes with ids, {@code outcome=} on
 * questions, unsafe options, consequence stages and stage kinds, practical stations, links between lessons.
 */
class NewFormatTest {

    @TempDir
    Path dir;

    private final ContentLoader loader = new ContentLoader(new MarkdownRenderer());

    static final String STATION = """
            ---
            id: a-station-blocking
            title: Category One blocking
            minutes: 10
            outcomes: [o-blocking]
            ---

            # Category One blocking

            ## Candidate instructions

            A patient with low-back pain. **Assess** and place the blocks.

            ## Examiner notes

            The patient reports no red flags if asked.

            ## Checklist

            - Introduces self and obtains consent {marks=1 critical}
            - Asks about red flags before any contact {marks=2 critical}
            - Performs the arm-fossa test on both sides {marks=2 partial=1}
            - Places the blocks and explains why {marks=3 partial=1,2}
            - Re-checks the indicators after blocking {marks=2 partial=1}

            ## Global rating

            - fail: unsafe, or misses a critical item
            - borderline: safe but hesitant
            - pass: safe and correct
            - good: fluent and explains well
            - excellent: exemplary
            """;

    private ContentFixture fixture() {
        return ContentFixture.standard(dir).file("a/module.md", """
                ---
                id: a
                title: Module A
                summary: A summary.
                outcomes:
                  - id: o-blocking
                    text: Place the blocks for a Category One pattern.
                  - Describe the history.
                ---

                # Module A
                """);
    }

    @Test
    void outcomes_load_as_id_and_text_maps_and_plain_strings_still_load_without_an_id() {
        Curriculum c = loader.load(fixture().root());
        assertThat(c.problems()).isEmpty();
        CourseModule a = c.module("a").orElseThrow();
        assertThat(a.outcomes()).extracting(CourseModule.Outcome::id, CourseModule.Outcome::text, CourseModule.Outcome::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("o-blocking", "Place the blocks for a Category One pattern.", 6),
                org.assertj.core.groups.Tuple.tuple(null, "Describe the history.", 8));
        assertThat(a.outcome("o-blocking")).isPresent();
    }

    @Test
    void an_outcome_map_without_text_or_with_a_bad_id_is_reported_at_its_line() {
        fixture().file("a/module.md", """
                ---
                id: a
                title: Module A
                summary: A summary.
                outcomes:
                  - id: o-one
                  - id: Bad Id
                    text: Something.
                ---

                # Module A
                """);
        assertThat(loader.load(dir).problems()).extracting(ContentProblem::toString).containsExactly(
                "a/module.md:6: outcome 'o-one' has no text",
                "a/module.md:7: outcome id 'Bad Id' must use only lowercase letters, digits and hyphens");
    }

    @Test
    void a_question_names_its_outcome() {
        QuizParser parser = new QuizParser(new MarkdownRenderer());
        var quiz = parser.parse("m", "m/quiz.md", "---\nid: q\ntitle: Q\n---\n\n## Pick one {#q-1 outcome=o-blocking points=2}\n\n- [x] a\n- [ ] b\n",
                MarkdownRenderer.ImageResolver.NONE);
        assertThat(quiz.problems()).isEmpty();
        assertThat(quiz.questions()).extracting(Question::outcome).containsExactly("o-blocking");
        var bad = parser.parse("m", "m/quiz.md", "---\nid: q\ntitle: Q\n---\n\n## Pick one {#q-1 outcome=O_Bad}\n\n- [x] a\n- [ ] b\n",
                MarkdownRenderer.ImageResolver.NONE);
        assertThat(bad.problems()).extracting(ContentProblem::toString).containsExactly(
                "m/quiz.md:6: outcome 'O_Bad' of question 'q-1' must be an outcome id from module.md (lowercase letters, digits and hyphens)");
    }

    @Test
    void a_bare_word_in_a_question_heading_is_an_unknown_attribute_not_silently_ignored() {
        var quiz = new QuizParser(new MarkdownRenderer()).parse("m", "m/quiz.md",
                "---\nid: q\ntitle: Q\n---\n\n## Pick one {#q-1 critical}\n\n- [x] a\n- [ ] b\n", MarkdownRenderer.ImageResolver.NONE);
        assertThat(quiz.problems()).extracting(ContentProblem::message).containsExactly(
                "unknown question attribute 'critical' (use type, points, tags, outcome)");
    }

    static final String CASE = """
            ---
            id: c-test
            title: Test case
            ---

            # Test case

            A patient.

            ## History {#s-history}

            ### Decision {#d-history}

            - [ ] Manipulate the neck now {points=-2 next=s-harm unsafe}
              > Not before screening.
            - [x] Screen first {points=2 next=s-treat}
              > Right.

            ## Harm {#s-harm type=consequence return=s-history}

            The patient becomes dizzy.

            ## Treatment {#s-treat kind=treatment}

            Blocks are placed.

            ### Decision {#d-treat}

            - [x] Re-check the indicators {points=1 next=s-recheck}
              > Right.
            - [ ] Send the patient home {points=0 next=s-complaint}
              > Not yet.

            ## A complaint {#s-complaint type=consequence}

            The patient complains.

            ### Decision {#d-complaint}

            - [x] Apologise and re-check {points=0 next=s-recheck}
              > Better late.
            - [ ] Ignore it {points=0 next=s-end}
              > No.

            ## Re-check {#s-recheck kind=reassessment}

            The indicators are re-checked.

            ## Debrief {#s-end type=end}

            Done.

            ### Score bands

            - 0-3: Fine.
            """;

    @Test
    void unsafe_options_consequence_stages_and_stage_kinds_parse() {
        CaseStudy cs = new CaseParser(new MarkdownRenderer()).parse("m", "m/cases/c.md", CASE, MarkdownRenderer.ImageResolver.NONE);
        assertThat(cs.problems()).isEmpty();
        CaseStudy.Stage history = cs.first();
        assertThat(history.decision().options()).extracting(CaseStudy.Option::unsafe, CaseStudy.Option::points, CaseStudy.Option::next)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, -2, "s-harm"), org.assertj.core.groups.Tuple.tuple(false, 2, "s-treat"));
        assertThat(history.decision().options().getFirst().text()).isEqualTo("Manipulate the neck now");
        assertThat(cs.stage("s-harm").orElseThrow().type()).isEqualTo(CaseStudy.StageType.CONSEQUENCE);
        assertThat(cs.stage("s-treat").orElseThrow().kind()).isEqualTo(CaseStudy.StageKind.TREATMENT);
        assertThat(cs.stage("s-recheck").orElseThrow().kind()).isEqualTo(CaseStudy.StageKind.REASSESSMENT);
        // a consequence that returns sends the student back; one with a decision goes on from it
        assertThat(cs.next(cs.stage("s-harm").orElseThrow(), java.util.Set.of())).contains("s-history");
        // consequences are off the path: a plain stage never continues into one by default
        assertThat(cs.defaultNext(cs.stage("s-treat").orElseThrow())).contains("s-recheck");
        assertThat(cs.idealPath()).containsExactly("s-history", "s-treat", "s-recheck", "s-end");
    }

    @Test
    void a_consequence_that_leads_nowhere_and_an_unknown_kind_are_reported() {
        String text = CASE.replace("{#s-harm type=consequence return=s-history}", "{#s-harm type=consequence}")
                .replace("{#s-treat kind=treatment}", "{#s-treat kind=therapy}")
                .replace("{#s-recheck kind=reassessment}", "{#s-recheck return=s-history}");
        CaseStudy cs = new CaseParser(new MarkdownRenderer()).parse("m", "m/cases/c.md", text, MarkdownRenderer.ImageResolver.NONE);
        assertThat(cs.problems()).extracting(ContentProblem::message).contains(
                "consequence stage 's-harm' leads nowhere: name the stage it returns to (return=s-...) or add a decision",
                "unknown stage kind 'therapy': use treatment or reassessment",
                "stage 's-recheck' has return= but only a dead-end or consequence stage returns");
    }

    @Test
    void a_station_is_parsed_into_its_parts_and_loaded_with_its_module() {
        Curriculum c = loader.load(fixture().file("a/practical/blocking.md", STATION).root());
        assertThat(c.problems()).isEmpty();
        Station s = c.module("a").orElseThrow().stations().getFirst();
        assertThat(s.id()).isEqualTo("a-station-blocking");
        assertThat(s.title()).isEqualTo("Category One blocking");
        assertThat(s.minutes()).isEqualTo(10);
        assertThat(s.outcomes()).containsExactly("o-blocking");
        assertThat(s.sourceFile()).isEqualTo("a/practical/blocking.md");
        assertThat(s.candidateInstructions()).isEqualTo("A patient with low-back pain. **Assess** and place the blocks.");
        assertThat(s.examinerNotes()).isEqualTo("The patient reports no red flags if asked.");
        assertThat(s.checklist()).extracting(Station.ChecklistItem::marks).containsExactly(1, 2, 2, 3, 2);
        assertThat(s.checklist()).extracting(Station.ChecklistItem::critical).containsExactly(true, true, false, false, false);
        assertThat(s.checklist().get(3).partial()).containsExactly(1, 2);
        assertThat(s.checklist().get(3).text()).isEqualTo("Places the blocks and explains why");
        assertThat(s.checklist().get(3).line()).isEqualTo(23);
        assertThat(s.globalRating()).extracting(Station.RatingLevel::level).containsExactlyElementsOf(Station.RATING_LEVELS);
        assertThat(s.globalRating().getFirst().description()).isEqualTo("unsafe, or misses a critical item");
        assertThat(s.totalMarks()).isEqualTo(10);
        assertThat(s.passMarks()).isEqualTo(7.5);
        assertThat(c.module("a").orElseThrow().publishedStations()).hasSize(1);
    }

    @Test
    void a_station_with_a_missing_section_and_bad_marks_is_reported_with_file_and_line() {
        String bad = STATION.replace("## Examiner notes\n\nThe patient reports no red flags if asked.\n\n", "")
                .replace("{marks=2 partial=1}\n- Places", "{marks=two partial=1}\n- Places")
                .replace("{marks=3 partial=1,2}", "{marks=3 partial=1,x weight=2}")
                .replace("- Re-checks the indicators after blocking {marks=2 partial=1}", "- Re-checks the indicators after blocking");
        Curriculum c = loader.load(fixture().file("a/practical/blocking.md", bad).root());
        assertThat(c.problems()).extracting(ContentProblem::toString).containsExactlyInAnyOrder(
                "a/practical/blocking.md:7: the station has no '## Examiner notes' section",
                "a/practical/blocking.md:18: marks must be a whole number, not 'two'",
                "a/practical/blocking.md:19: unknown checklist attribute 'weight' (use marks, partial, critical)",
                "a/practical/blocking.md:19: partial marks are whole numbers separated by commas (partial=1,2), not '1,x'",
                "a/practical/blocking.md:20: checklist item 'Re-checks the indicators after blocking' has no marks: end it with {marks=N}");
        assertThat(c.module("a").orElseThrow().publishedStations()).isEmpty();
    }

    @Test
    void links_between_lessons_are_rewritten_to_the_lesson_routes_keeping_the_anchor() {
        ContentFixture f = fixture()
                .lesson("a", "03-third.md", "third-lesson", 3, "# Third\n\nSee [the intro](../../b/lessons/01-intro.md#intro), "
                        + "[the second](02-second.md), [module B](../../b/module.md), [the web](https://example.org/x.md) and "
                        + "[a missing one](09-none.md).");
        ContentTree tree = ContentTree.read(f.root());
        String html = new MarkdownRenderer().render(loader.load(tree).lesson("a", "third-lesson").orElseThrow().markdown(),
                ContentLoader.imagesFor(tree, "a", "a/lessons/03-third.md")).document().html();
        assertThat(html).contains("href=\"modules/b/intro#intro\"", "href=\"modules/a/second\"", "href=\"modules/b\"",
                "href=\"https://example.org/x.md\"", "href=\"09-none.md\"");
    }

    @Test
    void a_cached_rendering_follows_a_change_of_the_linked_lessons_id() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        ContentFixture f = fixture().lesson("a", "03-third.md", "third", 3, "# Third\n\nSee [the second](02-second.md).");
        ContentTree tree = ContentTree.read(f.root());
        String md = loader.load(tree).lesson("a", "third").orElseThrow().markdown();
        assertThat(renderer.render(md, ContentLoader.imagesFor(tree, "a", "a/lessons/03-third.md")).document().html())
                .contains("href=\"modules/a/second\"");
        ContentTree renamed = tree.with("a/lessons/02-second.md", "---\nid: second-renamed\ntitle: S\norder: 2\n---\n\n# S\n".getBytes());
        assertThat(renderer.render(md, ContentLoader.imagesFor(renamed, "a", "a/lessons/03-third.md")).document().html())
                .contains("href=\"modules/a/second-renamed\"");
    }
}

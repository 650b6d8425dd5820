package org.sotcourseware.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.internal.ContentLoader;
import org.sotcourseware.content.internal.MarkdownRenderer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The curriculum's content minimums (issues "Curriculum content I and II"), read from the
 * {@code check-content --json} report of content/ for all twelve modules.
 */
class CurriculumMinimumsTest {

    static List<Map<String, Object>> modules;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void report() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = ContentCheck.run(List.of("--json", "content"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        Map<String, Object> report = JsonMapper.builder().build().readValue(out.toString(StandardCharsets.UTF_8), Map.class);
        assertThat((List<?>) report.get("errors")).as("check-content errors").isEmpty();
        assertThat(exit).isZero();
        modules = (List<Map<String, Object>>) report.get("modules");
    }

    @Test
    void all_twelve_modules_are_present() {
        assertThat(modules).hasSize(12);
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_module_has_at_least_five_lessons_of_700_to_1500_words_each_with_references() {
        for (Map<String, Object> m : modules) {
            assertThat((Integer) m.get("lessons")).as(m.get("id") + " lessons").isGreaterThanOrEqualTo(5);
            for (Map<String, Object> l : (List<Map<String, Object>>) m.get("lessonDetails")) {
                assertThat((Integer) l.get("words")).as(l.get("file") + " words").isBetween(700, 1500);
                assertThat((Boolean) l.get("references")).as(l.get("file") + " has a References section").isTrue();
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_quiz_has_twelve_questions_in_four_types_with_full_feedback_and_a_75_percent_pass_mark() {
        for (Map<String, Object> m : modules) {
            assertThat((Integer) m.get("questions")).as(m.get("id") + " questions").isGreaterThanOrEqualTo(12);
            assertThat((List<String>) m.get("questionTypes")).as(m.get("id") + " question types").hasSizeGreaterThanOrEqualTo(4);
            Map<String, Object> quiz = (Map<String, Object>) m.get("quiz");
            assertThat((Integer) quiz.get("passMark")).as(m.get("id") + " pass mark").isEqualTo(75);
            assertThat(((Number) quiz.get("wrongOptionsWithoutFeedback")).intValue()).as(m.get("id") + " wrong options without feedback").isZero();
            assertThat(((Number) quiz.get("questionsWithoutExplanation")).intValue()).as(m.get("id") + " questions without explanation").isZero();
        }
        for (String module : List.of("foundations", "category-one")) {
            Map<String, Object> m = modules.stream().filter(x -> x.get("id").equals(module)).findFirst().orElseThrow();
            assertThat((List<String>) m.get("questionTypes")).as(module + " uses every type")
                    .containsExactlyInAnyOrder("single", "multiple", "truefalse", "numeric", "text", "order", "match");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_module_has_two_cases_each_with_three_decisions_a_branch_and_a_dead_end_or_consequence() {
        for (Map<String, Object> m : modules) {
            assertThat((Integer) m.get("cases")).as(m.get("id") + " cases").isGreaterThanOrEqualTo(2);
            for (Map<String, Object> c : (List<Map<String, Object>>) m.get("caseDetails")) {
                assertThat((Integer) c.get("decisions")).as(c.get("file") + " decisions").isGreaterThanOrEqualTo(3);
                assertThat(((Number) c.get("branches")).intValue()).as(c.get("file") + " branches").isGreaterThanOrEqualTo(1);
                // a consequence stage (issue 19) is a dead end that also tells what the wrong choice led to
                assertThat(((Number) c.get("deadEnds")).intValue() + ((Number) c.get("consequences")).intValue())
                        .as(c.get("file") + " dead ends and consequences").isGreaterThanOrEqualTo(1);
            }
        }
    }

    @Test
    void every_module_has_its_own_svg_diagram_used_by_a_lesson() throws Exception {
        for (Map<String, Object> m : modules) {
            Path images = Path.of("content", (String) m.get("id"), "images");
            List<Path> svgs;
            try (Stream<Path> files = Files.list(images)) {
                svgs = files.filter(p -> p.toString().endsWith(".svg")).toList();
            }
            assertThat(svgs).as(m.get("id") + " SVG diagrams").isNotEmpty();
            String lessons;
            try (Stream<Path> files = Files.list(Path.of("content", (String) m.get("id"), "lessons"))) {
                lessons = String.join("\n", files.map(p -> {
                    try {
                        return Files.readString(p);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).toList());
            }
            assertThat(svgs).as(m.get("id") + " diagrams used in a lesson")
                    .anySatisfy(svg -> assertThat(lessons).contains("images/" + svg.getFileName()));
        }
    }

    @Test
    void every_lesson_renders_without_leftover_markdown_syntax_and_with_evidence_notes_somewhere_in_each_module() {
        Curriculum c = new ContentLoader(new MarkdownRenderer()).load(Path.of("content"));
        CatalogueRendering rendering = new CatalogueRendering();
        for (CourseModule m : c.modules()) {
            boolean evidence = false;
            for (Lesson l : m.lessons()) {
                String html = rendering.render(m, l);
                assertThat(html).as(l.sourceFile()).doesNotContain("[!NOTE]", "[!EVIDENCE]", "[!CAUTION]", "{#", "[^", "](../");
                evidence |= html.contains("callout-evidence");
            }
            assertThat(evidence).as(m.id() + " has an Evidence and cautions note").isTrue();
        }
    }

    /** Renders lessons as the app does (same pipeline, same image resolution). */
    static final class CatalogueRendering {
        private final MarkdownRenderer renderer = new MarkdownRenderer();
        private final ContentTree tree = ContentTree.read(Path.of("content"));

        String render(CourseModule m, Lesson l) {
            return renderer.render(l.markdown(), ContentLoader.imagesFor(tree, m.id(), l.sourceFile())).document().html();
        }
    }
}

package org.sotcourseware.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sotcourseware.content.internal.ContentFixture;
import tools.jackson.databind.json.JsonMapper;

class ContentCheckTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ContentCheck.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void good_content_prints_the_summary_and_exits_0() {
        ContentFixture.standard(dir);
        assertThat(run(dir.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("modules=2 lessons=3 quizzes=0 questions=0 cases=0 stations=0 errors=0 warnings=0 duplicated=0.0%");
    }

    @Test
    void problems_are_printed_as_file_line_message_and_exit_1() {
        ContentFixture.standard(dir).file("a/lessons/03-bad.md", "no front matter\n");
        assertThat(run(dir.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "a/lessons/03-bad.md:1: missing front matter: the file must start with a '---' line, the YAML settings, and another '---' line",
                "modules=2 lessons=4 quizzes=0 questions=0 cases=0 stations=0 errors=1 warnings=0 duplicated=0.0%");
    }

    @Test
    @SuppressWarnings("unchecked")
    void json_report_lists_modules_and_errors() {
        ContentFixture.standard(dir).file("b/lessons/02-bad.md", "---\nid: bad\n---\n");
        assertThat(run("--json", dir.toString())).isEqualTo(1);
        Map<String, Object> report = JsonMapper.builder().build().readValue(out.toString(StandardCharsets.UTF_8), Map.class);
        List<Map<String, Object>> modules = (List<Map<String, Object>>) report.get("modules");
        assertThat(modules).extracting(m -> m.get("id")).containsExactly("a", "b");
        assertThat(modules.getFirst()).containsEntry("lessons", 2).containsKeys("title", "words", "quizzes", "questions", "questionTypes", "cases");
        List<Map<String, Object>> errors = (List<Map<String, Object>>) report.get("errors");
        assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e).containsKeys("file", "line", "message"));
    }

    @Test
    void unknown_options_are_a_usage_error() {
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --frobnicate");
    }

    @Test
    void hostile_markdown_is_reported_with_file_and_line_instead_of_a_stack_dump() {
        ContentFixture.standard(dir)
                .lesson("a", "03-deep.md", "deep", 3, "Intro.\n\n" + ">".repeat(10_000) + " deep\n")
                .lesson("a", "04-style.md", "style", 4, "Intro.\n\n<style>\n\nMore.\n")
                .file("a/quiz.md", "---\nid: a-quiz\n---\n\n" + "- ".repeat(5_000) + "x\n");
        assertThat(run(dir.toString())).isEqualTo(1);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("a/lessons/03-deep.md:10: block quotes and lists are nested 10000 levels deep here",
                "a/lessons/04-style.md:10: raw HTML '<style>' is never closed",
                "a/quiz.md:5: block quotes and lists are nested 5000 levels deep here");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}

package org.sotcourseware.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sotcourseware.content.ContentProblem;

/** Front-matter mistakes are reported in plain words on the line that has the mistake, not where the parser noticed it. */
class FrontMatterWordsTest {

    private static ContentProblem only(String text) {
        List<ContentProblem> problems = new ArrayList<>();
        FrontMatter.parse(text, "m/lessons/01-a.md", problems);
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }

    @Test
    void a_setting_without_a_colon_is_reported_on_its_own_line() {
        ContentProblem p = only("---\nid: a\norder: 1\ntitle The model\nminutes: 5\n---\nBody\n");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).contains("line 4").contains("title The model").contains("has no ':'").doesNotContain("could not find expected");
    }

    @Test
    void an_unquoted_colon_in_a_value_says_to_quote_it() {
        ContentProblem p = only("---\nid: a\ntitle: Category One: blocking\n---\nBody\n");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("must be in quotes");
    }

    @Test
    void a_setting_given_twice_is_named() {
        ContentProblem p = only("---\nid: a\ntitle: One\ntitle: Two\n---\nBody\n");
        assertThat(p.message()).contains("'title' appears twice");
    }

    @Test
    void a_tab_for_indenting_is_named() {
        ContentProblem p = only("---\nid: a\ntags:\n\t- one\n---\nBody\n");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).contains("tab character");
    }

    @Test
    void an_unclosed_quote_names_the_line_it_opened_on() {
        ContentProblem p = only("---\nid: a\ntitle: \"The model\norder: 1\n---\nBody\n");
        assertThat(p.message()).contains("quote opened on line 3");
        assertThat(p.line()).isEqualTo(3);
    }
}

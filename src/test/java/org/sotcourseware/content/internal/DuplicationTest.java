package org.sotcourseware.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sotcourseware.content.ContentProblem;

/** The repetition measure and warnings (docs/authoring.md, "Repetition"), on small fixtures with hand-counted figures. */
class DuplicationTest {

    @TempDir
    Path dir;

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private Duplication.Report measure(ContentFixture f) {
        return Duplication.measure(new ContentLoader(renderer).load(f.root()), renderer);
    }

    private static final String SHARED = "the red flag screen comes before any contact with the patient in every module";

    @Test
    void words_are_lower_case_letters_and_digits_with_inner_apostrophes() {
        assertThat(Duplication.words("DeJarnette's  model: C1–C2, 45° (and) ‘quoted’")).containsExactly(
                "dejarnette's", "model", "c1", "c2", "45", "and", "quoted");
    }

    @Test
    void a_sentence_repeated_in_another_lesson_counts_its_words_in_both_and_is_reported_once_at_the_later_place() {
        // a: "First lesson text <SHARED> here." (3 + 14 + 1 words) and "Nothing in common at all." (5); b: "<SHARED>." (14 words)
        ContentFixture f = ContentFixture.standard(dir)
                .lesson("a", "01-first.md", "first", 1, "# First\n\nFirst lesson text " + SHARED + " here.\n\n## References\n\n[^1]: x")
                .lesson("a", "02-second.md", "second", 2, "# Second\n\nNothing in common at all.")
                .lesson("b", "01-intro.md", "intro", 1, "# Intro\n\n## Heading not counted\n\n" + SHARED + ".\n");
        Duplication.Report r = measure(f);
        assertThat(r.modules().get("a")).isEqualTo(new Duplication.Share(18 + 5, 14));
        assertThat(r.modules().get("b")).isEqualTo(new Duplication.Share(14, 14));
        assertThat(r.overall()).isEqualTo(new Duplication.Share(37, 28));
        assertThat(r.overall().share()).isEqualTo(28 / 37.0);
        assertThat(r.warnings()).extracting(ContentProblem::toString).containsExactly(
                "b/lessons/01-intro.md:12: 14 of this block's 14 words repeat a/lessons/01-first.md:10 (from \"the red flag screen comes "
                        + "before any contact ...\"): keep the text in one place and link to it");
    }

    @Test
    void seven_shared_words_in_a_row_are_not_a_repetition_and_repetition_inside_one_lesson_does_not_count() {
        ContentFixture f = ContentFixture.standard(dir)
                .lesson("a", "01-first.md", "first", 1, "# First\n\none two three four five six seven alpha.\n\n"
                        + "eight nine ten eleven twelve thirteen fourteen fifteen.\n\neight nine ten eleven twelve thirteen fourteen fifteen.")
                .lesson("a", "02-second.md", "second", 2, "# Second\n\none two three four five six seven beta.")
                .lesson("b", "01-intro.md", "intro", 1, "# Intro\n\nUnrelated words only.");
        Duplication.Report r = measure(f);
        assertThat(r.overall().duplicatedWords()).isZero();
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void the_references_section_footnotes_and_headings_are_left_out() {
        String refs = "\n\n## References\n\n[^1]: " + SHARED + ".\n";
        ContentFixture f = ContentFixture.standard(dir)
                .lesson("a", "01-first.md", "first", 1, "# " + SHARED + "\n\nOne.[^1]" + refs)
                .lesson("b", "01-intro.md", "intro", 1, "# " + SHARED + "\n\nTwo.[^1]" + refs);
        assertThat(measure(f).overall().duplicatedWords()).isZero();
    }

    @Test
    void table_text_counts() {
        String table = "| Finding | Meaning |\n|---|---|\n| " + SHARED + " | yes |\n";
        ContentFixture f = ContentFixture.standard(dir)
                .lesson("a", "01-first.md", "first", 1, "# A\n\n" + table)
                .lesson("b", "01-intro.md", "intro", 1, "# B\n\n" + table);
        assertThat(measure(f).modules().get("b").duplicatedWords()).isEqualTo(2 + 14 + 1);
    }

    @Test
    void a_lightly_reworded_paragraph_of_40_words_is_a_near_duplicate_naming_both_places() {
        String words = "Category Two describes a sacroiliac joint whose weight bearing function is disturbed so the patient often reports "
                + "pain on one side that changes with posture and the arm fossa test together with the inguinal ligament findings "
                + "guides where the blocks go while supine";
        // every seventh word changed: no 8-word run survives, most word pairs do
        String[] w = words.split(" ");
        StringBuilder changed = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            changed.append(i % 7 == 3 ? "x" + i : w[i]).append(' ');
        }
        ContentFixture f = ContentFixture.standard(dir)
                .lesson("a", "01-first.md", "first", 1, "# A\n\n" + words + ".")
                .lesson("b", "01-intro.md", "intro", 1, "# B\n\n" + changed.toString().strip() + ".");
        Duplication.Report r = measure(f);
        assertThat(r.warnings()).singleElement().extracting(ContentProblem::toString).asString()
                .startsWith("b/lessons/01-intro.md:10: paragraph of " + w.length + " words is ")
                .endsWith("% the same as a/lessons/01-first.md:10 (near-duplicate): keep the text in one place and link to it");
        // a short paragraph is not compared as a paragraph
        ContentFixture g = ContentFixture.standard(dir.resolve("g"))
                .lesson("a", "01-first.md", "first", 1, "# A\n\n" + String.join(" ", List.of(w).subList(0, 30)) + ".")
                .lesson("b", "01-intro.md", "intro", 1, "# B\n\nthe " + String.join(" x ", List.of(w).subList(0, 30)) + ".");
        assertThat(measure(g).warnings()).isEmpty();
    }
}

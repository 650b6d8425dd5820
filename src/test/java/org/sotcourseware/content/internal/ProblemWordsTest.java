package org.sotcourseware.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sotcourseware.base.Message;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.content.NumericValue;

/**
 * Content problems carry their words as a {@link Message} (key and values) for the screens, in the reader's language,
 * while {@code message()} stays the English text check-content prints; and a module's {@code language:} is read,
 * normalised and checked.
 */
class ProblemWordsTest {

    private final ContentLoader loader = new ContentLoader(new MarkdownRenderer());

    @Test
    void a_front_matter_problem_has_a_key_values_an_english_message_and_a_german_text() {
        List<ContentProblem> problems = new ArrayList<>();
        FrontMatter fm = FrontMatter.parse("---\nid: a\norder: many\n---\nBody\n", "m/lessons/01-a.md", problems);
        fm.integer("order", "m/lessons/01-a.md", problems);

        ContentProblem p = problems.getFirst();
        assertThat(p.text()).isEqualTo(Message.of("content.front-matter.whole-number-not", "order", "many"));
        assertThat(p.message()).isEqualTo("'order' must be a whole number, not 'many'");
        assertThat(p.toString()).isEqualTo("m/lessons/01-a.md:3: 'order' must be a whole number, not 'many'");
        assertThat(p.text().in(Locale.GERMAN)).isEqualTo("'order' muss eine ganze Zahl sein, nicht 'many'");
    }

    @Test
    void a_yaml_mistake_nests_its_own_message_inside_the_front_matter_one() {
        List<ContentProblem> problems = new ArrayList<>();
        FrontMatter.parse("---\nid: a\ntitle: One\ntitle: Two\n---\nBody\n", "m/lessons/01-a.md", problems);

        Message text = problems.getFirst().text();
        assertThat(text.key()).isEqualTo("content.front-matter.yaml-error");
        assertThat(text.args()).singleElement().isEqualTo(Message.of("content.yaml.setting-appears-twice-keep", "title"));
        assertThat(problems.getFirst().message()).isEqualTo("front matter: the setting 'title' appears twice; keep one");
        assertThat(text.in(Locale.GERMAN)).isEqualTo("Front Matter: die Einstellung 'title' kommt zweimal vor; behalten Sie eine");
    }

    @Test
    void a_broken_quiz_reports_problems_as_messages_of_the_content_bundle_in_both_languages(@TempDir Path dir) {
        ContentFixture.standard(dir).file("a/quiz.md", """
                ---
                id: quiz-a
                title: Quiz A
                pass-mark: 80
                ---

                ## Which is right? {#q-one type=single outcome=o-x}

                - [x] This
                - [x] That
                """);
        Curriculum c = loader.load(dir);
        List<ContentProblem> quizProblems = c.module("a").orElseThrow().quiz().problems();

        assertThat(quizProblems).anySatisfy(p -> {
            assertThat(p.text().key()).isEqualTo("content.quiz.single-choice-question-correct");
            assertThat(p.text().args().getFirst()).isEqualTo("q-one");
            assertThat(((Number) p.text().args().get(1)).intValue()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("single-choice question 'q-one' has 2 correct options: mark one, or add type=multiple");
            assertThat(p.text().in(Locale.GERMAN)).startsWith("die Einfachauswahlfrage 'q-one' hat 2 richtige Optionen");
        });
        assertThat(quizProblems).allSatisfy(p -> {
            assertThat(p.text().key()).startsWith("content.");
            assertThat(p.text().in(Locale.GERMAN)).doesNotContain("!content.");
        });
    }

    @Test
    void every_problem_of_a_broken_content_folder_has_german_words(@TempDir Path dir) {
        ContentFixture.standard(dir)
                .lesson("a", "03-third.md", "first", 0, "# Third\n\n![](missing.png) [a link](nowhere.md) <div>raw")
                .file("b/module.md", "---\nid: b\ntitle: Module B\nsummary: S.\nhours: lots\nlanguage: English\n---\n# B\n");
        List<ContentProblem> all = new ArrayList<>(loader.load(dir).problems());

        assertThat(all).hasSizeGreaterThan(3);
        assertThat(all).allSatisfy(p -> {
            assertThat(p.text().key()).isNotEqualTo("content.problem.as-written");
            assertThat(p.text().in(Locale.GERMAN)).isNotEqualTo(p.message()).doesNotContain("!content.");
        });
    }

    @Test
    void a_module_says_its_language_and_english_is_the_default(@TempDir Path dir) {
        ContentFixture.standard(dir).file("b/module.md", "---\nid: b\ntitle: Modul B\nsummary: S.\nhours: 2\nlanguage: de_ch\n---\n# B\n");
        Curriculum c = loader.load(dir);
        assertThat(c.module("a").orElseThrow().language()).isEqualTo("en");
        // a well-formed tag in any case is kept in its normal spelling; de_ch is not one (BCP 47 uses hyphens)
        assertThat(c.module("b").orElseThrow().language()).isEqualTo("en");
        assertThat(c.module("b").orElseThrow().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.text()).isEqualTo(Message.of("content.problem.language-invalid", "de_ch"));
            assertThat(p.message()).contains("language tag").contains("'de_ch'");
        });

        ContentFixture.standard(dir).file("b/module.md", "---\nid: b\ntitle: Modul B\nsummary: S.\nhours: 2\nlanguage: DE-ch\n---\n# B\n");
        Curriculum again = loader.load(dir);
        assertThat(again.module("b").orElseThrow().language()).isEqualTo("de-CH");
        assertThat(again.module("b").orElseThrow().problems()).isEmpty();
    }

    @Test
    void a_language_name_instead_of_a_tag_is_a_problem() {
        List<ContentProblem> problems = new ArrayList<>();
        FrontMatter fm = FrontMatter.parse("---\nid: b\nlanguage: English\n---\nBody\n", "b/module.md", problems);
        assertThat(fm.language("b/module.md", problems)).isEmpty();
        assertThat(problems).singleElement().extracting(ContentProblem::line).isEqualTo(3);
    }

    @Test
    void a_numeric_answer_that_is_not_a_number_is_explained_in_the_readers_language() {
        assertThat(NumericValue.problemText("seventy five")).contains(Message.of("content.numeric.not-a-number"));
        assertThat(NumericValue.problem("seventy five")).contains(NumericValue.NOT_A_NUMBER);
        assertThat(NumericValue.problemText("1,500").orElseThrow().in(Locale.GERMAN)).contains("1500").contains("1.500");
    }
}

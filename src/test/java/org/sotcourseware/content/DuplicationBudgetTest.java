package org.sotcourseware.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.sotcourseware.content.internal.ContentLoader;
import org.sotcourseware.content.internal.Duplication;
import org.sotcourseware.content.internal.MarkdownRenderer;

/** The repetition budget over content/: at most 3% of lesson words repeated elsewhere in the curriculum (issue 19). */
class DuplicationBudgetTest {

    @Test
    void at_most_three_percent_of_lesson_words_are_duplicated_elsewhere() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        Duplication.Report r = Duplication.measure(new ContentLoader(renderer).load(Path.of("content")), renderer);
        StringBuilder perModule = new StringBuilder();
        r.modules().forEach((m, s) -> perModule.append(String.format(java.util.Locale.ROOT, "%n  %s: %.1f%% of %d words", m, s.share() * 100, s.words())));
        assertThat(r.overall().share()).as("duplicated share of lesson words (check-content content lists each passage)" + perModule)
                .isLessThanOrEqualTo(Duplication.BUDGET);
    }
}

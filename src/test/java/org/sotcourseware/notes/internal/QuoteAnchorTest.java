package org.sotcourseware.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sotcourseware.notes.internal.QuoteAnchor.NotPlaced;
import org.sotcourseware.notes.internal.QuoteAnchor.Placed;
import org.sotcourseware.notes.internal.QuoteAnchor.Selector;

/** Highlights are found again after the lesson changes: moved, duplicated, lightly edited; or reported as lost. */
class QuoteAnchorTest {

    private static final String LESSON = """
            <div class="prose"><h1>Category Two</h1>
            <p>Category Two is a weight-bearing sacroiliac problem. The sacroiliac joint is unstable under load.</p>
            <p>Blocks are placed under the pelvis. The patient breathes slowly while the blocks work.</p>
            <p>Reassess the indicators after every correction.</p></div>""";

    private static String text(String html) {
        return LessonText.canonical(html);
    }

    private static Selector selectorFor(String html, String quote) {
        String t = text(html);
        String q = QuoteAnchor.canonical(quote);
        int at = t.indexOf(q);
        assertThat(at).as("quote in the original").isNotNegative();
        return QuoteAnchor.select(t, at, at + q.length());
    }

    private static String found(String html, Selector s) {
        String t = text(html);
        if (QuoteAnchor.place(t, s) instanceof Placed p) {
            return t.substring(p.start(), p.end());
        }
        return null;
    }

    @Test
    void a_highlight_is_found_where_it_was_in_an_unchanged_lesson() {
        Selector s = selectorFor(LESSON, "The sacroiliac joint is unstable under load.");
        assertThat(QuoteAnchor.place(text(LESSON), s)).isEqualTo(new Placed(s.start(), s.start() + s.exact().length(), 0));
    }

    @Test
    void a_highlight_moves_with_its_text_when_a_paragraph_is_added_before_it() {
        Selector s = selectorFor(LESSON, "Blocks are placed under the pelvis.");
        String edited = LESSON.replace("<h1>Category Two</h1>", "<h1>Category Two</h1><p>A new opening paragraph about history and terms.</p>");
        Placed p = (Placed) QuoteAnchor.place(text(edited), s);
        assertThat(p.start()).isGreaterThan(s.start());
        assertThat(found(edited, s)).isEqualTo(QuoteAnchor.canonical("Blocks are placed under the pelvis."));
    }

    @Test
    void white_space_and_line_breaks_do_not_matter() {
        Selector s = selectorFor(LESSON, "The patient breathes slowly");
        String reflowed = LESSON.replace("The patient breathes slowly", "The patient\n   breathes\u00A0slowly");
        assertThat(QuoteAnchor.place(text(reflowed), s)).isInstanceOf(Placed.class).extracting(x -> ((Placed) x).edits()).isEqualTo(0);
    }

    @Test
    void of_two_identical_passages_the_one_with_the_same_context_is_chosen() {
        String html = "<p>First: reassess now. Then rest.</p><p>Second: reassess now. Then walk.</p>";
        String t = text(html);
        int second = t.indexOf("reassessnow.", t.indexOf("Second"));
        Selector s = QuoteAnchor.select(t, second, second + "reassessnow.".length());
        // a paragraph added in front shifts both; the context still picks the second
        String edited = "<p>Intro paragraph.</p>" + html;
        String e = text(edited);
        Placed p = (Placed) QuoteAnchor.place(e, s);
        assertThat(p.start()).isEqualTo(e.indexOf("reassessnow.", e.indexOf("Second")));
    }

    @Test
    void a_small_edit_inside_the_highlighted_sentence_keeps_the_highlight_on_the_edited_sentence() {
        Selector s = selectorFor(LESSON, "Category Two is a weight-bearing sacroiliac problem.");
        String edited = LESSON.replace("weight-bearing sacroiliac problem", "weight bearing sacro-iliac problem");
        Placed p = (Placed) QuoteAnchor.place(text(edited), s);
        assertThat(p.edits()).isBetween(1, 4);
        assertThat(text(edited).substring(p.start(), p.end())).isEqualTo(QuoteAnchor.canonical("Category Two is a weight bearing sacro-iliac problem."));
    }

    @Test
    void a_sentence_that_was_rewritten_or_removed_cannot_be_placed() {
        Selector s = selectorFor(LESSON, "Reassess the indicators after every correction.");
        assertThat(QuoteAnchor.place(text(LESSON.replace("<p>Reassess the indicators after every correction.</p>", "")), s))
                .isInstanceOf(NotPlaced.class);
        assertThat(QuoteAnchor.place(text(LESSON.replace("Reassess the indicators after every correction.",
                "Check the patient's response at the next visit instead.")), s)).isInstanceOf(NotPlaced.class);
    }

    @Test
    void short_quotes_are_found_exactly_or_not_at_all() {
        Selector s = selectorFor(LESSON, "Blocks");
        assertThat(QuoteAnchor.place(text(LESSON.replace("Blocks are", "Wedges are").replace("the blocks work", "the wedges work")), s))
                .isInstanceOf(NotPlaced.class);
    }

    @Test
    void the_lesson_text_skips_tags_and_white_space_but_keeps_entities_as_characters() {
        assertThat(LessonText.canonical("<div class=\"prose\"><p>A &amp; B</p>\n  <p>C&nbsp;<em>D</em></p></div>")).isEqualTo("A&BCD");
    }

    @Test
    void a_selection_outside_the_text_is_refused() {
        assertThatThrownBy(() -> QuoteAnchor.select("abc", 2, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuoteAnchor.select("abc", 2, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_context_is_at_most_32_characters_on_each_side() {
        String t = "x".repeat(50) + "QUOTE" + "y".repeat(50);
        Selector s = QuoteAnchor.select(t, 50, 55);
        assertThat(s.prefix()).hasSize(32);
        assertThat(s.suffix()).hasSize(32);
        assertThat(s.exact()).isEqualTo("QUOTE");
    }
}

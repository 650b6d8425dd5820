package org.sotcourseware.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.Glossary;

/** Glossary terms in a lesson: the popover markup, first use only, and the places left alone. */
class GlossaryMarkupTest {

    private static final Glossary GLOSSARY = new Glossary(List.of(
            term("indicator", "Indicator", List.of("indicators"), "A finding used to choose a procedure."),
            term("sacroiliac-joint", "Sacroiliac joint", List.of("SI joint"), "The joint between the sacrum and the ilium."),
            term("sacrum", "Sacrum", List.of(), "The bone at the base of the spine & <script>alert(1)</script>.")));

    private static Glossary.Term term(String id, String term, List<String> aliases, String definition) {
        return new Glossary.Term(id, term, aliases, definition, List.of("A source."), List.of(new Glossary.LessonRef("a", "b", 1)), 1);
    }

    private static Document annotate(String html) {
        return Jsoup.parseBodyFragment(new GlossaryMarkup(GLOSSARY, "glossary").annotate(html));
    }

    @Test
    void in_a_german_interface_the_button_name_and_the_link_are_german_and_the_term_and_definition_stay_english() {
        Document doc = Jsoup.parseBodyFragment(new GlossaryMarkup(GLOSSARY, "glossary", java.util.Locale.GERMAN)
                .annotate("<div class=\"prose\"><p>Check the indicator first.</p></div>"));
        Element button = doc.selectFirst("button.glossary-term");
        assertThat(button.attr("aria-label")).isEqualTo("indicator: Erklärung im Glossar");
        Element popover = doc.getElementById(button.attr("popovertarget"));
        assertThat(popover.selectFirst(".glossary-popover-term").attr("lang")).isEqualTo("en");
        assertThat(popover.selectFirst(".glossary-popover-definition").attr("lang")).isEqualTo("en");
        assertThat(popover.selectFirst("a").text()).isEqualTo("Mehr im Glossar");
        assertThat(popover.selectFirst("a").attr("lang")).isEqualTo("de");
    }

    @Test
    void the_first_use_of_a_term_becomes_a_button_that_opens_its_definition_in_a_popover() {
        Document doc = annotate("<div class=\"prose\"><p>Check the indicator first. Then the indicator again.</p></div>");

        Elements buttons = doc.select("button.glossary-term");
        assertThat(buttons).hasSize(1);
        Element button = buttons.first();
        assertThat(button.text()).isEqualTo("indicator");
        assertThat(button.attr("type")).isEqualTo("button");
        assertThat(button.attr("aria-label")).isEqualTo("indicator: glossary definition");
        Element popover = doc.getElementById(button.attr("popovertarget"));
        assertThat(popover).isNotNull();
        assertThat(popover.attr("popover")).isEqualTo("auto");
        assertThat(popover.id()).isEqualTo("gloss-indicator");
        assertThat(popover.select(".glossary-popover-term").text()).isEqualTo("Indicator");
        assertThat(popover.select(".glossary-popover-definition").text()).isEqualTo("A finding used to choose a procedure.");
        assertThat(popover.select("a").attr("href")).isEqualTo("glossary#indicator");
        // the popover follows its button, so screen readers read it next; the text around is kept
        assertThat(button.nextElementSibling()).isEqualTo(popover);
        assertThat(doc.select("p").first().text()).startsWith("Check the indicator").contains("Then the indicator again.");
    }

    @Test
    void another_spelling_counts_as_the_terms_first_use_and_words_that_merely_contain_a_term_do_not() {
        Document doc = annotate("<div class=\"prose\"><p>Two indicators and the SI joint.</p><p>An indicator; the sacroiliac joint; "
                + "sacrumless sacrum-like words.</p></div>");

        assertThat(doc.select("button.glossary-term").eachText()).containsExactly("indicators", "SI joint");
    }

    @Test
    void headings_links_code_and_references_are_left_alone() {
        Document doc = annotate("""
                <div class="prose"><h2 id="x">The sacrum</h2><p><a href="#x">sacrum</a> <code>sacrum</code></p>
                <pre>sacrum</pre><div class="footnotes"><p>Sacrum reference.</p></div><p>The sacrum here.</p></div>""");

        assertThat(doc.select("button.glossary-term")).hasSize(1);
        assertThat(doc.select("button.glossary-term").first().closest("p")).isEqualTo(doc.select("p").last());
    }

    @Test
    void a_term_that_starts_or_ends_a_text_or_is_all_of_it_is_marked() {
        Document doc = annotate("<div class=\"prose\"><p><strong>Sacrum</strong> and the <em>SI joint</em> then an indicator</p></div>");

        assertThat(doc.select("button.glossary-term").eachText()).containsExactly("Sacrum", "SI joint", "indicator");
    }

    @Test
    void every_lesson_of_the_curriculum_is_marked_without_error_and_keeps_its_text() {
        SearchFixtures f = SearchFixtures.curriculum();
        GlossaryMarkup markup = new GlossaryMarkup(f.catalogue.glossary(), "glossary");
        int marked = 0;
        for (var m : f.catalogue.curriculum().modules()) {
            for (var l : m.publishedLessons()) {
                String html = f.catalogue.renderLesson(l).html();
                Document doc = Jsoup.parseBodyFragment(markup.annotate(html));
                marked += doc.select("button.glossary-term").size();
                doc.select(".glossary-popover").remove();
                // (jsoup's text() puts a space before a button; the page does not)
                assertThat(doc.body().text().replaceAll("\\s", "")).as(l.sourceFile())
                        .isEqualTo(Jsoup.parseBodyFragment(html).body().text().replaceAll("\\s", ""));
                assertThat(doc.select("button.glossary-term").eachAttr("popovertarget")).as(l.sourceFile()).doesNotHaveDuplicates();
            }
        }
        assertThat(marked).isGreaterThan(200);
    }

    @Test
    void the_definition_is_text_never_markup() {
        Document doc = annotate("<div class=\"prose\"><p>The sacrum.</p></div>");

        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.getElementById("gloss-sacrum").select(".glossary-popover-definition").text()).contains("<script>alert(1)</script>");
    }

    @Test
    void a_lesson_without_glossary_terms_is_returned_unchanged() {
        String html = "<div class=\"prose\"><p>Nothing to see.</p></div>";
        assertThat(new GlossaryMarkup(GLOSSARY, "glossary").annotate(html)).isSameAs(html);
        assertThat(new GlossaryMarkup(Glossary.EMPTY, "glossary").annotate("<div><p>The sacrum.</p></div>")).isEqualTo("<div><p>The sacrum.</p></div>");
    }
}

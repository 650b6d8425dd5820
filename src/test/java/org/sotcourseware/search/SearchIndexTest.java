package org.sotcourseware.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.Heading;

/**
 * Relevance on hand-judged queries over the real curriculum (each names the page a student asking it should
 * find near the top), stemming, typo tolerance, heading anchors and sanitised highlighting.
 */
class SearchIndexTest {

    private final SearchFixtures fixtures = SearchFixtures.curriculum();
    private final SearchIndex index = fixtures.indexer.awaitBuilt();

    private List<SearchEntry> top(String query, int n) {
        return index.search(query, n).stream().map(SearchIndex.Quoted::entry).toList();
    }

    private static String key(SearchEntry e) {
        return e.kind() + " " + (e.moduleId().isEmpty() ? "" : e.moduleId() + "/") + e.itemId();
    }

    @Test
    void the_whole_curriculum_is_indexed_lessons_by_section() {
        var curriculum = fixtures.catalogue.curriculum();
        assertThat(index.version()).isEqualTo(curriculum.version());
        // more entries than lessons: lessons are cut at their headings; plus cases, explanations and terms
        assertThat(index.size()).isGreaterThan(curriculum.lessonCount() * 4 + 26 + fixtures.catalogue.glossary().terms().size());
    }

    @Test
    void a_named_test_finds_its_lesson_and_its_glossary_term_first() {
        assertThat(top("arm fossa test", 3)).extracting(SearchIndexTest::key)
                .contains("GLOSSARY arm-fossa-test", "LESSON category-two/arm-fossa-test");
    }

    @Test
    void a_red_flag_finds_the_lesson_on_referral() {
        assertThat(top("cauda equina syndrome", 5)).extracting(SearchIndexTest::key)
                .contains("LESSON category-three/red-flags-referral-co-management");
    }

    @Test
    void a_query_of_several_words_finds_the_lesson_about_all_of_them() {
        assertThat(top("tongue tie feeding", 3)).extracting(SearchIndexTest::key)
                .contains("LESSON paediatrics/infant-feeding-and-tongue-tie");
    }

    @Test
    void english_stemming_finds_the_singular_from_the_plural() {
        assertThat(top("fontanelles", 3)).extracting(SearchIndexTest::key).contains("GLOSSARY fontanelle");
    }

    @Test
    void a_misspelt_word_still_finds_what_was_meant() {
        assertThat(top("sacroilliac joint", 5)).extracting(SearchIndexTest::key).contains("GLOSSARY sacroiliac-joint");
        assertThat(top("plagiocephally", 5)).extracting(SearchIndexTest::key).contains("LESSON paediatrics/birth-and-newborn-skull");
        // an exact match ranks above the same word one letter off
        assertThat(top("sacrum", 1)).extracting(SearchIndexTest::key).containsExactly("GLOSSARY sacrum");
        assertThat(top("sacrim", 1)).extracting(SearchIndexTest::key).containsExactly("GLOSSARY sacrum");
    }

    @Test
    void a_lesson_result_links_to_its_heading() {
        SearchEntry hit = top("arm fossa test", 10).stream().filter(e -> e.kind() == SearchResults.Kind.LESSON
                        && e.itemId().equals("arm-fossa-test") && e.anchor() != null)
                .findFirst().orElseThrow();
        var lesson = fixtures.catalogue.lesson("category-two", "arm-fossa-test").orElseThrow();
        assertThat(fixtures.catalogue.renderLesson(lesson).headings()).extracting(Heading::id).contains(hit.anchor());
        assertThat(fixtures.catalogue.renderLesson(lesson).headings()).filteredOn(h -> h.id().equals(hit.anchor()))
                .extracting(Heading::text).containsExactly(hit.title());
    }

    @Test
    void snippets_mark_the_matched_words_and_hold_no_other_markup() {
        String snippet = index.search("cauda equina", 10).stream().filter(m -> m.entry().kind() == SearchResults.Kind.LESSON)
                .findFirst().orElseThrow().snippetHtml();

        assertThat(snippet.toLowerCase()).contains("<mark>cauda</mark>").contains("<mark>equina</mark>");
        assertThat(Jsoup.parseBodyFragment(snippet).body().select("*").stream().skip(1).map(e -> e.tagName()).distinct())
                .containsExactly("mark");
    }

    @Test
    void markup_in_the_indexed_text_comes_out_escaped() {
        SearchIndex own = SearchIndex.build("v", List.of(new SearchEntry(SearchResults.Kind.LESSON, "m", "l", null, "Title", "Lesson",
                "Before <img src=x onerror=alert(1)> the sacrum <script>x()</script> after.", false)));

        String snippet = own.search("sacrum", 5).getFirst().snippetHtml();

        assertThat(snippet).contains("&lt;img").contains("&lt;script&gt;").contains("<mark>sacrum</mark>");
        assertThat(Jsoup.parseBodyFragment(snippet).select("img, script")).isEmpty();
    }

    @Test
    void queries_without_a_searchable_word_find_nothing_and_odd_input_does_not_break_the_search() {
        assertThat(index.search("the and of", 10)).isEmpty();
        assertThat(index.search("", 10)).isEmpty();
        Stream.of("\"unclosed phrase", "sacrum -", "((( |||", "sacrum ".repeat(2_000), "*", "~2", "\\").forEach(q ->
                assertThat(index.search(q, 10)).as(q).isNotNull());
    }
}

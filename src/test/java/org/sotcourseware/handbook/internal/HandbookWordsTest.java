package org.sotcourseware.handbook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The handbook's fixed words follow the reader's language; the module's own texts keep the module's language. */
class HandbookWordsTest {

    @Test
    void a_german_handbook_has_german_fixed_words_around_english_lessons() {
        Document de = HandbookFixture.handbook("foundations", Locale.GERMAN);
        assertThat(de.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(de.selectFirst(".cover-eyebrow").text()).startsWith("Modul 1 von ").endsWith("· Handbuch");
        assertThat(de.selectFirst("#outcomes h1").text()).isEqualTo("Lernziele");
        assertThat(de.selectFirst("#contents h1").text()).isEqualTo("Inhalt");
        assertThat(de.selectFirst(".lesson-eyebrow").text()).startsWith("Lektion 1 von ");
        assertThat(de.select("style").html()).contains("\"Seite \" counter(page) \" von \" counter(pages)");
        // the lessons, the outcomes and the title are the module's texts, in English
        assertThat(de.select(".lesson-text")).isNotEmpty().allSatisfy(e -> assertThat(e.attr("lang")).isEqualTo("en"));
        assertThat(de.selectFirst(".cover-title").attr("lang")).isEqualTo("en");
        assertThat(de.selectFirst("#outcomes ol").attr("lang")).isEqualTo("en");
    }

    @Test
    void the_english_handbook_keeps_its_words() {
        Document en = HandbookFixture.handbook("foundations", Locale.ENGLISH);
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.selectFirst(".cover-eyebrow").text()).startsWith("Module 1 of ").endsWith("· Handbook");
        assertThat(en.selectFirst("#contents h1").text()).isEqualTo("Contents");
        assertThat(en.select("style").html()).contains("\"Page \" counter(page) \" of \" counter(pages)");
    }
}

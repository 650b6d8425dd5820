package org.sotcourseware.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CatalogueService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The interface in German as a German-speaking student meets it: the browser's language decides until the person picks
 * one in the user menu; the pick is stored with the account and wins over the browser at the next sign-in; the
 * curriculum's English text is marked as English inside a German page.
 */
class GermanInterfaceE2E extends BrowserTest {

    @Autowired
    CatalogueService catalogue;

    @Autowired
    JdbcClient jdbc;

    private void browserLanguage(String acceptLanguage) {
        context.setExtraHTTPHeaders(Map.of("Accept-Language", acceptLanguage));
    }

    @Test
    void a_german_browser_gets_german_pages_and_the_lessons_english_text_is_marked_english() {
        browserLanguage("de-DE,de;q=0.9,en;q=0.5");
        page.navigate(url("login"));
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        signIn("student", "demo-student");
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertThat(page.locator("vaadin-side-nav")).containsText("Mein Fortschritt");
        assertThat(page.locator("vaadin-side-nav")).containsText("Module");

        String lesson = catalogue.module("foundations").orElseThrow().publishedLessons().getFirst().id();
        page.navigate(url("modules/foundations/" + lesson));
        Locator paragraph = page.locator(".lesson-article p").first();
        assertThat(paragraph).isVisible();
        org.assertj.core.api.Assertions.assertThat(paragraph.evaluate("p => p.closest('[lang]').getAttribute('lang')"))
                .as("the language of the lesson text").isEqualTo("en");
        org.assertj.core.api.Assertions.assertThat(page.locator("body").innerText()).doesNotContainPattern("![a-z]+\\.[a-z0-9.-]+!");
    }

    @Test
    void the_language_picked_in_the_user_menu_is_remembered_with_the_account_and_wins_over_the_browser() {
        browserLanguage("de-DE,de;q=0.9");
        signIn("organiser", "demo-organiser");
        assertThat(page.locator("html")).hasAttribute("lang", "de");

        page.locator("vaadin-menu-bar.user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item:has-text('Sprache')").click();
        page.locator("vaadin-menu-bar-item[lang=en]").click();
        page.waitForFunction("() => document.documentElement.lang === 'en'");
        assertThat(page.locator("vaadin-side-nav")).containsText("Seminars");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select language from app_user where username = 'organiser'")
                .query(String.class).single()).isEqualTo("en");

        // a new visit from the same German browser: signed out it is German, signed in the stored English wins
        context.clearCookies();
        page.navigate(url("login"));
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        signIn("organiser", "demo-organiser");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("vaadin-side-nav")).containsText("Seminars");

        // and back to German, from the menu in English
        page.locator("vaadin-menu-bar.user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item:has-text('Language')").click();
        page.locator("vaadin-menu-bar-item[lang=de]").click();
        page.waitForFunction("() => document.documentElement.lang === 'de'");
        assertThat(page.locator("vaadin-side-nav")).containsText("Seminare");
    }
}

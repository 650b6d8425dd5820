package org.sotcourseware.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The seminar and practical-exam pages for a German browser on a phone (390x844): German headings, no missing key
 * ({@code !key!}) and nothing wider than the screen (German words are longer). Screenshots go to target/german-phone/.
 */
class ExamAndSeminarInGermanE2E extends BrowserTest {

    @Test
    void an_organiser_with_a_german_browser_reads_seminars_and_practical_exams_in_german_on_a_phone() {
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("de-DE"));
        try {
            Page p = phone.newPage();
            p.navigate(url("login"));
            p.locator("input[name=username]").fill("organiser");
            p.locator("input[name=password]").fill("demo-organiser");
            p.locator("vaadin-login-form vaadin-button").first().click();
            p.waitForURL(u -> !u.contains("/login"));

            p.navigate(url("organiser/seminars"));
            assertThat(p.locator("h1")).hasText("Seminare");
            check(p, "seminars");
            p.locator(".seminar-card").first().click();
            assertThat(p.locator("vaadin-tab").first()).containsText("Teilnehmende");
            check(p, "seminar");
            p.locator("vaadin-tab").nth(1).click();
            assertThat(p.locator(".mark-rest")).containsText("als anwesend markieren");
            check(p, "seminar-attendance");
            p.locator("vaadin-tab").nth(2).click();
            assertThat(p.locator(".record-exam")).containsText("Prüfungsergebnis erfassen");
            check(p, "seminar-exams");

            p.navigate(url("organiser/exams"));
            assertThat(p.locator("h1")).hasText("Praktische Prüfungen");
            check(p, "exams");
            p.locator(".seminar-card").first().click();
            assertThat(p.locator(".eyebrow")).containsText("Ergebnisse freigegeben");
            check(p, "exam");
            p.locator("vaadin-tab").nth(1).click();
            assertThat(p.locator("th").first()).hasText("Station");
            check(p, "exam-standards");

            p.navigate(url("examiner"));
            assertThat(p.locator("h1")).hasText("Prüfen");
            check(p, "examining");
        } finally {
            phone.close();
        }
    }

    /** No missing key, no page wider than the phone (tables scroll inside their own box), and a screenshot. */
    private static void check(Page p, String name) {
        p.waitForTimeout(300);
        String text = p.locator("main").first().innerText();
        assertThat(text).as(name).doesNotContain("!exam.").doesNotContain("!seminar.").doesNotContain("!base.");
        Object wide = p.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) wide).intValue()).as(name + ": the page scrolls sideways").isLessThanOrEqualTo(0);
        p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/german-phone/" + name + ".png")).setFullPage(true));
    }
}

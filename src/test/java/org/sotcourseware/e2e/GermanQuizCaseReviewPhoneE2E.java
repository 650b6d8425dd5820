package org.sotcourseware.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.CatalogueService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The quiz, case and review screens in German on a phone (390x844, a German browser): German texts, curriculum texts
 * marked English, and nothing wider than the screen (German words are longer). Screenshots go to target/e2e-screenshots.
 */
class GermanQuizCaseReviewPhoneE2E extends BrowserTest {

    static final Path SHOTS = Path.of("target", "e2e-screenshots");

    @Autowired CatalogueService catalogue;

    @Test
    void a_german_student_on_a_phone_takes_a_quiz_works_a_case_and_opens_the_review() throws Exception {
        Files.createDirectories(SHOTS);
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("de-DE")
                .setExtraHTTPHeaders(java.util.Map.of("Accept-Language", "de-DE,de;q=0.9")));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        signIn("student", "demo-student");
        List<String> tooWide = new ArrayList<>();

        page.navigate(url("modules/foundations/quiz"));
        assertThat(page.locator(".quiz-page h1")).hasAttribute("lang", "en");
        assertThat(page.locator(".quiz-page")).containsText("Bestehensgrenze");
        check(page, "quiz", tooWide);
        page.locator("vaadin-button.quiz-start").click();
        page.waitForURL(Pattern.compile(".*/quiz/attempt/\\d+$"));
        assertThat(page.locator(".question-heading")).containsText("Frage");
        assertThat(page.locator(".question-prompt")).hasAttribute("lang", "en");
        assertThat(page.locator("vaadin-button.attempt-submit")).containsText("Versuch abgeben");
        check(page, "quiz-attempt", tooWide);

        page.navigate(url("modules/foundations/cases"));
        assertThat(page.locator("h1")).containsText("Klinische Fälle");
        check(page, "cases", tooWide);
        CaseStudy cs = catalogue.module("foundations").orElseThrow().publishedCases().getFirst();
        page.navigate(url("modules/foundations/cases/" + cs.id()));
        assertThat(page.locator(".case-run-panel")).containsText("Fallvorstellung");
        check(page, "case", tooWide);

        page.navigate(url("review"));
        assertThat(page.locator("h1")).containsText("Wiederholung");
        check(page, "review", tooWide);

        assertThat(tooWide).as("screens wider than the phone in German").isEmpty();
    }

    private static void check(Page page, String name, List<String> tooWide) {
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("de-phone-" + name + ".png")).setFullPage(true));
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        if (((Number) width).intValue() > 390) {
            tooWide.add(name + ": " + width + " px");
        }
    }
}

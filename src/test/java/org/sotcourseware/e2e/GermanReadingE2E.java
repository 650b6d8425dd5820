package org.sotcourseware.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CatalogueService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reading pages in a German browser on a phone (390x844): German words around English lessons marked
 * {@code lang="en"}, and no page wider than the screen. Screenshots go to target/screenshots/.
 */
class GermanReadingE2E extends BrowserTest {

    private static final Path SHOTS = Path.of("target/screenshots"); // not UI text: a folder

    @Autowired
    CatalogueService catalogue;

    private void germanPhone() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("de-DE"));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    private void fitsTheScreen(String what) {
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as(what + " is no wider than the phone").isLessThanOrEqualTo(390);
    }

    @Test
    void a_german_student_reads_a_module_a_lesson_and_the_handbook_page_on_a_phone() {
        germanPhone();
        signIn("student", "demo-student");
        var module = catalogue.module("foundations").orElseThrow();
        var first = module.publishedLessons().getFirst();

        page.navigate(url("modules"));
        assertThat(page.locator("h1")).hasText("Module");
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        fitsTheScreen("the catalogue");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("de-catalogue-phone.png")).setFullPage(true));

        page.navigate(url("modules/foundations"));
        assertThat(page.locator("h1")).hasAttribute("lang", "en");
        assertThat(page.locator(".module-main")).containsText("Lektionen");
        fitsTheScreen("the module page");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("de-module-phone.png")).setFullPage(true));

        page.navigate(url("modules/foundations/" + first.id()));
        assertThat(page.locator(".lesson-article .prose").first()).hasAttribute("lang", "en");
        assertThat(page.locator(".lesson-article .eyebrow")).containsText("Lektion 1 von");
        fitsTheScreen("the lesson page");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("de-lesson-phone.png")));
        page.locator(".read-bar").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("de-lesson-end-phone.png")));

        page.navigate(url("handbook/foundations"));
        assertThat(page.locator(".handbook-page")).containsText("Modulhandbuch (PDF)");
        fitsTheScreen("the handbook page");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("de-handbook-phone.png")).setFullPage(true));
    }
}

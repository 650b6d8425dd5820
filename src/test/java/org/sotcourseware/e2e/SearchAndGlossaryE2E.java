package org.sotcourseware.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * A student searches a term from the app bar, opens a lesson result at its heading, and reads a glossary
 * definition in a popover with the keyboard; then the glossary page. Screenshots at 1366x900 and 390x844 go to
 * target/e2e-screenshots.
 */
class SearchAndGlossaryE2E extends BrowserTest {

    static final Path SHOTS = Path.of("target", "e2e-screenshots");

    @Test
    void a_student_searches_a_term_opens_the_result_at_its_heading_and_reads_a_glossary_definition() {
        signIn("student", "demo-student");

        // the search field in the app bar
        Locator field = page.locator(".app-search-field input");
        field.fill("filum terminale");
        field.press("Enter");
        page.waitForURL(Pattern.compile(".*/search\\?q=filum(\\+|%20)terminale$"));
        Locator lessonHit = page.locator(".search-hit[data-kind=lesson]").filter(new Locator.FilterOptions()
                .setHasText("The dural-meningeal system as SOT describes it")).first();
        assertThat(lessonHit).isVisible();
        assertThat(lessonHit.locator(".search-snippet mark").first()).hasText(Pattern.compile("filum|terminale", Pattern.CASE_INSENSITIVE));
        assertThat(page.locator(".search-hit[data-kind=glossary]").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("search-desktop.png")));

        // the result opens the lesson at its heading, also when the figure above the heading arrives late (a slow
        // connection): the page scrolls there again once the image is in
        page.route("**/*.svg", route -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            route.resume();
        });
        lessonHit.locator("a.search-hit-title").click();
        page.waitForURL(Pattern.compile(".*/modules/foundations/sacro-occipital-model#the-dural-meningeal-system-as-sot-describes-it$"));
        page.waitForFunction("id => { const h = document.getElementById(id); return h && h.getBoundingClientRect().top >= 0 "
                + "&& h.getBoundingClientRect().top < 300 && [...document.images].every(i => i.complete); }",
                "the-dural-meningeal-system-as-sot-describes-it");
        page.unrouteAll();

        // the first use of a glossary term opens its definition from the keyboard, and Escape closes it
        Locator term = page.locator("button.glossary-term", new Page.LocatorOptions().setHasText("dura mater"));
        assertThat(term).hasCount(1);
        assertThat(term).hasAttribute("popovertarget", "gloss-dura-mater");
        Locator popover = page.locator("#gloss-dura-mater");
        assertThat(popover).isHidden();
        term.focus();
        page.keyboard().press("Enter");
        assertThat(popover).isVisible();
        assertThat(popover).containsText("tough outer layer");
        assertThat(popover.locator("a.glossary-popover-link")).hasAttribute("href", "glossary#dura-mater");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("glossary-popover-desktop.png")));
        page.keyboard().press("Escape");
        assertThat(popover).isHidden();

        // on a phone: the same popover, then the search page
        page.setViewportSize(390, 844);
        term.scrollIntoViewIfNeeded();
        term.click();
        assertThat(popover).isVisible();
        var box = popover.boundingBox();
        assertThat(box.x).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).isLessThanOrEqualTo(390);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("glossary-popover-phone.png")));
        page.keyboard().press("Escape");
        Locator phoneField = page.locator(".app-search-field input");
        assertThat(phoneField).isVisible();
        phoneField.fill("sacroilliac");
        phoneField.press("Enter");
        page.waitForURL(Pattern.compile(".*/search\\?q=sacroilliac$"));
        assertThat(page.locator(".search-hit").first()).isVisible();
        assertThat(page.locator("body")).not().containsText("Nothing found");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= 390")).as("no sideways scrolling").isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("search-phone.png")));

        // the glossary page: a term's anchor, and the filter
        page.setViewportSize(1366, 900);
        page.navigate(url("glossary#dura-mater"));
        assertThat(page.locator("#dura-mater")).isVisible();
        page.locator(".glossary-filter input").fill("fontanel");
        assertThat(page.locator(".glossary-entry")).hasCount(1);
        assertThat(page.locator(".glossary-entry h2")).hasText("Fontanelle");
        page.locator(".glossary-filter input").fill("");
        assertThat(page.locator(".glossary-page .search-count")).hasText(Pattern.compile("^\\d+ terms$"));
        assertThat(page.locator(".glossary-entry").nth(30)).isAttached();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("glossary-desktop.png")));
        page.setViewportSize(390, 844);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("glossary-phone.png")));
    }
}

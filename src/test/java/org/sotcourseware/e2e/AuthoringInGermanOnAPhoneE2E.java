package org.sotcourseware.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The authoring screens in German on a phone (390x844): German words are longer, so no page may scroll sideways, and
 * no key may be missing. Screenshots go to target/screenshots/authoring-de-*.png for a look by eye.
 */
class AuthoringInGermanOnAPhoneE2E extends BrowserTest {

    @Test
    void the_authoring_screens_fit_a_phone_in_german() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(390, 844));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
        signIn("instructor", "demo-instructor");
        List<String> paths = List.of("start/teaching", "authoring", "authoring/edit/category-one/lessons/01-category-one-model.md",
                "authoring/history/category-one/lessons/01-category-one-model.md", "authoring/analysis/foundations", "authoring/transfer");
        for (String path : paths) {
            page.navigate(url(path));
            page.waitForSelector("main h1, main .eyebrow");
            page.waitForTimeout(500);
            String name = path.replaceAll("[^a-z]+", "-");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/authoring-de-" + name + ".png")).setFullPage(true));
            assertThat(page.locator("body").innerText()).as(path).doesNotContain("!authoring.");
            Object wide = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) wide).intValue()).as("sideways scroll on " + path).isLessThanOrEqualTo(0);
        }
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("de");
    }

    @Test
    void the_markdown_editor_hint_and_search_panel_speak_german() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1366, 900));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
        signIn("instructor", "demo-instructor");
        page.navigate(url("authoring/edit/category-one/lessons/01-category-one-model.md"));
        page.locator("sot-markdown-editor .cm-content").click();
        assertThat(page.locator("sot-markdown-editor #hint").textContent()).startsWith("Markdown. Tab rückt ein");
        page.keyboard().press("Control+f");
        assertThat(page.locator("sot-markdown-editor .cm-search input[name=search]").getAttribute("placeholder")).isEqualTo("Suchen");
        assertThat(page.locator("sot-markdown-editor .cm-search button[name=replaceAll]").textContent()).isEqualTo("alle ersetzen");
    }
}

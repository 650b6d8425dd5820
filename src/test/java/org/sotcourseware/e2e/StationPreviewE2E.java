package org.sotcourseware.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The demo instructor opens a practical station from the authoring tree: the preview beside the editor is
 * the examiner's form (items with their mark buttons, critical items, the rating scale), read-only.
 * Screenshots at 1366x900 and 390x844 go to target/e2e-screenshots.
 */
class StationPreviewE2E extends BrowserTest {

    static final String PATH = "category-one/practical/c1-station-neck-compaction.md";
    static final Path SHOTS = Path.of("target", "e2e-screenshots");

    @Test
    void the_instructor_sees_the_examiners_form_beside_a_station_file() {
        signIn("instructor", "demo-instructor");
        page.navigate(url("authoring"));
        page.locator(".module-node[data-module='category-one']").click();
        page.locator(".file-row[data-path='" + PATH + "'] a").click();
        page.waitForURL(u -> u.contains("/authoring/edit/"));
        assertThat(page.locator(".station-preview h2")).hasText("Category One: neck screen and the compaction test");
        assertThat(page.locator(".station-preview .sheet-item")).hasCount(9); // 8 items and the global rating
        assertThat(page.locator(".station-preview .badge-error")).hasCount(3);
        assertThat(page.locator(".station-preview .station-task")).containsText("Mr Bertie Caldwell");
        assertThat(page.locator(".station-preview .tap").first()).isDisabled();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-station-desktop.png")));
        page.locator(".station-preview .sheet-item").nth(2).scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-station-checklist-desktop.png")));

        // at phone width the preview is the second tab
        page.setViewportSize(390, 844);
        page.reload();
        page.locator(".editor-phone-tabs vaadin-tab").nth(1).click();
        assertThat(page.locator(".station-preview h2")).isVisible();
        page.locator(".station-preview .sheet-item").nth(3).scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-station-phone.png")));
    }
}

package org.sotcourseware.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;

/**
 * A student highlights a sentence of a lesson with a note, finds it painted in the lesson and listed on My notes,
 * opens it again from the keyboard, and downloads the module handbook. Screenshots at 1366x900 and 390x844 go to
 * target/e2e-screenshots.
 */
class NotesAndHandbookE2E extends BrowserTest {

    static final Path SHOTS = Path.of("target", "e2e-screenshots");
    static final String LESSON = "modules/foundations/history-and-organisations";

    /** Selects a passage of the lesson text as a reader would with the mouse (from its first to its last words). */
    private void select(String from, String to) {
        page.evaluate("""
                ([from, to]) => {
                  const root = document.querySelector('.lesson-article .prose');
                  const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                  for (let n = w.nextNode(); n; n = w.nextNode()) {
                    const a = n.data.indexOf(from);
                    if (a < 0) continue;
                    const b = n.data.indexOf(to, a) + to.length;
                    const r = document.createRange(); r.setStart(n, a); r.setEnd(n, b);
                    const s = document.getSelection(); s.removeAllRanges(); s.addRange(r);
                    return;
                  }
                  throw new Error('not in the lesson: ' + from);
                }""", new String[] {from, to});
    }

    @Test
    void a_student_highlights_a_sentence_with_a_note_sees_it_on_my_notes_and_downloads_the_handbook() throws Exception {
        signIn("student", "demo-student");
        page.navigate(url(LESSON));
        assertThat(page.locator(".lesson-article .prose h1")).isVisible();

        select("\"Major\" was his given name", "rank.");
        assertThat(page.locator(".highlight-selection")).hasCSS("position", "fixed"); // docked while there is a selection
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("notes-select-desktop.png")));
        page.locator(".highlight-selection").click();
        assertThat(page.locator("vaadin-dialog.note-dialog .note-quote")).containsText("was his given name, not a military rank.");
        page.locator("vaadin-dialog.note-dialog .note-text textarea").fill("A first name, not a title: worth knowing when reading old texts.");
        page.waitForTimeout(600); // the dialog's opening animation
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("notes-dialog-desktop.png")));
        page.locator("vaadin-dialog.note-dialog .save-note").click();
        assertThat(page.locator("vaadin-dialog.note-dialog")).hasCount(0);

        var mark = page.locator(".lesson-article mark.note-mark");
        assertThat(mark.first()).isVisible();
        assertThat(page.locator(".lesson-article")).containsText("was his given name");
        assertThat(page.locator(".lesson-article mark.note-mark")).not().hasCount(0);
        assertThat(String.join("", mark.allTextContents()).replaceAll("\\s+", " ")).isEqualTo("\"Major\" was his given name, not a military rank.");
        mark.first().scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("notes-highlight-desktop.png")));

        // the highlight is still painted after a reload, and opens from the keyboard
        page.reload();
        mark = page.locator(".lesson-article mark.note-mark[tabindex='0']");
        mark.first().focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("vaadin-dialog.note-dialog .note-text textarea")).hasValue("A first name, not a title: worth knowing when reading old texts.");
        page.keyboard().press("Escape");

        page.navigate(url("notes/foundations"));
        var item = page.locator(".note-item");
        assertThat(item).hasCount(1);
        assertThat(item).containsText("\"Major\" was his given name, not a military rank.");
        assertThat(item).containsText("A first name, not a title");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("notes-my-notes-desktop.png")));
        Download md = page.waitForDownload(() -> page.locator(".export-notes").click());
        assertThat(Files.readString(md.path())).startsWith("# My notes: Foundations of SOT").contains("> \"Major\" was his given name");

        page.navigate(url("modules/foundations"));
        assertThat(page.locator(".study-tools .my-notes-link")).isVisible();
        page.locator(".study-tools .handbook-link").click();
        page.waitForURL(u -> u.endsWith("/handbook/foundations"));
        page.locator(".build-handbook").click();
        assertThat(page.locator(".handbook-progress")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("handbook-progress-desktop.png")));
        page.locator(".download-handbook").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(240_000)
                .setState(WaitForSelectorState.VISIBLE));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("handbook-ready-desktop.png")));
        Download pdf = page.waitForDownload(() -> page.locator(".download-handbook").click());
        byte[] bytes = Files.readAllBytes(pdf.path());
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(bytes.length).isGreaterThan(50_000);

        // on a phone
        page.setViewportSize(390, 844);
        page.navigate(url(LESSON));
        page.locator(".lesson-article mark.note-mark").first().scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("notes-highlight-phone.png")));
        select("SOT was developed by Major Bertrand DeJarnette", "(1899–1992).");
        assertThat(page.locator(".highlight-selection")).isInViewport();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("notes-select-phone.png")));
        page.locator(".highlight-selection").click();
        assertThat(page.locator("vaadin-dialog.note-dialog .note-quote")).containsText("(1899–1992).");
        page.waitForTimeout(600);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("notes-dialog-phone.png")));
        page.locator("vaadin-dialog.note-dialog .save-note").click();
        assertThat(page.locator("vaadin-dialog.note-dialog")).hasCount(0);
        page.navigate(url("notes/foundations"));
        assertThat(page.locator(".note-item")).hasCount(2);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("notes-my-notes-phone.png")));
        page.navigate(url("handbook/foundations"));
        assertThat(page.locator(".download-handbook")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("handbook-phone.png")));
    }
}

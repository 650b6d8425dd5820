package org.sotcourseware.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The demo instructor edits a Category One lesson in the browser's code editor, sees the change in the live
 * preview and a problem flagged as they type, publishes, and the demo student then reads the new text.
 */
class AuthoringE2E extends BrowserTest {

    static final String PATH = "category-one/lessons/01-category-one-model.md";
    static final String SENTENCE = "This sentence was typed in the browser editor and published.";

    @Test
    void the_instructor_edits_previews_and_publishes_a_lesson_and_the_student_sees_the_new_text() {
        signIn("instructor", "demo-instructor");
        page.navigate(url("authoring"));
        page.locator(".module-node[data-module='category-one']").click();
        page.locator(".file-row[data-path='" + PATH + "'] a").click();
        page.waitForURL(u -> u.contains("/authoring/edit/"));
        assertThat(page.locator(".editor-state-badge")).hasText("Published");

        // type at the end of the lesson, in CodeMirror
        page.locator(".cm-content").click();
        page.keyboard().press("Control+End");
        page.keyboard().type("\n\n" + SENTENCE);
        assertThat(page.locator(".editor-preview")).containsText(SENTENCE);
        assertThat(page.locator(".save-state")).hasText("Unsaved changes");

        // a broken front matter value shows as a problem while typing, and goes away when fixed
        page.keyboard().press("Control+Home");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("End");
        page.keyboard().type("x");
        page.locator(".editor-side-tabs vaadin-tab").nth(1).click();
        assertThat(page.locator(".editor-problems .problem-list")).containsText("order");
        // the problem jumps to its line in the editor; fix it there
        page.locator(".editor-problems vaadin-button.problem-jump").first().click();
        assertThat(page.locator(".cm-content")).isFocused();
        page.keyboard().press("End");
        page.keyboard().press("Backspace");
        assertThat(page.locator(".editor-problems")).containsText("No problems");

        // with unsaved text the publish dialog says it saves first
        page.locator("vaadin-button.editor-publish").click();
        assertThat(page.locator("vaadin-button.confirm-publish")).hasText("Save and publish");
        page.locator("vaadin-text-field.publish-message input").fill("Adds a closing sentence");
        page.locator("vaadin-button.confirm-publish").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Published");
        assertThat(page.locator(".editor-state-badge")).hasText("Published");

        // the history shows the publication
        page.navigate(url("authoring/history/" + PATH));
        assertThat(page.locator(".revision-row").first()).containsText("Students see this");
        assertThat(page.locator(".revision-row").first()).containsText("Dr Iris Instructor");
        // with the publisher's "what changed" note
        assertThat(page.locator(".revision-row").first().locator(".publication-note")).containsText("Adds a closing sentence");

        // the student reads the published lesson
        openModuleFor("student", "category-one");
        BrowserContext studentContext = browser.newContext();
        Page student = studentContext.newPage();
        try {
            student.navigate(url("login"));
            student.locator("input[name=username]").fill("student");
            student.locator("input[name=password]").fill("demo-student");
            student.locator("vaadin-login-form vaadin-button").first().click();
            student.waitForURL(u -> !u.contains("/login"));
            student.navigate(url("modules/category-one/category-one-model"));
            assertThat(student.locator(".prose")).containsText(SENTENCE);
            // and cannot reach the editor
            student.navigate(url("authoring/edit/" + PATH));
            assertThat(student.locator(".status-card")).isVisible();
            assertThat(student.locator(".cm-content")).hasCount(0);
        } finally {
            studentContext.close();
        }
    }
}

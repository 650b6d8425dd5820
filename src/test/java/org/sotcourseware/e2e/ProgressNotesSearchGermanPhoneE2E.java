package org.sotcourseware.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The progress, notes and search screens in German on a phone (390x844, a German browser): each page speaks German,
 * shows no missing key, and does not scroll sideways. Screenshots go to {@code target/screenshots/de-phone-*.png}.
 */
class ProgressNotesSearchGermanPhoneE2E extends BrowserTest {

    private void germanPhone() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("de-DE"));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    private void check(String path, String heading, String name) {
        page.navigate(url(path));
        page.locator("h1").first().waitFor();
        page.waitForTimeout(500);
        assertThat(page.locator("h1").first().textContent()).as(path).contains(heading);
        String text = page.locator("body").innerText();
        assertThat(text).as(path).doesNotContainPattern("!(progress|notes|search)\\.");
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/de-phone-" + name + ".png")).setFullPage(true));
        assertThat(((Number) overflow).intValue()).as(path + " scrolls sideways by").isLessThanOrEqualTo(0);
    }

    @Test
    void a_student_reads_the_dashboard_my_notes_search_and_glossary_in_german_on_a_phone() {
        germanPhone();
        signIn("student", "demo-student");
        check("", "Willkommen zurück", "dashboard");
        check("notes/foundations", "Foundations", "my-notes");
        check("search?q=arm%20fossa%20test", "Suche", "search");
        check("glossary", "Glossar", "glossary");
    }

    @Test
    void an_instructor_reads_the_students_page_and_a_students_record_in_german_on_a_phone() {
        germanPhone();
        signIn("instructor", "demo-instructor");
        check("students", "Studierende", "students");
        page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Sam")).first().click();
        page.getByText("Modul trotz fehlender Voraussetzungen freischalten").waitFor();
        page.waitForTimeout(500);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/de-phone-student-record.png")));
        assertThat(page.getByText("Modul freischalten", new Page.GetByTextOptions().setExact(true)).isVisible()).isTrue();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    }
}

package org.sotcourseware.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.Test;

/**
 * The certification, audit and ops screens in German on a phone (390 x 844): German text (longer than English) wraps
 * instead of pushing the page sideways, and no key is missing. Screenshots go to target/screens-de for a look.
 */
class GermanCertificationPhoneE2E extends BrowserTest {

    private void germanPhone() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("de-DE"));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    private void check(String path, String heading) {
        page.navigate(url(path));
        page.locator("h1").first().waitFor();
        page.waitForTimeout(300);
        // innerText follows the style sheet's capitals (eyebrows, small headings)
        String text = page.locator("body").innerText().toLowerCase(java.util.Locale.GERMAN);
        assertThat(text).as(path).contains(heading.toLowerCase(java.util.Locale.GERMAN)).doesNotContainPattern("![a-z]+\\.[a-z0-9.-]+!");
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(Path.of("target/screens-de/" + path.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".png")).setFullPage(true));
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= 390")).as(path + ": no sideways scrolling").isTrue();
    }

    @Test
    void the_screens_read_german_and_fit_a_phone() {
        germanPhone();
        check("verify/ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ", "Kein Zertifikat hat diesen Code");

        signIn("organiser", "demo-organiser");
        check("start/seminars", "Stand der Zertifizierung");
        check("organiser", "Fortschrittsmatrix");
        check("organiser/eligibility", "Voraussetzungen und Zertifikate");
        String student = page.locator(".eligibility-row a").first().getAttribute("href").replaceFirst("^/", "");
        check(student, "Studienakte");

        germanPhone();
        signIn("admin", "demo-admin");
        for (List<String> p : List.of(List.of("start/admin", "Systemzustand"), List.of("admin/audit", "Protokoll"),
                List.of("admin/backups", "Sicherungen"))) {
            check(p.get(0), p.get(1));
        }
    }
}

package org.sotcourseware.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The demo organiser awards a certificate to an eligible student; the public verification page (no sign-in)
 * shows it valid; after the organiser revokes it, the same page shows it revoked.
 */
class CertificationE2E extends BrowserTest {

    @Test
    void the_organiser_awards_a_certificate_that_verifies_valid_and_then_revoked() {
        signIn("organiser", "demo-organiser");
        page.navigate(url("organiser/eligibility"));
        var row = page.locator(".eligibility-row[data-user='demo-gabriel']");
        assertThat(row).containsText("Gabriel Silva");
        row.locator("vaadin-button.award").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Awarded SOT Proficiency to Gabriel Silva");

        page.navigate(url("organiser/students/" + testUsers.id("demo-gabriel")));
        var card = page.locator(".certificate-card").first();
        assertThat(card).containsText("SOT Proficiency");
        String code = card.getAttribute("data-code");

        org.assertj.core.api.Assertions.assertThat(verify(code)).contains("Valid certificate").contains("Gabriel Silva")
                .contains("SOT Proficiency");

        card.locator("vaadin-button.revoke").click();
        page.locator("vaadin-text-area.revoke-reason textarea").fill("Exam result entered for the wrong student");
        page.locator("vaadin-button.confirm-revoke").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Revoked");

        org.assertj.core.api.Assertions.assertThat(verify(code)).contains("Revoked certificate").contains("Gabriel Silva");
        org.assertj.core.api.Assertions.assertThat(verify("ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ")).contains("No certificate has this code")
                .doesNotContain("Gabriel");
    }

    /** The public page's result for a code, in a fresh browser context with nobody signed in. */
    private String verify(String code) {
        BrowserContext anonymous = browser.newContext();
        try {
            Page p = anonymous.newPage();
            p.navigate(url("verify/" + code));
            var result = p.locator(".verify-outcome");
            result.waitFor();
            org.assertj.core.api.Assertions.assertThat(p.url()).contains("/verify/"); // not sent to sign in
            return result.innerText();
        } finally {
            anonymous.close();
        }
    }
}

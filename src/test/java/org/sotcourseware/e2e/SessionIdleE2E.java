package org.sotcourseware.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * An open tab does not keep a session alive: Vaadin's heartbeat (every second here) is not use, so a staff
 * session left alone ends at its idle limit (12 seconds here, long enough for a loaded build machine, 30 minutes in production) and the tab is sent
 * to the sign-in page. A session in use does not end.
 */
@TestPropertySource(properties = {"sot.session.staff-idle=12s", "vaadin.heartbeatInterval=1"})
class SessionIdleE2E extends BrowserTest {

    @Test
    void a_staff_tab_left_open_returns_to_sign_in_after_the_idle_limit_despite_the_heartbeat() {
        signIn("instructor", "demo-instructor");
        page.navigate(url("modules"));
        assertThat(page.locator("h1").first()).isVisible();
        // in use: clicks every second keep it alive past the limit
        for (int i = 0; i < 8; i++) {
            page.waitForTimeout(2000);
            page.locator("vaadin-side-nav-item").nth(i % 2).click();
        }
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        // left alone for longer than the limit, heartbeats going on (one a second)...
        page.waitForTimeout(20_000);
        // ...the session has ended: the tab is on the sign-in page already, or gets there at the next click
        if (!page.url().contains("/login")) {
            page.locator("vaadin-side-nav-item").first().click();
        }
        page.waitForURL(Pattern.compile(".*/login.*"), new com.microsoft.playwright.Page.WaitForURLOptions().setTimeout(30_000));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }
}

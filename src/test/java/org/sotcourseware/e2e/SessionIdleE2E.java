package org.sotcourseware.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * An open tab does not keep a session alive: Vaadin's heartbeat (every second here) is not use, so a staff
 * session left alone ends at its idle limit (12 seconds here, long enough for a loaded build machine, 30 minutes in production) and the tab returns to
 * the sign-in page by itself. A session in use does not end.
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
        // left alone: heartbeats go on, yet the session ends and the tab goes to sign-in
        page.waitForURL(Pattern.compile(".*/login.*"), new com.microsoft.playwright.Page.WaitForURLOptions().setTimeout(60_000));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }
}

package org.sotcourseware.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.Totp;
import org.sotcourseware.security.UserAdminService;
import org.sotcourseware.testsupport.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two-step sign-in in a real browser: after the password, no page but the code page until a good code. */
class SecondFactorE2E extends BrowserTest {

    @Autowired UserAdminService admin;
    @Autowired JdbcClient jdbc;

    @Test
    void an_instructor_with_an_app_reaches_nothing_until_the_code_and_everything_after_it() {
        String name = Unique.name("twostep");
        testUsers.signIn("admin");
        try {
            admin.create(name, "Two Step", null, "a-long-enough-password", Set.of(Roles.INSTRUCTOR));
        } finally {
            testUsers.signOut();
        }
        byte[] secret = Totp.newSecret();
        jdbc.sql("insert into second_factor (user_id, secret, created_at, confirmed_at, last_step) values (?,?,?,?,0)")
                .params(testUsers.id(name), Totp.base32(secret), Timestamp.from(Instant.now()), Timestamp.from(Instant.now())).update();

        signIn(name, "a-long-enough-password");
        page.waitForURL(Pattern.compile(".*/account/second-factor$"));
        assertThat(page.locator("h1")).hasText("Two-step sign-in");

        page.navigate(url("authoring"));
        assertThat(page.locator(".second-factor-code")).isVisible(); // every page shows the code page instead
        assertThat(page.locator("vaadin-side-nav")).hasCount(0);

        page.locator(".second-factor-code input").fill("000000".equals(Totp.code(secret, Instant.now().getEpochSecond())) ? "111111" : "000000");
        page.locator("vaadin-button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Continue")).click();
        assertThat(page.locator(".second-factor-code")).containsText("not right");

        page.locator(".second-factor-code input").fill(Totp.code(secret, Instant.now().getEpochSecond()));
        page.locator("vaadin-button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Continue")).click();
        page.waitForURL(u -> !u.contains("second-factor"));
        page.navigate(url("authoring"));
        assertThat(page.locator(".second-factor-code")).hasCount(0);
        assertThat(page.locator("h1").first()).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/authoring$"));
    }
}

package org.sotcourseware.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.testsupport.HttpBrowser;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.MutableClock;
import org.sotcourseware.testsupport.MutableClockConfig;
import org.sotcourseware.testsupport.TestUsers;
import org.sotcourseware.testsupport.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-in, throttling, sessions and the host guard, spoken to over real HTTP (the Vaadin sign-in form's POST, as a
 * browser sends it). The clock is the app's, moved by the test; the throttle and session generations are in the
 * database.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sot.sign-in.address-failures-per-hour=15")
@Import(MutableClockConfig.class)
class SignInSecurityTest {

    static final String PASSWORD = "violet cranium ferry harbour";

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers testUsers;
    @Autowired
    UserAdminService admin;
    @Autowired
    MyAccountService myAccount;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    SessionProperties sessions;

    @BeforeEach
    void noLocks() {
        jdbc.sql("delete from sign_in_throttle").update();
    }

    private UserSummary newUser(String prefix, String password, String role) {
        testUsers.signIn("admin");
        try {
            return admin.create(Unique.name(prefix), "Test " + prefix, null, password, Set.of(role));
        } finally {
            testUsers.signOut();
        }
    }

    private HttpBrowser browser() {
        return new HttpBrowser(port);
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    private List<String> audit(String action, String username) {
        return jdbc.sql("select detail from audit_event where action = ? and target = ? order by id")
                .params(action, "user:" + username).query(String.class).list();
    }

    @Test
    void signing_in_gives_a_new_session_id_and_an_http_only_same_site_cookie() {
        UserSummary u = newUser("fixation", PASSWORD, Roles.STUDENT);
        HttpBrowser b = browser();
        HttpResponse<String> page = b.get("/login");
        String before = b.sessionId().orElseThrow();
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(page.body()).doesNotContain(";jsessionid=");

        HttpResponse<String> post = b.signIn(u.username(), PASSWORD);
        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(location(post)).doesNotContain("error");
        assertThat(b.sessionId()).get().as("session id after sign-in").isNotEqualTo(before);
        assertThat(b.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void five_failures_pause_the_name_the_right_password_then_waits_and_works_after_the_delay() {
        UserSummary u = newUser("throttled", PASSWORD, Roles.STUDENT);
        HttpBrowser b = browser();
        for (int i = 1; i <= 5; i++) {
            assertThat(location(b.signIn(u.username(), "wrong password " + i))).as("failure " + i).endsWith("/login?error");
        }
        assertThat(throttle.lockedUntil(u.username(), "198.51.100.7")).as("the name is paused from any address")
                .hasValueSatisfying(until -> assertThat(Duration.between(clock.instant(), until))
                        .isBetween(Duration.ofMillis(29_999), Duration.ofMillis(30_001)));
        // the right password is not even checked while paused
        assertThat(location(b.signIn(u.username(), PASSWORD))).endsWith("/login?error");
        assertThat(audit("sign-in.locked", u.username())).hasSize(1);

        clock.advance(Duration.ofSeconds(31));
        HttpResponse<String> ok = b.signIn(u.username(), PASSWORD);
        assertThat(location(ok)).doesNotContain("error");
        assertThat(throttle.lockedUntil(u.username(), "127.0.0.1")).isEmpty();

        List<String> failed = audit("sign-in.failed", u.username());
        assertThat(failed).hasSize(5).allSatisfy(d -> assertThat(d).contains("from 127.0.0.1").contains("wrong password"));
        assertThat(failed.getLast()).contains("locked until");
        assertThat(audit("sign-in", u.username())).singleElement().asString().contains("from 127.0.0.1");
        assertThat(jdbc.sql("select actor_id from audit_event where action = 'sign-in' and target = ?").param("user:" + u.username())
                .query(Long.class).single()).isEqualTo(u.id().value());
    }

    @Test
    void the_delay_doubles_from_thirty_seconds_up_to_fifteen_minutes() {
        SignInProperties p = new SignInProperties(5, Duration.ofSeconds(30), Duration.ofMinutes(15), 100);
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 20).stream().map(n -> SignInThrottle.accountDelay(n, p)).toList()).containsExactly(
                Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(15));
    }

    @Test
    void a_name_without_an_account_is_paused_the_same_way_and_the_answers_are_the_same() {
        UserSummary real = newUser("realname", PASSWORD, Roles.STUDENT);
        String ghost = Unique.name("ghost");
        HttpBrowser b = browser();
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> forGhost = b.signIn(ghost, "wrong password " + i);
            HttpResponse<String> forReal = b.signIn(real.username(), "wrong password " + i);
            assertThat(forGhost.statusCode()).isEqualTo(forReal.statusCode());
            assertThat(location(forGhost)).isEqualTo(location(forReal));
        }
        assertThat(throttle.lockedUntil(ghost, "127.0.0.1")).isPresent();
        assertThat(audit("sign-in.failed", ghost)).last().asString().contains("no such account");
    }

    @Test
    void an_address_over_its_hourly_budget_is_refused_until_an_administrator_lifts_the_pause() {
        UserSummary u = newUser("budget", PASSWORD, Roles.STUDENT);
        HttpBrowser b = browser();
        for (int i = 0; i < 15; i++) {
            b.signIn(Unique.name("guess"), "wrong password"); // each name fails once: only the address budget counts up
        }
        assertThat(location(b.signIn(u.username(), PASSWORD))).as("even the right password, from this address").endsWith("/login?error");

        testUsers.signIn("admin");
        try {
            assertThat(throttle.locks()).anySatisfy(l -> {
                assertThat(l.kind().english()).isEqualTo("Address");
                assertThat(l.subject()).isEqualTo("127.0.0.1");
            });
            throttle.clear("address:127.0.0.1");
            assertThat(throttle.locks()).noneSatisfy(l -> assertThat(l.subject()).isEqualTo("127.0.0.1"));
        } finally {
            testUsers.signOut();
        }
        assertThat(location(b.signIn(u.username(), PASSWORD))).doesNotContain("error");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'sign-in.unlock' and target = 'address:127.0.0.1'")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(1);
        testUsers.signIn("student");
        try {
            assertThatThrownBy(() -> throttle.locks()).as("administrators only")
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            assertThatThrownBy(() -> throttle.clear("address:127.0.0.1")).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        } finally {
            testUsers.signOut();
        }
    }

    @Test
    void an_administrator_signs_a_person_out_everywhere_on_every_session() {
        UserSummary u = newUser("everywhere", PASSWORD, Roles.STUDENT);
        HttpBrowser laptop = browser();
        HttpBrowser phone = browser();
        laptop.signInAndOpen(u.username(), PASSWORD);
        phone.signInAndOpen(u.username(), PASSWORD);
        assertThat(laptop.get("/modules").statusCode()).isEqualTo(200);

        testUsers.signIn("admin");
        try {
            admin.signOutEverywhere(u.id());
        } finally {
            testUsers.signOut();
        }
        clock.advance(sessions.revocationCheck().plusSeconds(1));
        assertThat(location(laptop.get("/modules"))).endsWith("/login");
        assertThat(location(phone.get("/modules"))).endsWith("/login");
        assertThat(audit("user.sign-out-everywhere", u.username())).hasSize(1);
        // signing in again works
        assertThat(phone.signInAndOpen(u.username(), PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void changing_ones_own_password_needs_the_current_one_and_ends_the_other_sessions() {
        UserSummary u = newUser("changer", PASSWORD, Roles.INSTRUCTOR);
        HttpBrowser other = browser();
        other.signInAndOpen(u.username(), PASSWORD);

        testUsers.signIn(u.username());
        try {
            assertThatThrownBy(() -> myAccount.changePassword("not my password", "a brand new lighthouse"))
                    .isInstanceOf(UserAdminService.InvalidUserException.class).hasMessageContaining("current password is not right");
            assertThatThrownBy(() -> myAccount.changePassword(PASSWORD, "1q2w3e4r5t6y")).hasMessageContaining("commonly used");
            assertThatThrownBy(() -> myAccount.changePassword(PASSWORD, "short")).hasMessageContaining("at least 12");
            myAccount.changePassword(PASSWORD, "a brand new lighthouse");
        } finally {
            testUsers.signOut();
        }
        clock.advance(sessions.revocationCheck().plusSeconds(1));
        assertThat(location(other.get("/modules"))).as("the other session ended").endsWith("/login");
        assertThat(location(browser().signIn(u.username(), PASSWORD))).endsWith("/login?error");
        assertThat(location(browser().signIn(u.username(), "a brand new lighthouse"))).doesNotContain("error");
        assertThat(audit("user.password-change", u.username())).hasSize(1);
        assertThat(audit("user.password-change-refused", u.username())).hasSize(1);
    }

    @Test
    void wrong_current_passwords_count_in_the_sign_in_throttle_and_pause_the_account() {
        UserSummary u = newUser("reauth", PASSWORD, Roles.STUDENT);
        testUsers.signIn(u.username());
        try {
            for (int i = 1; i <= 4; i++) {
                assertThatThrownBy(() -> myAccount.changePassword("guess number one", "a brand new lighthouse"))
                        .hasMessage("The current password is not right.");
            }
            assertThat(throttle.lockedUntil(u.username(), "203.0.113.9")).as("four wrong: not paused yet").isEmpty();
            assertThatThrownBy(() -> myAccount.changePassword("guess number five", "a brand new lighthouse"))
                    .hasMessageContaining("not right").hasMessageContaining("Too many wrong passwords").hasMessageContaining("try again in");
            assertThat(throttle.lockedUntil(u.username(), "203.0.113.9")).as("the account is paused, also for sign-in").isPresent();
            // while paused even the right password is not checked
            assertThatThrownBy(() -> myAccount.changePassword(PASSWORD, "a brand new lighthouse"))
                    .isInstanceOf(UserAdminService.InvalidUserException.class).hasMessageContaining("Too many wrong passwords");
        } finally {
            testUsers.signOut();
        }
        assertThat(location(browser().signIn(u.username(), PASSWORD))).as("sign-in shares the pause").endsWith("/login?error");
        assertThat(audit("user.password-change-refused", u.username())).hasSize(6)
                .anyMatch(d -> d.contains("locked until")).anyMatch(d -> d.contains("without checking"));

        clock.advance(java.time.Duration.ofMinutes(16));
        testUsers.signIn(u.username());
        try {
            myAccount.changePassword(PASSWORD, "a brand new lighthouse");
        } finally {
            testUsers.signOut();
        }
        assertThat(throttle.lockedUntil(u.username(), "203.0.113.9")).isEmpty();
    }

    @Test
    void a_role_change_a_password_reset_or_disabling_by_an_administrator_signs_the_person_out() {
        UserSummary u = newUser("promoted", PASSWORD, Roles.STUDENT);
        HttpBrowser b = browser();
        b.signInAndOpen(u.username(), PASSWORD);
        testUsers.signIn("admin");
        try {
            admin.changeRoles(u.id(), Set.of(Roles.STUDENT, Roles.INSTRUCTOR));
        } finally {
            testUsers.signOut();
        }
        clock.advance(sessions.revocationCheck().plusSeconds(1));
        assertThat(location(b.get("/modules"))).endsWith("/login");
        assertThat(jdbc.sql("select detail from audit_event where action = 'roles changed' and target like ?")
                .param("% (" + u.username() + ")").query(String.class).list())
                .singleElement().asString().contains("from STUDENT to INSTRUCTOR, STUDENT; signed out everywhere");

        b.signInAndOpen(u.username(), PASSWORD);
        testUsers.signIn("admin");
        try {
            admin.resetPassword(u.id(), "another long passphrase");
        } finally {
            testUsers.signOut();
        }
        clock.advance(sessions.revocationCheck().plusSeconds(1));
        assertThat(location(b.get("/modules"))).endsWith("/login");

        b.signInAndOpen(u.username(), "another long passphrase");
        testUsers.signIn("admin");
        try {
            admin.setEnabled(u.id(), false);
        } finally {
            testUsers.signOut();
        }
        clock.advance(sessions.revocationCheck().plusSeconds(1));
        assertThat(location(b.get("/modules"))).as("disabled: signed out").endsWith("/login");
        assertThat(location(browser().signIn(u.username(), "another long passphrase"))).as("and refused like a wrong password")
                .endsWith("/login?error");
        assertThat(audit("sign-in.failed", u.username())).last().asString().contains("account disabled");
    }

    @Test
    void a_session_ends_twelve_hours_after_sign_in_however_busy() {
        UserSummary u = newUser("marathon", PASSWORD, Roles.STUDENT);
        HttpBrowser b = browser();
        b.signInAndOpen(u.username(), PASSWORD);
        for (int hour = 1; hour < 12; hour++) {
            clock.advance(Duration.ofHours(1));
            assertThat(b.get("/modules").statusCode()).as("hour " + hour).isEqualTo(200);
        }
        clock.advance(Duration.ofHours(1));
        assertThat(location(b.get("/modules"))).endsWith("/login");
    }

    @Test
    void heartbeats_alone_do_not_keep_a_session_alive_past_its_idle_limit() {
        UserSummary u = newUser("idler", PASSWORD, Roles.STUDENT); // students: 2 hours
        HttpBrowser b = browser();
        b.signInAndOpen(u.username(), PASSWORD);
        clock.advance(Duration.ofMinutes(110));
        assertThat(b.get("/modules").statusCode()).as("used within 2 h").isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(25));
            b.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/?v-r=heartbeat&v-uiId=0"))
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        }
        assertThat(location(b.get("/modules"))).as("125 minutes of heartbeats only").endsWith("/login");
    }

    @Test
    void a_password_longer_than_bcrypts_72_bytes_is_set_and_signs_in_and_an_over_long_one_gets_a_message() {
        String longPassword = "Éé".repeat(30) + " seventy-two bytes is not a limit here"; // 98 characters, 158 bytes
        UserSummary u = newUser("longpass", longPassword, Roles.STUDENT);
        assertThat(location(browser().signIn(u.username(), longPassword))).doesNotContain("error");
        assertThatThrownBy(() -> newUser("toolong", "a".repeat(129), Roles.STUDENT))
                .isInstanceOf(UserAdminService.InvalidUserException.class).hasMessageContaining("at most 128 characters");
        // a very long password typed at sign-in is just a wrong password
        assertThat(location(browser().signIn(u.username(), "x".repeat(5000)))).endsWith("/login?error");
    }

    @Test
    void a_forged_host_is_refused_and_never_echoed_into_the_sign_in_redirect() throws IOException {
        String forged = raw("GET /modules HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(forged).startsWith("HTTP/1.1 400").doesNotContain("Location").doesNotContain("evil.example");
        assertThat(forged).contains("Content-Security-Policy").contains("X-Content-Type-Options: nosniff");
        String real = raw("GET /modules HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n");
        assertThat(real).startsWith("HTTP/1.1 302").contains("Location: http://localhost:" + port + "/login");
        // forwarded headers are not trusted unless configured
        String forwarded = raw("GET /modules HTTP/1.1\r\nHost: localhost:" + port + "\r\nX-Forwarded-Host: evil.example\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(forwarded).doesNotContain("evil.example");
        // health probes by address still answer
        assertThat(raw("GET /actuator/health HTTP/1.1\r\nHost: 10.0.0.5\r\nConnection: close\r\n\r\n")).doesNotStartWith("HTTP/1.1 400");
    }

    private String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package org.sotcourseware.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
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
 * ASVS 5.0 V7.5.2: a person sees where they are signed in and, after entering their password again, signs out
 * any other session, which ends at its next request. Real sign-ins over HTTP, the same context as
 * {@link SignInSecurityTest}.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sot.sign-in.address-failures-per-hour=15")
@Import(MutableClockConfig.class)
class ActiveSessionsTest {

    static final String PASSWORD = "violet cranium ferry harbour";
    static final String FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
    static final String SAFARI_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

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
    SessionProperties sessions;

    @BeforeEach
    void noLocks() {
        jdbc.sql("delete from sign_in_throttle").update();
    }

    private UserSummary newUser(String prefix, String role) {
        testUsers.signIn("admin");
        try {
            return admin.create(Unique.name(prefix), "Test " + prefix, null, PASSWORD, Set.of(role));
        } finally {
            testUsers.signOut();
        }
    }

    private String keyOf(UserSummary u, String device) {
        return jdbc.sql("select id from user_session where user_id = ? and device = ? and ended_at is null")
                .params(u.id().value(), device).query(String.class).single();
    }

    private List<ActiveSessions.Active> sessionsOf(UserSummary u, String currentKey) {
        testUsers.signIn(u.username());
        try {
            return myAccount.mySessions(currentKey);
        } finally {
            testUsers.signOut();
        }
    }

    private static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    private void nextCheck() {
        clock.advance(sessions.revocationCheck().plusSeconds(1));
    }

    @Test
    void a_person_sees_each_browser_and_signs_one_out_from_another_after_entering_the_password_again() {
        UserSummary u = newUser("devices", Roles.STUDENT);
        HttpBrowser laptop = new HttpBrowser(port, FIREFOX_WINDOWS);
        HttpBrowser phone = new HttpBrowser(port, SAFARI_IPHONE);
        laptop.signInAndOpen(u.username(), PASSWORD);
        clock.advance(Duration.ofMinutes(3));
        phone.signInAndOpen(u.username(), PASSWORD);
        String laptopKey = keyOf(u, "Firefox on Windows");
        String phoneKey = keyOf(u, "Safari on iPhone");

        List<ActiveSessions.Active> listed = sessionsOf(u, laptopKey);
        assertThat(listed).extracting(ActiveSessions.Active::device).containsExactly("Safari on iPhone", "Firefox on Windows");
        assertThat(listed).extracting(ActiveSessions.Active::current).containsExactly(false, true);
        assertThat(listed).allSatisfy(a -> assertThat(a.address()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1"));
        assertThat(listed.get(1).lastSeenAt()).as("the laptop was used 3 minutes before the phone signed in")
                .isBefore(listed.get(0).lastSeenAt());

        testUsers.signIn(u.username());
        try {
            assertThatThrownBy(() -> myAccount.endSession("not my password", phoneKey))
                    .isInstanceOf(UserAdminService.InvalidUserException.class).hasMessage("The current password is not right.");
            ActiveSessions.Active ended = myAccount.endSession(PASSWORD, phoneKey);
            assertThat(ended.device()).isEqualTo("Safari on iPhone");
            assertThatThrownBy(() -> myAccount.endSession(PASSWORD, phoneKey)).hasMessage("That session has already ended.");
        } finally {
            testUsers.signOut();
        }
        nextCheck();
        assertThat(location(phone.get("/modules"))).as("the phone's session ended at its next request").endsWith("/login");
        assertThat(laptop.get("/modules").statusCode()).as("the laptop goes on").isEqualTo(200);
        assertThat(sessionsOf(u, laptopKey)).extracting(ActiveSessions.Active::device).containsExactly("Firefox on Windows");
        assertThat(jdbc.sql("select ended_how from user_session where id = ?").param(phoneKey).query(String.class).single())
                .isEqualTo("signed out from another session");
        assertThat(audit("user.session-ended", u)).singleElement().asString().contains("Safari on iPhone");
        assertThat(audit("user.session-end-refused", u)).singleElement().asString().contains("wrong");
    }

    @Test
    void the_last_use_is_recorded_and_heartbeats_do_not_count_as_use() {
        UserSummary u = newUser("lastuse", Roles.STUDENT);
        HttpBrowser laptop = new HttpBrowser(port, FIREFOX_WINDOWS);
        laptop.signInAndOpen(u.username(), PASSWORD);
        String key = keyOf(u, "Firefox on Windows");
        java.time.Instant signedIn = sessionsOf(u, key).getFirst().lastSeenAt();

        clock.advance(Duration.ofMinutes(10));
        java.time.Instant used = clock.instant();
        laptop.get("/modules");
        assertThat(sessionsOf(u, key).getFirst().lastSeenAt()).isCloseTo(used, within(1, ChronoUnit.MILLIS)).isAfter(signedIn);

        clock.advance(Duration.ofMinutes(10));
        laptop.get("/?v-r=heartbeat");
        assertThat(sessionsOf(u, key).getFirst().lastSeenAt()).as("a heartbeat is not use").isCloseTo(used, within(1, ChronoUnit.MILLIS));
    }

    @Test
    void a_password_change_keeps_this_session_listed_and_closes_the_others_and_sign_out_everywhere_lists_none() {
        UserSummary u = newUser("keeper", Roles.INSTRUCTOR);
        HttpBrowser laptop = new HttpBrowser(port, FIREFOX_WINDOWS);
        HttpBrowser phone = new HttpBrowser(port, SAFARI_IPHONE);
        laptop.signInAndOpen(u.username(), PASSWORD);
        phone.signInAndOpen(u.username(), PASSWORD);
        String laptopKey = keyOf(u, "Firefox on Windows");

        testUsers.signIn(u.username());
        try {
            myAccount.changePassword(PASSWORD, "a brand new lighthouse", laptopKey);
        } finally {
            testUsers.signOut();
        }
        assertThat(sessionsOf(u, laptopKey)).singleElement().satisfies(a -> {
            assertThat(a.device()).isEqualTo("Firefox on Windows");
            assertThat(a.current()).isTrue();
        });

        testUsers.signIn(u.username());
        try {
            myAccount.signOutEverywhere();
        } finally {
            testUsers.signOut();
        }
        assertThat(sessionsOf(u, laptopKey)).as("behind the account's generation: not listed").isEmpty();
    }

    @Test
    void sign_out_all_others_ends_every_other_session_and_no_one_can_end_someone_elses() {
        UserSummary u = newUser("many", Roles.STUDENT);
        UserSummary other = newUser("stranger", Roles.STUDENT);
        HttpBrowser here = new HttpBrowser(port, FIREFOX_WINDOWS);
        here.signInAndOpen(u.username(), PASSWORD);
        List<HttpBrowser> elsewhere = List.of(new HttpBrowser(port, SAFARI_IPHONE), new HttpBrowser(port, SAFARI_IPHONE));
        elsewhere.forEach(b -> b.signInAndOpen(u.username(), PASSWORD));
        String hereKey = keyOf(u, "Firefox on Windows");

        testUsers.signIn(other.username());
        try {
            assertThatThrownBy(() -> myAccount.endSession(PASSWORD, hereKey)).as("another person's session is not found")
                    .hasMessage("That session has already ended.");
        } finally {
            testUsers.signOut();
        }
        testUsers.signIn(u.username());
        try {
            assertThat(myAccount.endOtherSessions(PASSWORD, hereKey)).isEqualTo(2);
        } finally {
            testUsers.signOut();
        }
        nextCheck();
        elsewhere.forEach(b -> assertThat(location(b.get("/modules"))).endsWith("/login"));
        assertThat(here.get("/modules").statusCode()).isEqualTo(200);
        assertThat(sessionsOf(u, hereKey)).extracting(ActiveSessions.Active::current).containsExactly(true);
    }

    @Test
    void a_session_idle_past_its_limit_or_signed_in_longer_ago_than_the_absolute_lifetime_is_not_listed() {
        UserSummary student = newUser("idle", Roles.STUDENT);
        new HttpBrowser(port, FIREFOX_WINDOWS).signInAndOpen(student.username(), PASSWORD);
        assertThat(sessionsOf(student, null)).hasSize(1);
        clock.advance(sessions.studentIdle().plusMinutes(1));
        assertThat(sessionsOf(student, null)).as("as if its node had died: idle past the student limit").isEmpty();

        UserSummary staff = newUser("busy", Roles.ORGANISER);
        HttpBrowser b = new HttpBrowser(port, FIREFOX_WINDOWS);
        b.signInAndOpen(staff.username(), PASSWORD);
        for (Duration passed = Duration.ZERO; passed.compareTo(sessions.absoluteLifetime()) < 0; passed = passed.plus(sessions.staffIdle().dividedBy(2))) {
            clock.advance(sessions.staffIdle().dividedBy(2));
            b.get("/modules");
        }
        assertThat(sessionsOf(staff, null)).as("busy, but past the absolute lifetime").isEmpty();
    }

    private List<String> audit(String action, UserSummary u) {
        return jdbc.sql("select detail from audit_event where action = ? and target = ? order by id")
                .params(action, "user:" + u.username()).query(String.class).list();
    }
}

package org.sotcourseware.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.security.MyAccountService;
import org.sotcourseware.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** The user menu's "Where you are signed in": the list, the password asked again, and signing out another session. */
@IntegrationTest
class SessionsDialogTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MyAccountService service;

    private long student() {
        return jdbc.sql("select id from app_user where username = 'student'").query(Long.class).single();
    }

    private void signedInElsewhere(String id, String device, Duration ago) {
        long user = student();
        long generation = jdbc.sql("select session_generation from app_user where id = ?").param(user).query(Long.class).single();
        Timestamp at = Timestamp.from(Instant.now().minus(ago));
        jdbc.sql("insert into user_session (id, user_id, generation, signed_in_at, last_seen_at, address, device, idle_seconds) "
                + "values (?, ?, ?, ?, ?, '198.51.100.7', ?, 7200)").params(id, user, generation, at, at, device).update();
    }

    @AfterEach
    void tidy() {
        jdbc.sql("delete from user_session where id like 'dialog-test-%'").update();
    }

    @Test
    @WithUserDetails("student")
    void lists_each_session_and_signs_one_out_only_after_the_password_is_entered_again() {
        signedInElsewhere("dialog-test-phone", "Safari on iPhone", Duration.ofMinutes(4));
        MyAccountDialogs.sessions(service).open();

        assertThat($(Span.class).withClassName("session-device").all()).extracting(Span::getText).contains("Safari on iPhone");
        assertThat($(Paragraph.class).withClassName("session-facts").all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("From 198.51.100.7 · signed in ") && t.endsWith("· last active 4 minutes ago"));
        Button signOut = $(Button.class).withClassName("end-session").single();
        assertThat(signOut.getElement().getAttribute("aria-label")).startsWith("Sign out Safari on iPhone, signed in ");

        test(signOut).click();
        PasswordField password = $(PasswordField.class).withClassName("sessions-password").single();
        assertThat(password.isInvalid()).as("no password: refused beside the field").isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("The current password is not right.");
        assertThat(ended("dialog-test-phone")).isFalse();

        test(password).setValue("demo-student");
        test(signOut).click();
        assertThat(ended("dialog-test-phone")).isTrue();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Safari on iPhone is signed out.");
        assertThat($(Span.class).withClassName("session-device").all()).extracting(Span::getText).doesNotContain("Safari on iPhone");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains("You are not signed in anywhere else.");
        assertThat(password.isVisible()).isFalse();
    }

    @Test
    void last_active_reads_as_people_say_it() {
        Instant now = Instant.parse("2026-12-07T12:00:00Z");
        assertThat(MyAccountDialogs.ago(now.minusSeconds(20), now).english()).isEqualTo("just now");
        assertThat(MyAccountDialogs.ago(now.minusSeconds(60), now).english()).isEqualTo("1 minute ago");
        assertThat(MyAccountDialogs.ago(now.minus(Duration.ofMinutes(59)), now).english()).isEqualTo("59 minutes ago");
        assertThat(MyAccountDialogs.ago(now.minus(Duration.ofMinutes(61)), now).english()).isEqualTo("1 hour ago");
        assertThat(MyAccountDialogs.ago(now.minus(Duration.ofHours(47)), now).english()).isEqualTo("47 hours ago");
        assertThat(MyAccountDialogs.ago(now.minus(Duration.ofDays(3)), now).english()).isEqualTo("3 days ago");
        assertThat(MyAccountDialogs.ago(now.minusSeconds(20), now).in(java.util.Locale.GERMAN)).isEqualTo("gerade eben");
        assertThat(MyAccountDialogs.ago(now.minusSeconds(60), now).in(java.util.Locale.GERMAN)).isEqualTo("vor einer Minute");
        assertThat(MyAccountDialogs.ago(now.minus(Duration.ofMinutes(59)), now).in(java.util.Locale.GERMAN)).isEqualTo("vor 59 Minuten");
        assertThat(MyAccountDialogs.ago(now.minus(Duration.ofDays(3)), now).in(java.util.Locale.GERMAN)).isEqualTo("vor 3 Tagen");
    }

    private boolean ended(String id) {
        return jdbc.sql("select ended_at is not null from user_session where id = ?").param(id).query(Boolean.class).single();
    }
}

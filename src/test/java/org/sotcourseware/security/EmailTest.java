package org.sotcourseware.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.audit.AuditEntry;
import org.sotcourseware.audit.AuditLog;
import org.sotcourseware.seminar.SeminarId;
import org.sotcourseware.seminar.SeminarService;
import org.sotcourseware.seminar.SeminarReadModel;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.MutableClock;
import org.sotcourseware.testsupport.TestUsers;
import org.sotcourseware.testsupport.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Email through a real SMTP server (GreenMail on a free port): "forgot password" links (hashed, one hour,
 * single use, the same answer for unknown addresses, limited per account and per address), set-up links for
 * accounts made by CSV enrolment, and notices when a password changes.
 */
@IntegrationTest(properties = "sot.mail.public-url=https://courses.example.org")
class EmailTest {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry r) {
        r.add("spring.mail.host", () -> "127.0.0.1");
        r.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.now());
        }
    }

    @Autowired PasswordReset reset;
    @Autowired AccountProvisioning accounts;
    @Autowired UserAdminService admin;
    @Autowired SeminarService seminars;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired MutableClock clock;
    @Autowired AuditLog audit;

    @BeforeEach
    void purge() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    private static String address(String username) {
        return username + "@test.invalid";
    }

    /** The messages received so far, after waiting for {@code count} of them. */
    private static List<MimeMessage> received(int count) {
        assertThat(SMTP.waitForIncomingEmail(10_000, count)).as("%d messages arrive", count).isTrue();
        return List.of(SMTP.getReceivedMessages());
    }

    private static String part(MimeMessage m, String type) throws Exception {
        List<String> found = new ArrayList<>();
        collect(m, type, found);
        assertThat(found).as(type).hasSize(1);
        return found.getFirst();
    }

    private static void collect(Part p, String type, List<String> out) throws Exception {
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart b = mp.getBodyPart(i);
                collect(b, type, out);
            }
        } else if (p.isMimeType(type)) {
            out.add(p.getContent().toString());
        }
    }

    private static String token(String text) {
        Matcher m = Pattern.compile("https://courses\\.example\\.org/account/setup/([A-Za-z0-9_-]+)").matcher(text);
        assertThat(m.find()).as("a link in: %s", text).isTrue();
        return m.group(1);
    }

    @Test
    void a_forgotten_password_gets_a_one_time_link_by_email_stored_only_as_a_hash_and_a_notice_when_it_is_used() throws Exception {
        String username = users.newStudent("forgot");
        reset.request("nobody-" + username + "@test.invalid", "192.0.2.1"); // unknown: nothing is sent, nothing is stored
        reset.request(address(username).toUpperCase(), "192.0.2.1");

        MimeMessage m = received(1).getFirst();
        assertThat(m.getAllRecipients()).extracting(Object::toString).containsExactly(address(username));
        assertThat(m.getSubject()).isEqualTo("Choose a new password for SOT Courseware");
        String text = part(m, "text/plain");
        String html = part(m, "text/html");
        assertThat(text).contains("Hello Test " + username, "works once, for 60 minutes");
        assertThat(html).contains("<a href=\"https://courses.example.org/account/setup/", "Choose a new password");
        String token = token(text);
        assertThat(token(html)).isEqualTo(token);
        assertThat(jdbc.sql("select count(*) from password_setup where token_hash = ?").param(token).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from password_setup where token_hash = ?").param(AccountProvisioning.hash(token))
                .query(Long.class).single()).isOne();

        assertThat(accounts.linkFor(token)).hasValueSatisfying(l -> assertThat(l.reset()).isTrue());
        accounts.completeSetup(token, "a-brand-new-password");
        assertThat(encoder.matches("a-brand-new-password",
                jdbc.sql("select password_hash from app_user where username = ?").param(username).query(String.class).single())).isTrue();
        assertThatThrownBy(() -> accounts.completeSetup(token, "another-new-password")).isInstanceOf(UserAdminService.InvalidUserException.class);

        MimeMessage notice = received(2).get(1);
        assertThat(notice.getSubject()).isEqualTo("Your SOT Courseware sign-in changed");
        assertThat(part(notice, "text/plain")).contains("Your password was reset for your SOT Courseware account on");
    }

    @Test
    void a_person_who_picked_german_gets_the_link_and_the_notice_in_german() throws Exception {
        String username = users.newStudent("deutsch");
        jdbc.sql("update app_user set language = 'de' where username = ?").param(username).update();
        reset.request(address(username), "192.0.2.9");

        MimeMessage m = received(1).getFirst();
        assertThat(m.getSubject()).isEqualTo("Neues Passwort für SOT Courseware wählen");
        String text = part(m, "text/plain");
        assertThat(text).contains("Guten Tag Test " + username, "60 Minuten gültig");
        assertThat(part(m, "text/html")).contains("<html lang=\"de\">", "Neues Passwort wählen");

        accounts.completeSetup(token(text), "ein-ganz-neues-passwort");
        MimeMessage notice = received(2).get(1);
        assertThat(notice.getSubject()).isEqualTo("Ihre Anmeldung bei SOT Courseware wurde geändert");
        assertThat(part(notice, "text/plain")).contains("Ihr Passwort wurde zurückgesetzt (Ihr Konto bei SOT Courseware, ").contains(" UTC).");
    }

    @Test
    void a_reset_link_stops_working_after_an_hour() {
        String username = users.newStudent("late");
        reset.request(username, "192.0.2.2");
        String token;
        try {
            token = token(part(received(1).getFirst(), "text/plain"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        clock.advance(Duration.ofMinutes(61));
        try {
            assertThat(accounts.linkFor(token)).isEmpty();
            assertThatThrownBy(() -> accounts.completeSetup(token, "a-brand-new-password"))
                    .isInstanceOf(UserAdminService.InvalidUserException.class).hasMessageContaining("expired");
        } finally {
            clock.advance(Duration.ofMinutes(-61));
        }
    }

    @Test
    void requests_are_limited_per_account_and_per_address() {
        String username = users.newStudent("flood");
        for (int i = 0; i < PasswordReset.PER_ACCOUNT_PER_HOUR + 2; i++) {
            reset.request(address(username), "192.0.2.3");
        }
        assertThat(received(PasswordReset.PER_ACCOUNT_PER_HOUR)).hasSize(PasswordReset.PER_ACCOUNT_PER_HOUR);

        String other = users.newStudent("flood-other");
        for (int i = 0; i < PasswordReset.PER_ADDRESS_PER_HOUR; i++) {
            reset.request("unknown-" + i + "@test.invalid", "192.0.2.4");
        }
        reset.request(address(other), "192.0.2.4"); // the address spent its budget: nothing is sent
        reset.request(address(other), "192.0.2.5"); // another address may
        List<MimeMessage> all = received(PasswordReset.PER_ACCOUNT_PER_HOUR + 1);
        assertThat(all).hasSize(PasswordReset.PER_ACCOUNT_PER_HOUR + 1);
        assertThat(jdbc.sql("select count(*) from password_reset_request where source_address = '192.0.2.4'").query(Long.class).single())
                .isEqualTo(PasswordReset.PER_ADDRESS_PER_HOUR);
    }

    @Test
    void accounts_made_by_csv_enrolment_get_their_set_up_link_by_email_instead_of_a_download() throws Exception {
        users.signIn("organiser");
        LocalDateHolder d = new LocalDateHolder();
        SeminarId id = seminars.create(new SeminarReadModel.Form(Unique.name("Emailed"), "Hall", false, d.start, d.start.plusDays(1), 8, 10,
                SeminarReadModel.Status.PLANNED, Set.of("category-two"), Set.of(), null));
        String fresh = Unique.name("emailed") + "@example.org";
        var result = seminars.applyImport(id, "email,name\n" + fresh + ",Emma Mailed\n", "https://ignored.example/account/setup/");
        assertThat(result.emailed()).isTrue();
        assertThat(result.created()).isOne();
        assertThat(result.links()).isEmpty();

        MimeMessage m = received(1).getFirst();
        assertThat(m.getAllRecipients()).extracting(Object::toString).containsExactly(fresh);
        assertThat(m.getSubject()).isEqualTo("Your SOT Courseware account");
        String text = part(m, "text/plain");
        assertThat(text).contains("Hello Emma Mailed", "for 14 days");
        assertThat(accounts.linkFor(token(text))).hasValueSatisfying(l -> {
            assertThat(l.name()).isEqualTo("Emma Mailed");
            assertThat(l.reset()).isFalse();
        });
    }

    @Test
    void an_administrator_resetting_a_password_sends_the_person_a_notice_and_it_is_audited() throws Exception {
        users.signIn("admin");
        String username = users.newStudent("notice");
        admin.resetPassword(new UserId(users.id(username)), "reset-by-the-admin");
        MimeMessage m = received(1).getFirst();
        assertThat(m.getAllRecipients()).extracting(Object::toString).containsExactly(address(username));
        assertThat(part(m, "text/html")).contains("<strong>Your password was reset</strong>");
        assertThat(audit.recent(username, 10)).extracting(AuditEntry::action).contains("password reset");
    }

    private static final class LocalDateHolder {
        final java.time.LocalDate start = java.time.LocalDate.now().plusDays(30);
    }
}

package org.sotcourseware.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.audit.AuditEntry;
import org.sotcourseware.audit.AuditLog;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.MutableClock;
import org.sotcourseware.testsupport.TestUsers;
import org.sotcourseware.testsupport.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The second factor for staff: enrolment with a first code, codes good once, recovery codes used up,
 * required roles, the administrator's reset (audited), and the gate that keeps a signed-in person without
 * roles until their code.
 */
@IntegrationTest
class SecondFactorTest {

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));
        }
    }

    @Autowired SecondFactor secondFactor;
    @Autowired SecondFactorGate gate;
    @Autowired UserAdminService admin;
    @Autowired TestUsers users;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;
    @Autowired UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        users.signOut();
        SecurityContextHolder.clearContext();
    }

    private String staff(String role) {
        users.signIn("admin");
        String name = Unique.name("staff");
        admin.create(name, "Staff " + name, null, "a-long-enough-password", Set.of(role));
        users.signIn(name);
        return name;
    }

    private String now(byte[] secret) {
        return Totp.code(secret, clock.instant().getEpochSecond());
    }

    /** Enrols the signed-in person; returns the secret and leaves the clock one step on (a code is good once). */
    private byte[] enrol(List<String> recoveryOut) {
        SecondFactor.Enrolment e = secondFactor.begin();
        byte[] secret = Totp.fromBase32(e.secret());
        assertThat(e.uri()).startsWith("otpauth://totp/SOT%20Courseware:").contains("secret=" + e.secret());
        assertThat(e.qrPng()).isNotEmpty();
        recoveryOut.addAll(secondFactor.confirm(now(secret)));
        clock.advance(Duration.ofSeconds(30));
        return secret;
    }

    @Test
    void an_instructor_enrols_with_a_first_code_and_gets_ten_recovery_codes_stored_only_as_hashes() {
        String name = staff(Roles.INSTRUCTOR);
        assertThat(secondFactor.status()).isEqualTo(new SecondFactor.Status(true, false, false, 0));
        SecondFactor.Enrolment e = secondFactor.begin();
        assertThatThrownBy(() -> secondFactor.confirm("000000".equals(Totp.code(Totp.fromBase32(e.secret()), clock.instant().getEpochSecond()))
                ? "111111" : "000000")).isInstanceOf(UserAdminService.InvalidUserException.class).hasMessageContaining("not the code");
        List<String> codes = secondFactor.confirm(now(Totp.fromBase32(e.secret())));
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-7]{4}(-[a-z2-7]{4}){5}"));
        long id = users.id(name);
        List<String> stored = jdbc.sql("select code_hash from recovery_code where user_id = ?").param(id).query(String.class).list();
        assertThat(stored).hasSize(10).noneMatch(h -> codes.stream().anyMatch(c -> h.contains(c.replace("-", ""))));
        assertThat(secondFactor.status().enrolled()).isTrue();
        assertThat(secondFactor.stepFor(new UserId(id), Set.of(Roles.INSTRUCTOR))).isEqualTo(SecondFactor.Step.VERIFY);
        users.signIn("admin");
        assertThat(audit.recent(name, 10)).extracting(AuditEntry::action).contains("second factor enrolled");
    }

    @Autowired SecondFactorSecrets secrets;

    @Test
    void the_secret_is_stored_encrypted_and_a_plain_one_from_before_is_encrypted_at_start_up() {
        String name = staff(Roles.INSTRUCTOR);
        long id = users.id(name);
        byte[] secret = enrol(new java.util.ArrayList<>());
        String stored = jdbc.sql("select secret from second_factor where user_id = ?").param(id).query(String.class).single();
        assertThat(stored).startsWith("enc1:").doesNotContain(Totp.base32(secret)).doesNotContain(Totp.base32(secret).substring(0, 8));

        // a row as stored before encryption: still accepted, and encrypted by the start-up pass
        jdbc.sql("update second_factor set secret = ? where user_id = ?").params(Totp.base32(secret), id).update();
        assertThat(secondFactor.verify(now(secret))).isTrue();
        clock.advance(Duration.ofSeconds(30));
        assertThat(secrets.sealPlainSecrets()).isGreaterThanOrEqualTo(1);
        String resealed = jdbc.sql("select secret from second_factor where user_id = ?").param(id).query(String.class).single();
        assertThat(resealed).startsWith("enc1:").doesNotContain(Totp.base32(secret));
        assertThat(secondFactor.verify(now(secret))).isTrue();
        clock.advance(Duration.ofSeconds(30));

        // changed in the database: refused with a clear message, not taken as a different secret
        jdbc.sql("update second_factor set secret = ? where user_id = ?").params(resealed.substring(0, resealed.length() - 6) + "AAAAAA", id)
                .update();
        assertThatThrownBy(() -> secondFactor.verify(now(secret))).isInstanceOf(SecretBox.UnreadableSecretException.class)
                .hasMessageContaining("integrity check");
    }

    @Test
    void a_code_is_good_once_and_a_recovery_code_is_used_up() {
        staff(Roles.ORGANISER);
        List<String> recovery = new java.util.ArrayList<>();
        byte[] secret = enrol(recovery);
        String code = now(secret);
        assertThat(secondFactor.verify(code)).isTrue();
        assertThat(secondFactor.verify(code)).as("the same code again").isFalse();
        assertThat(secondFactor.verify("123 456".equals(code) ? "654321" : "123456")).isFalse();
        assertThat(secondFactor.verify(recovery.get(3).toUpperCase().replace("-", " "))).isTrue();
        assertThat(secondFactor.verify(recovery.get(3))).as("a used recovery code").isFalse();
        assertThat(secondFactor.status().recoveryCodesLeft()).isEqualTo(9);
    }

    @Test
    void students_are_not_offered_one_and_staff_need_one_only_where_their_role_requires_it() {
        users.signIn(users.newStudent("no-factor"));
        assertThat(secondFactor.status().offered()).isFalse();
        assertThatThrownBy(() -> secondFactor.begin()).isInstanceOf(UserAdminService.InvalidUserException.class);

        String organiser = staff(Roles.ORGANISER);
        UserId id = new UserId(users.id(organiser));
        assertThat(secondFactor.stepFor(id, Set.of(Roles.ORGANISER))).isEqualTo(SecondFactor.Step.NONE);
        users.signIn("admin");
        secondFactor.require(Roles.ORGANISER, true);
        try {
            assertThat(secondFactor.stepFor(id, Set.of(Roles.ORGANISER))).isEqualTo(SecondFactor.Step.ENROL);
            assertThatThrownBy(() -> secondFactor.require(Roles.STUDENT, true)).isInstanceOf(UserAdminService.InvalidUserException.class);
            assertThat(audit.recent("second factor required of ORGANISER", 5)).extracting(AuditEntry::detail).contains("true");
        } finally {
            secondFactor.require(Roles.ORGANISER, false);
        }
        assertThat(secondFactor.stepFor(id, Set.of(Roles.ORGANISER))).isEqualTo(SecondFactor.Step.NONE);
    }

    @Test
    void an_administrator_resets_a_lost_second_factor_and_it_is_audited_and_only_administrators_may() {
        String name = staff(Roles.INSTRUCTOR);
        enrol(new java.util.ArrayList<>());
        UserId id = new UserId(users.id(name));
        assertThatThrownBy(() -> secondFactor.reset(id)).isInstanceOf(AccessDeniedException.class);
        users.signIn("admin");
        assertThat(secondFactor.enrolled()).contains(id);
        secondFactor.reset(id);
        assertThat(secondFactor.enrolled()).doesNotContain(id);
        assertThat(jdbc.sql("select count(*) from recovery_code where user_id = ?").param(id.value()).query(Long.class).single()).isZero();
        assertThat(audit.recent(name, 10)).filteredOn(a -> a.action().equals("second factor reset"))
                .singleElement().satisfies(a -> assertThat(a.actorName()).contains("(admin)"));
        assertThat(secondFactor.stepFor(id, Set.of(Roles.INSTRUCTOR))).isEqualTo(SecondFactor.Step.NONE);
    }

    @Test
    void the_gate_takes_the_roles_away_until_the_code_then_gives_them_back() throws Exception {
        String name = staff(Roles.INSTRUCTOR);
        byte[] secret = enrol(new java.util.ArrayList<>());
        users.signOut();

        // what the sign-in form leaves in the session: the person with their roles
        var full = userDetails.loadUserByUsername(name);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(full, null, full.getAuthorities()));
        SecurityContextHolder.setContext(context);
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        gate.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

        assertThat(context.getAuthentication().getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(SecondFactorGate.PENDING_AUTHORITY);
        assertThat(((AppUserPrincipal) context.getAuthentication().getPrincipal()).roles()).isEmpty();
        assertThat(SecondFactorGate.stepOf(session.getAttribute(SecondFactorGate.stateAttribute()), name)).isEqualTo(SecondFactor.Step.VERIFY);

        // a second request does not ask again, and does not give the roles back either
        gate.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(((AppUserPrincipal) context.getAuthentication().getPrincipal()).roles()).isEmpty();

        assertThat(secondFactor.verify(now(secret))).isTrue();
        SecondFactorGate.passed(SecurityContextHolder.getContextHolderStrategy(), userDetails, session::setAttribute);
        assertThat(context.getAuthentication().getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_INSTRUCTOR");
        assertThat(SecondFactorGate.stepOf(session.getAttribute(SecondFactorGate.stateAttribute()), name)).isEqualTo(SecondFactor.Step.NONE);
    }
}

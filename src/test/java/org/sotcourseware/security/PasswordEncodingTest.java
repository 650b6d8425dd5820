package org.sotcourseware.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordEncodingTest {

    private final PasswordEncoder encoder = SecurityConfig.hashing(2, new SimpleMeterRegistry());

    @Test
    void new_hashes_are_argon2id_and_take_passwords_longer_than_bcrypts_72_bytes() {
        String longPassword = "ÉÉÉÉÉÉÉÉÉÉ".repeat(5) + " and the river"; // 50 accented letters: 114 bytes
        assertThat(longPassword.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        String hash = encoder.encode(longPassword);
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(encoder.matches(longPassword, hash)).isTrue();
        assertThat(encoder.matches(longPassword.substring(0, 40), hash)).isFalse();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void bcrypt_hashes_of_before_still_verify_are_marked_for_upgrade_and_an_over_long_password_fails_without_an_error() {
        String legacy = "{bcrypt}" + new BCryptPasswordEncoder().encode("an older password");
        assertThat(encoder.matches("an older password", legacy)).isTrue();
        assertThat(encoder.matches("another password", legacy)).isFalse();
        assertThat(encoder.upgradeEncoding(legacy)).isTrue();
        // bcrypt throws IllegalArgumentException past 72 bytes; a sign-in must just fail
        assertThat(encoder.matches("x".repeat(100), legacy)).isFalse();
        assertThat(encoder.matches("whatever", "{noop}whatever")).as("other encodings Spring knows").isTrue();
    }

    @Test
    void the_signed_in_principal_never_prints_its_hash() {
        String hash = encoder.encode("a secret nobody logs");
        AppUserPrincipal p = new AppUserPrincipal(new UserId(7), "alice", "Alice", hash, true, java.util.List.of(Roles.STUDENT), 0);
        assertThat(p.toString()).contains("alice").doesNotContain(hash).doesNotContain("argon2");
    }
}

package org.sotcourseware.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AES-256-GCM for secrets at rest: round trip, a changed value or a wrong key refused with a clear message, key set-up. */
class SecretBoxTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static SecretBox box() {
        return new SecretBox(Base64.getDecoder().decode(SecretBox.newKey()));
    }

    @Test
    void a_sealed_value_opens_again_and_does_not_show_the_secret() {
        SecretBox box = box();
        String sealed = box.seal(SECRET, "user 7");
        assertThat(sealed).startsWith("enc1:" + box.keyId() + ":").doesNotContain(SECRET).doesNotContain("JBSWY3DP");
        assertThat(box.seal(SECRET, "user 7")).as("a new nonce each time").isNotEqualTo(sealed);
        assertThat(box.open(sealed, "user 7")).isEqualTo(SECRET);
        assertThat(box.open(SECRET, "user 7")).as("a secret from before encryption").isEqualTo(SECRET);
    }

    @Test
    void a_changed_value_or_another_owner_fails_the_integrity_check() {
        SecretBox box = box();
        String sealed = box.seal(SECRET, "user 7");
        int at = sealed.length() - 10;
        String tampered = sealed.substring(0, at) + (sealed.charAt(at) == 'A' ? 'B' : 'A') + sealed.substring(at + 1);
        assertThatThrownBy(() -> box.open(tampered, "user 7")).isInstanceOf(SecretBox.UnreadableSecretException.class)
                .hasMessageContaining("integrity check");
        assertThatThrownBy(() -> box.open(sealed, "user 8")).as("copied to another person's row")
                .isInstanceOf(SecretBox.UnreadableSecretException.class).hasMessageContaining("integrity check");
        assertThatThrownBy(() -> box.open("enc1:" + box.keyId() + ":AAAA", "user 7")).isInstanceOf(SecretBox.UnreadableSecretException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void a_wrong_key_is_refused_naming_both_key_ids() {
        SecretBox box = box();
        SecretBox other = box();
        String sealed = box.seal(SECRET, "user 7");
        assertThatThrownBy(() -> other.open(sealed, "user 7")).isInstanceOf(SecretBox.UnreadableSecretException.class)
                .hasMessageContaining("encrypted with the key with id " + box.keyId())
                .hasMessageContaining("has id " + other.keyId()).hasMessageContaining("SOT_SECRET_KEY");
    }

    @Test
    void prod_refuses_to_start_without_a_key_and_a_malformed_key_is_named(@TempDir Path dir) {
        assertThatThrownBy(() -> SecretBox.resolve("", dir, true)).isInstanceOf(SecretBox.SecretKeyException.class)
                .hasMessageContaining("SOT_SECRET_KEY").hasMessageContaining("openssl rand -base64 32");
        assertThat(dir.resolve(SecretBox.KEY_FILE)).doesNotExist();
        assertThatThrownBy(() -> SecretBox.resolve("not base64!", dir, true)).isInstanceOf(SecretBox.SecretKeyException.class)
                .hasMessageContaining("not base64");
        assertThatThrownBy(() -> new SecretBox(SecretBox.resolve("c2hvcnQ=", dir, false))).isInstanceOf(SecretBox.SecretKeyException.class)
                .hasMessageContaining("32 bytes").hasMessageContaining("it is 5 bytes");
    }

    @Test
    void without_a_configured_key_demo_makes_one_under_the_data_directory_once(@TempDir Path dir) throws Exception {
        byte[] first = SecretBox.resolve("", dir.resolve("data"), false);
        assertThat(first).hasSize(32);
        Path file = dir.resolve("data").resolve(SecretBox.KEY_FILE);
        assertThat(file).exists();
        if (!System.getProperty("os.name").startsWith("Windows")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(SecretBox.resolve("", dir.resolve("data"), false)).as("kept, not made again").isEqualTo(first);
        String configured = SecretBox.newKey();
        assertThat(SecretBox.resolve(configured, dir.resolve("data"), true)).isEqualTo(Base64.getDecoder().decode(configured));
    }
}

package org.sotcourseware.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our TOTP against RFC 6238's test vectors (Appendix B) and RFC 4648's Base32 vectors. */
class TotpTest {

    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY = "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T={0}")
    @CsvSource({
            "59,          94287082, 46119246, 90693936",
            "1111111109,  07081804, 68084774, 25091201",
            "1111111111,  14050471, 67062674, 99943326",
            "1234567890,  89005924, 91819424, 93441116",
            "2000000000,  69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void the_rfc_6238_test_vectors_give_the_published_codes(long time, String sha1, String sha256, String sha512) {
        long step = Totp.step(time);
        assertThat(Totp.code(SHA1_KEY, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_KEY, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_KEY, step, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    void the_six_digit_code_is_the_last_six_of_the_rfc_value() {
        assertThat(Totp.code(SHA1_KEY, 59)).isEqualTo("287082");
        assertThat(Totp.code(SHA1_KEY, 1111111109)).isEqualTo("081804");
    }

    @Test
    void a_code_is_accepted_one_step_either_side_and_never_twice() {
        long now = 1_700_000_000L;
        String current = Totp.code(SHA1_KEY, now);
        assertThat(Totp.verify(SHA1_KEY, current, now, 0)).hasValue(Totp.step(now));
        assertThat(Totp.verify(SHA1_KEY, current.substring(0, 3) + " " + current.substring(3), now, 0)).hasValue(Totp.step(now));
        assertThat(Totp.verify(SHA1_KEY, current, now, Totp.step(now))).isEmpty(); // replay
        assertThat(Totp.verify(SHA1_KEY, Totp.code(SHA1_KEY, now - 30), now, 0)).hasValue(Totp.step(now) - 1);
        assertThat(Totp.verify(SHA1_KEY, Totp.code(SHA1_KEY, now + 30), now, 0)).hasValue(Totp.step(now) + 1);
        assertThat(Totp.verify(SHA1_KEY, Totp.code(SHA1_KEY, now - 90), now, 0)).isEmpty();
        assertThat(Totp.verify(SHA1_KEY, "12345", now, 0)).isEmpty();
        assertThat(Totp.verify(SHA1_KEY, "abcdef", now, 0)).isEmpty();
    }

    @Test
    void base32_matches_rfc_4648_and_reads_back() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.base32("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
        assertThat(Totp.base32(SHA1_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        byte[] secret = Totp.newSecret();
        assertThat(Totp.fromBase32(Totp.base32(secret).toLowerCase())).isEqualTo(secret);
    }

    @Test
    void the_enrolment_address_names_the_issuer_the_account_and_the_secret() {
        assertThat(Totp.uri("SOT Courseware", "ada", SHA1_KEY)).isEqualTo(
                "otpauth://totp/SOT%20Courseware:ada?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=SOT%20Courseware&algorithm=SHA1&digits=6&period=30");
    }
}

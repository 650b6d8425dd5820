package org.sotcourseware.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The opening sentence of a sign-in-changed notice: a message per change, in the recipient's language. */
class AccountNoticesTest {

    @Test
    void each_sign_in_change_has_its_sentence_in_english_and_german_and_other_changes_none() {
        assertThat(AccountNotices.noticeFor("password reset")).satisfies(m -> {
            assertThat(m.key()).isEqualTo("security.notice.password-reset");
            assertThat(m.english()).isEqualTo("Your password was reset");
            assertThat(m.in(Locale.GERMAN)).isEqualTo("Ihr Passwort wurde zurückgesetzt");
        });
        for (String action : java.util.List.of("password set", "password changed", "second factor enrolled", "second factor removed",
                "second factor reset", "recovery codes renewed", "recovery code used")) {
            assertThat(AccountNotices.noticeFor(action)).as(action).isNotNull();
            assertThat(AccountNotices.noticeFor(action).in(Locale.GERMAN)).as(action).doesNotContain("!security.");
        }
        assertThat(AccountNotices.noticeFor("roles changed")).isNull();
    }
}

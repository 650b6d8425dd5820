package org.sotcourseware.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void twelve_characters_are_the_least_and_a_hundred_and_twenty_eight_the_most() {
        assertThat(PasswordPolicy.problem("tulip-meadow", null)).isEmpty(); // 12
        assertThat(PasswordPolicy.problem("tulip-meado", null)).get().asString().contains("at least 12").contains("it has 11");
        assertThat(PasswordPolicy.problem("x".repeat(60) + "tulip meadow under the bridge " + "y".repeat(38), null)).isEmpty(); // 128
        assertThat(PasswordPolicy.problem("a".repeat(129), null)).get().asString().contains("at most 128");
    }

    @Test
    void any_characters_count_once_each_and_no_kinds_of_character_are_required() {
        String twelveEmoji = "🦴🦴🦴🦴🦴🦴🦴🦴🦴🦴🦴🦴"; // 24 UTF-16 units, 48 bytes, 12 characters
        assertThat(PasswordPolicy.problem(twelveEmoji, null)).isEmpty();
        assertThat(PasswordPolicy.problem("🦴".repeat(11), null)).isPresent();
        assertThat(PasswordPolicy.problem("all lower case words only", null)).as("no composition rules").isEmpty();
        assertThat(PasswordPolicy.problem("ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ", null)).as("80 bytes is fine").isEmpty();
    }

    @Test
    void the_shipped_list_holds_a_hundred_thousand_common_passwords_and_refuses_them_in_any_case() {
        assertThat(PasswordPolicy.commonPasswordCounts()[0]).as("entries shipped").isGreaterThanOrEqualTo(100_000);
        assertThat(PasswordPolicy.commonPasswordCounts()[1]).as("distinct ignoring case").isGreaterThan(95_000);
        for (String common : List.of("1qaz2wsx3edc", "Q1W2E3R4T5Y6", "123qweasdzxc", "1q2w3e4r5t6y", "mailcreated5240", "MAILCREATED5240")) {
            assertThat(PasswordPolicy.problem(common, null)).as(common).isPresent();
        }
        assertThat(PasswordPolicy.problem("1qaz2wsx3edc", null)).get().asString().contains("commonly used");
        assertThatThrownBy(() -> PasswordPolicy.check("1q2w3e4r5t6y", null)).isInstanceOf(UserAdminService.InvalidUserException.class)
                .hasMessageContaining("commonly used");
    }

    @Test
    void a_password_built_around_the_username_is_refused() {
        assertThat(PasswordPolicy.problem("margaret.h2024", "margaret.h")).get().asString().contains("username");
        assertThat(PasswordPolicy.problem("margaret.h and the wide blue river", "margaret.h")).as("plenty besides").isEmpty();
    }

    @Test
    void the_hint_follows_strength_and_knows_the_persons_own_words() {
        assertThat(PasswordPolicy.hint("", List.of()).advice().english()).contains("At least 12");
        assertThat(PasswordPolicy.hint("short", List.of()).label().english()).isEqualTo("Not accepted");
        PasswordPolicy.Hint weak = PasswordPolicy.hint("aaaaaaaaaaaa", List.of());
        assertThat(weak.score()).isLessThanOrEqualTo(1);
        assertThat(weak.advice().english()).isNotBlank().doesNotContain("!security.");
        PasswordPolicy.Hint strong = PasswordPolicy.hint("violet cranium ferry 1987 harbour", List.of());
        assertThat(strong.score()).isGreaterThanOrEqualTo(3);
        assertThat(strong.label().english()).isIn("Good", "Strong");
        int without = PasswordPolicy.hint("gwendolynwhitakersot", List.of()).score();
        int with = PasswordPolicy.hint("gwendolynwhitakersot", List.of("gwhit", "Gwendolyn Whitaker")).score();
        assertThat(with).as("the person's own name makes it weaker").isLessThanOrEqualTo(without);
    }

    @Test
    void a_refusal_is_a_message_with_its_values_and_reads_well_in_german() {
        var tooShort = PasswordPolicy.problem("tulip-meado", null).orElseThrow();
        assertThat(tooShort.key()).isEqualTo("security.password.too-short");
        assertThat(tooShort.args()).containsExactly(12, 11);
        assertThat(tooShort.in(java.util.Locale.GERMAN)).startsWith("Das Passwort muss mindestens 12 Zeichen haben (es hat 11).");
        assertThatThrownBy(() -> PasswordPolicy.check("1q2w3e4r5t6y", null)).isInstanceOfSatisfying(UserAdminService.InvalidUserException.class,
                e -> assertThat(e.message().key()).isEqualTo("security.password.common"));
    }

    @Test
    void the_estimators_advice_is_in_our_words_in_both_languages() {
        assertThat(PasswordPolicy.feedback("feedback.repeat.warning.likeAAA")).hasValueSatisfying(m -> {
            assertThat(m.key()).isEqualTo("security.password.feedback.repeat-warning-like-aaa");
            assertThat(m.in(java.util.Locale.GERMAN)).isEqualTo("Wiederholungen wie „aaa“ sind leicht zu erraten.");
        });
        assertThat(PasswordPolicy.feedback("feedback.spatial.suggestions.UseLongerKeyboardPattern")).isPresent();
        assertThat(PasswordPolicy.feedback("feedback.something.new")).as("advice we have no words for is left out").isEmpty();
        PasswordPolicy.Hint weak = PasswordPolicy.hint("zqzqzqzqzqzqzqzq", List.of());
        assertThat(weak.label()).isNotNull();
        assertThat(weak.label().key()).isIn("security.password.very-weak", "security.password.weak", "security.password.fair");
        assertThat(weak.text(java.util.Locale.GERMAN)).startsWith(weak.label().in(java.util.Locale.GERMAN) + ". ").doesNotContain("!security.");
        assertThat(weak.text(java.util.Locale.ENGLISH)).startsWith(weak.label().english() + ". ");
    }
}

package org.sotcourseware.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a student's typed number is read: what is accepted, and what they are told when it cannot be. */
class NumericValueTest {

    private static boolean accepted(String key, String typed) {
        return NumericValue.parse(key).orElseThrow().accepts(NumericValue.parse(typed).orElseThrow());
    }

    @Test
    void a_percent_sign_is_accepted_on_a_bare_number_key_with_or_without_a_space() {
        assertThat(accepted("75", "75 %")).isTrue();
        assertThat(accepted("75", "75%")).isTrue();
        assertThat(accepted("75", "75")).isTrue();
        assertThat(accepted("75", "76 %")).isFalse();
        assertThat(accepted("75 %", "75")).isTrue();
        assertThat(accepted("15 mm", "15 %")).as("a different unit stays wrong").isFalse();
        assertThat(accepted("15", "15 mm")).as("a unit the key does not have stays wrong").isFalse();
    }

    @Test
    void a_decimal_comma_is_read_where_the_meaning_is_clear() {
        assertThat(NumericValue.parse("75,5").orElseThrow().value()).isEqualTo(75.5);
        assertThat(NumericValue.parse("0,25 mm").orElseThrow().value()).isEqualTo(0.25);
        assertThat(accepted("75.5", "75,5")).isTrue();
        assertThat(NumericValue.problem("75,5")).isEmpty();
    }

    @Test
    void a_comma_before_three_digits_is_ambiguous_and_says_how_to_write_it() {
        assertThat(NumericValue.parse("1,500")).isEmpty();
        assertThat(NumericValue.problem("1,500")).hasValueSatisfying(m -> assertThat(m).contains("1500").contains("1.500")
                .contains("without the comma"));
    }

    @Test
    void words_and_other_text_are_not_a_number_and_the_student_is_told_what_to_type() {
        assertThat(NumericValue.problem("seventy five")).contains(NumericValue.NOT_A_NUMBER);
        assertThat(NumericValue.problem("75 75")).contains(NumericValue.NOT_A_NUMBER);
        assertThat(NumericValue.NOT_A_NUMBER).isEqualTo("Enter a number, e.g. 75");
        assertThat(NumericValue.problem("")).as("nothing typed is not an error").isEmpty();
        assertThat(NumericValue.problem("75 %")).isEmpty();
    }
}

package org.sotcourseware.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.Translatable;

/**
 * The quiz's words for people travel as {@link Message}s: refusals of the quiz service and the problems of a numeric
 * answer carry a key and values, English in {@code getMessage()} for logs, and read well in German.
 */
class QuizMessagesTest {

    @Test
    void a_refused_answer_carries_its_key_and_reads_in_german() {
        assertThatThrownBy(() -> QuizService.checkAnswerFits(AnswerFitsTest.SINGLE, new Answer.Choice(Set.of("invented"))))
                .isInstanceOfSatisfying(QuizException.class, e -> {
                    assertThat(e).isInstanceOf(Translatable.class);
                    assertThat(e.message()).isEqualTo(Message.of("quiz.error.answer-does-not-fit"));
                    assertThat(e.getMessage()).isEqualTo("That answer does not fit the question.");
                    assertThat(e.message().in(Locale.GERMAN)).isEqualTo("Diese Antwort passt nicht zur Frage.");
                });
    }

    @Test
    void the_attempt_limit_is_said_with_the_right_plural_in_both_languages() {
        assertThat(Message.of("quiz.error.no-attempts-left", 2).english()).isEqualTo("You have used all 2 attempts at this quiz.");
        assertThat(Message.of("quiz.error.no-attempts-left", 1).english()).isEqualTo("You have used your only attempt at this quiz.");
        assertThat(Message.of("quiz.error.no-attempts-left", 3).in(Locale.GERMAN)).isEqualTo("Sie haben alle 3 Versuche für dieses Quiz genutzt.");
        assertThat(Message.of("quiz.error.no-attempts-left", 1).in(Locale.GERMAN)).isEqualTo("Sie haben Ihren einzigen Versuch für dieses Quiz genutzt.");
    }

    @Test
    void a_number_that_cannot_be_read_is_told_as_a_message_and_readable_ones_pass() {
        assertThat(NumericAnswer.problem("75,5")).isEmpty();
        assertThat(NumericAnswer.problem("75 %")).isEmpty();
        assertThat(NumericAnswer.problem("")).isEmpty();
        assertThat(NumericAnswer.problem("seventy five")).contains(Message.of("quiz.answer.not-a-number"));
        assertThat(NumericAnswer.problem("seventy five").orElseThrow().english()).isEqualTo("Enter a number, e.g. 75");
        assertThat(NumericAnswer.problem("seventy five").orElseThrow().in(Locale.GERMAN)).isEqualTo("Geben Sie eine Zahl ein, z. B. 75");
    }

    @Test
    void an_ambiguous_comma_offers_both_readings_with_the_decimal_written_as_the_reader_writes_it() {
        Message m = NumericAnswer.problem("1,500").orElseThrow();
        assertThat(m.key()).isEqualTo("quiz.answer.ambiguous-comma");
        assertThat(m.args()).isEqualTo(List.of("1,500", "1500", 1.5));
        assertThat(m.english()).isEqualTo("Is 1,500 meant as 1500 or 1.5? Write it without the comma, e.g. 1500 or 1.5");
        assertThat(m.in(Locale.GERMAN)).isEqualTo("Meinen Sie mit 1,500 die Zahl 1500 oder 1,5? Schreiben Sie die Zahl ohne dieses Komma, z. B. 1500 oder 1,5");
    }

    @Test
    void a_question_heading_counts_points_in_the_right_number() {
        assertThat(org.sotcourseware.base.Translations.text(Locale.ENGLISH, "quiz.question.heading", 1, 10, 1.0, Message.of("quiz.question-type.single")))
                .isEqualTo("Question 1 of 10 · 1 point · Single choice");
        assertThat(org.sotcourseware.base.Translations.text(Locale.GERMAN, "quiz.question.heading", 2, 10, 0.5, Message.of("quiz.question-type.multiple")))
                .isEqualTo("Frage 2 von 10 · 0,5 Punkte · Mehrfachauswahl");
    }
}

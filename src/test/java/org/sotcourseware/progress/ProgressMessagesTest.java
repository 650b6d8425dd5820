package org.sotcourseware.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.sotcourseware.base.Message;

/** The words progress hands to screens, as keys and values, and how they read in English and German. */
class ProgressMessagesTest {

    @Test
    void a_list_of_titles_reads_as_a_list_in_both_languages() {
        assertThat(ProgressMessages.list(List.of("A")).in(Locale.ENGLISH)).isEqualTo("A");
        assertThat(ProgressMessages.list(List.of("A", "B")).in(Locale.ENGLISH)).isEqualTo("A and B");
        assertThat(ProgressMessages.list(List.of("A", "B", "C")).in(Locale.ENGLISH)).isEqualTo("A, B and C");
        assertThat(ProgressMessages.list(List.of("A", "B", "C")).in(Locale.GERMAN)).isEqualTo("A, B und C");
    }

    @Test
    void a_lock_names_the_module_and_what_opens_it() {
        Message m = ProgressMessages.locked("Category Two", List.of("Foundations of SOT", "Category One"));
        assertThat(m.key()).isEqualTo("progress.lock.reason");
        assertThat(m.args().getFirst()).isEqualTo("Category Two");
        assertThat(m.english()).isEqualTo("Category Two opens after you complete Foundations of SOT and Category One.");
        assertThat(m.in(Locale.GERMAN)).isEqualTo("Category Two wird freigeschaltet, sobald Sie Foundations of SOT und Category One abgeschlossen haben.");
    }

    @Test
    void recorded_activities_read_in_both_languages_old_details_included() {
        Message quiz = ProgressMessages.activity("quiz-submitted", "Foundations of SOT quiz", "82.5%, passed");
        assertThat(quiz.key()).isEqualTo("progress.activity.quiz-submitted-with");
        assertThat(quiz.args().getFirst()).isEqualTo("Foundations of SOT");
        assertThat(quiz.args().get(1)).isEqualTo(Message.of("progress.activity.quiz-result-passed", 82.5));
        assertThat(quiz.english()).isEqualTo("Submitted the Foundations of SOT quiz (82.5%, passed)");
        assertThat(quiz.in(Locale.GERMAN)).isEqualTo("Quiz „Foundations of SOT“ abgegeben (82,5\u00a0%, bestanden)");

        assertThat(ProgressMessages.activity("case-completed", "Low back", "3 of 5 points").english())
                .isEqualTo("Completed the case “Low back” (3 of 5 points)");
        assertThat(ProgressMessages.activity("case-completed", "Low back", "1 of 1 points").in(Locale.GERMAN))
                .isEqualTo("Fallstudie „Low back“ abgeschlossen (1 von 1 Punkt)");
        assertThat(ProgressMessages.activity("override", "Category One", "opened by Dr Iris Instructor").in(Locale.GERMAN))
                .isEqualTo("Category One wurde von Dr Iris Instructor für Sie freigeschaltet");
        assertThat(ProgressMessages.activity("lesson-read", "Posture", null).in(Locale.GERMAN)).isEqualTo("„Posture“ gelesen");
        assertThat(ProgressMessages.activity("module-completed", "Foundations of SOT", null).english()).isEqualTo("Completed the module Foundations of SOT");
        // a detail in a form the feature does not write is shown as it is
        assertThat(ProgressMessages.activity("quiz-submitted", "X quiz", "odd").english()).isEqualTo("Submitted the X quiz (odd)");
    }
}

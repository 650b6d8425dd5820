package org.sotcourseware.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Older rollback notes carry raw ISO instants; the history shows them in the app's date format. */
class HistoryWordingTest {

    @Test
    void an_iso_instant_in_a_note_reads_as_a_date_and_time() {
        String note = HistoryView.readable("Rollback to the revision of 2026-12-06T21:14:03.123456Z by Dr Iris Instructor");
        assertThat(note).doesNotContain("2026-12-06T").matches("Rollback to the revision of \\d{1,2} Dec 2026, \\d{2}:\\d{2} by Dr Iris Instructor");
        assertThat(HistoryView.readable("Fixed a typo")).isEqualTo("Fixed a typo");
    }
}

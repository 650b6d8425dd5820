package org.sotcourseware.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** An edited line is compared word by word, so the history highlights the words that changed, not the whole line. */
class WordDiffTest {

    @Test
    void only_the_changed_words_of_an_edited_line_are_marked() {
        List<AuthoringReadModel.DiffLine> lines = TextDiff.lines("Title\nThe sacrum moves with breathing.\nEnd\n",
                "Title\nThe sacrum rocks gently with breathing.\nEnd\n", -1);
        AuthoringReadModel.DiffLine removed = lines.stream().filter(l -> l.type() == AuthoringReadModel.DiffLine.Type.REMOVED).findFirst().orElseThrow();
        AuthoringReadModel.DiffLine added = lines.stream().filter(l -> l.type() == AuthoringReadModel.DiffLine.Type.ADDED).findFirst().orElseThrow();
        assertThat(removed.words()).filteredOn(AuthoringReadModel.Words::changed).extracting(AuthoringReadModel.Words::text).containsExactly("moves");
        assertThat(added.words()).filteredOn(AuthoringReadModel.Words::changed).extracting(AuthoringReadModel.Words::text).containsExactly("rocks gently");
        assertThat(String.join("", added.words().stream().map(AuthoringReadModel.Words::text).toList())).isEqualTo(added.text());
    }

    @Test
    void a_line_added_whole_has_no_word_marks() {
        List<AuthoringReadModel.DiffLine> lines = TextDiff.lines("One\n", "One\nTwo\n", -1);
        assertThat(lines).filteredOn(l -> l.type() == AuthoringReadModel.DiffLine.Type.ADDED).singleElement()
                .satisfies(l -> assertThat(l.words()).isEmpty());
    }
}

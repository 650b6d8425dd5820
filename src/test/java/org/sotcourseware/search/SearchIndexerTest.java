package org.sotcourseware.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sotcourseware.content.internal.ContentFixture;

/** The index follows the catalogue: a reload (a publish, here or on another node) builds and swaps in a new one. */
class SearchIndexerTest {

    @Test
    void a_reloaded_catalogue_gets_a_new_index_for_its_version(@TempDir Path dir) {
        ContentFixture content = ContentFixture.standard(dir);
        SearchFixtures f = new SearchFixtures(dir);
        SearchIndex first = f.indexer.awaitBuilt();
        assertThat(first.search("zebrafish", 5)).isEmpty();

        content.lesson("a", "02-second.md", "second", 2, "# Second\n\nThe zebrafish is a model organism.");
        f.catalogue.reload();
        SearchIndex second = f.indexer.awaitBuilt();

        assertThat(second).isNotSameAs(first);
        assertThat(second.version()).isEqualTo(f.catalogue.curriculum().version()).isNotEqualTo(first.version());
        assertThat(second.search("zebrafish", 5)).extracting(m -> m.entry().itemId()).containsExactly("second");
        assertThat(f.indexer.index()).isSameAs(second);
        // the old index still answers searches that were under way
        assertThat(first.search("words", 5)).isNotEmpty();
    }

    @Test
    void a_reload_of_the_same_content_keeps_the_index(@TempDir Path dir) {
        ContentFixture.standard(dir);
        SearchFixtures f = new SearchFixtures(dir);
        SearchIndex first = f.indexer.awaitBuilt();

        f.catalogue.reload();

        assertThat(f.indexer.awaitBuilt()).isSameAs(first);
    }
}

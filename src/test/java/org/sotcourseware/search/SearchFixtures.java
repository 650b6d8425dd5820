package org.sotcourseware.search;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.sotcourseware.content.CatalogueReloaded;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.ContentProperties;
import org.sotcourseware.content.ContentSource;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** A catalogue over a content folder and an indexer that follows its reloads, without Spring. */
final class SearchFixtures {

    final CatalogueService catalogue;
    final SearchIndexer indexer;

    SearchFixtures(Path contentRoot) {
        AtomicReference<SearchIndexer> holder = new AtomicReference<>();
        catalogue = new CatalogueService(new ContentProperties(contentRoot), new DefaultListableBeanFactory().getBeanProvider(ContentSource.class),
                event -> {
                    if (event instanceof CatalogueReloaded r && holder.get() != null) {
                        holder.get().on(r);
                    }
                });
        indexer = new SearchIndexer(catalogue);
        holder.set(indexer);
    }

    /** The curriculum in {@code content/}, built once for the tests of this package. */
    static SearchFixtures curriculum() {
        return Curriculum.INSTANCE;
    }

    private static final class Curriculum {
        static final SearchFixtures INSTANCE = new SearchFixtures(Path.of("content"));
    }
}

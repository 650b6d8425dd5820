package org.sotcourseware.search;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sotcourseware.content.CatalogueReloaded;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.Curriculum;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's index in step with the published content: builds it in the background once the app is ready and
 * whenever the catalogue reloads (on this node after a publish, or on another node's notice), and swaps the new
 * index in whole once it is built. Searches meanwhile use the previous index; only the very first search
 * after start-up waits for the first build. The index lives in memory and is never shared between nodes.
 */
@Component
class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final CatalogueService catalogue;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("search-index").factory());
    private volatile @Nullable SearchIndex current;
    private @Nullable CompletableFuture<SearchIndex> pending;

    SearchIndexer(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The first build starts once the app is ready, not while it starts: on two cores it took one of them from the
     * start-up for three seconds. Nobody can search before then (the start-up gate holds every page).
     */
    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        pending();
    }

    @EventListener
    synchronized void on(CatalogueReloaded event) {
        pending = schedule();
    }

    /** The newest index built; waits only while none has been built yet. */
    SearchIndex index() {
        SearchIndex c = current;
        return c != null ? c : pending().join();
    }

    /** Waits for the build in progress (tests, and the benchmark). */
    SearchIndex awaitBuilt() {
        return pending().join();
    }

    /** The build in progress or done; the first call starts the first build. */
    private synchronized CompletableFuture<SearchIndex> pending() {
        CompletableFuture<SearchIndex> p = pending;
        if (p == null) {
            p = schedule();
            pending = p;
        }
        return p;
    }

    private CompletableFuture<SearchIndex> schedule() {
        return CompletableFuture.supplyAsync(this::build, builder);
    }

    private SearchIndex build() {
        Curriculum c = catalogue.curriculum();
        SearchIndex existing = current;
        if (existing != null && existing.version().equals(c.version())) {
            return existing;
        }
        long start = System.nanoTime();
        try {
            SearchIndex built = SearchIndex.build(c.version(), ContentEntries.of(catalogue, c, catalogue.glossary()));
            current = built;
            log.info("Search index for content version {} built: {} entries in {} ms", c.version(), built.size(),
                    (System.nanoTime() - start) / 1_000_000);
            return built;
        } catch (RuntimeException e) {
            log.error("Could not build the search index for content version {}; searches use the previous one", c.version(), e);
            if (existing != null) {
                return existing;
            }
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        builder.shutdownNow();
    }
}

package org.sotcourseware.authoring;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sotcourseware.base.ClusterLocks;
import org.sotcourseware.content.CatalogueService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several nodes on one PostgreSQL: a publish, import, rollback or content sync on another node reaches this
 * node's catalogue within about a second. Every {@code sot.cluster.catalogue-poll} (default 500 ms) it compares
 * the publication table's marker with the one the catalogue was loaded from and, when they differ, calls
 * {@link CatalogueService#reload()} (the same reload a publish on this node makes after its commit, so
 * whatever listens to reloads hears about these too). On H2 (one node) it does nothing.
 */
@Component
class CatalogueWatch {

    private static final Logger log = LoggerFactory.getLogger(CatalogueWatch.class);

    private final PublishedContent published;
    private final CatalogueService catalogue;
    private final ContentStore store;
    private final TransactionTemplate tx;
    private final boolean enabled;

    CatalogueWatch(PublishedContent published, CatalogueService catalogue, ContentStore store, TransactionTemplate tx, ClusterLocks locks) {
        this.published = published;
        this.catalogue = catalogue;
        this.store = store;
        this.tx = tx;
        this.enabled = locks.shared();
    }

    @Scheduled(fixedDelayString = "${sot.cluster.catalogue-poll:500ms}", initialDelayString = "${sot.cluster.catalogue-poll:500ms}")
    void poll() {
        if (!enabled) {
            return;
        }
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("Could not compare the catalogue with the database (trying again shortly): {}", e.getMessage());
        }
    }

    /** Reloads the catalogue when the database holds publications it was not loaded with; true when it did. */
    boolean check() {
        String loaded = published.loadedMarker();
        String now = tx.execute(s -> store.publicationMarker());
        if (loaded == null || Objects.equals(loaded, now)) {
            return false;
        }
        log.info("Published content changed on another node ({} -> {}): reloading the catalogue", loaded, now);
        catalogue.reload();
        return true;
    }
}

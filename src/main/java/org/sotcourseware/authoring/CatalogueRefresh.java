package org.sotcourseware.authoring;

import org.sotcourseware.content.CatalogueService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Reloads the catalogue once published content is committed, so students see it on their next page. */
@Component
class CatalogueRefresh {

    private final CatalogueService catalogue;

    CatalogueRefresh(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ContentPublished e) {
        catalogue.reload();
    }
}

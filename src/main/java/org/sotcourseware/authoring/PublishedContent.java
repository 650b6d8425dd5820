package org.sotcourseware.authoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.audit.AuditLog;
import org.sotcourseware.base.ClusterLocks;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.ContentProperties;
import org.sotcourseware.content.ContentSource;
import org.sotcourseware.content.ContentTree;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The published curriculum, from the database. On its first use (when the catalogue starts) it compares
 * the {@code content/} folder with the database by the {@link DiskSync} rule and applies the result.
 */
@Component
class PublishedContent implements ContentSource {

    private static final Logger log = LoggerFactory.getLogger(PublishedContent.class);

    private final ContentStore store;
    private final Path folder;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final Clock clock;
    private final ClusterLocks locks;
    private volatile boolean synced;
    private volatile @Nullable String loadedMarker;

    PublishedContent(ContentStore store, ContentProperties properties, TransactionTemplate tx, AuditLog audit, Clock clock, ClusterLocks locks) {
        this.store = store;
        this.locks = locks;
        this.folder = properties.root().toAbsolutePath().normalize();
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ContentTree published() {
        syncOnce();
        // the marker first: a publication committed between the two reads makes the next poll load again
        loadedMarker = tx.execute(s -> store.publicationMarker());
        Map<String, byte[]> bodies = tx.execute(s -> store.publishedBodies());
        return ContentTree.of(bodies == null ? Map.of() : bodies, "the database (published content)");
    }

    private synchronized void syncOnce() {
        if (synced) {
            return;
        }
        boolean folderExists = Files.isDirectory(folder);
        if (!folderExists && Boolean.TRUE.equals(tx.execute(s -> store.isEmpty()))) {
            throw new IllegalStateException(CatalogueService.missingFolderMessage(folder));
        }
        if (folderExists) {
            ContentTree disk = ContentTree.read(folder);
            tx.execute(s -> {
                locks.lockForTransaction(ClusterLocks.CONTENT_SYNC); // one node at a time compares, the next finds it done
                return sync(disk);
            });
        }
        synced = true;
    }

    /**
     * What the publication table held when the published content was last read (see
     * {@link ContentStore#publicationMarker()}); null before the first read.
     */
    @Nullable String loadedMarker() {
        return loadedMarker;
    }

    /** Applies the folder to the database (one transaction); returns what changed. */
    DiskSync.Report sync(ContentTree disk) {
        Map<String, DiskSync.Known> known = new HashMap<>();
        Map<String, ContentStore.FileRow> rows = new HashMap<>();
        for (ContentStore.FileRow f : store.files()) {
            rows.put(f.path(), f);
            known.put(f.path(), new DiskSync.Known(f.diskSha(), f.publishedLive() ? f.publishedSha() : null, f.diskManaged(), f.incomingSha()));
        }
        Map<String, String> shas = new HashMap<>();
        disk.asMap().forEach((path, body) -> shas.put(path, ContentTree.sha256(body)));
        List<DiskSync.Step> steps = DiskSync.plan(known, shas);
        Instant now = clock.instant();
        boolean firstRun = rows.isEmpty();
        for (DiskSync.Step step : steps) {
            String path = step.path();
            byte[] body = disk.read(path).orElse(null);
            ContentStore.FileRow row = rows.get(path);
            switch (step.action()) {
                case SEED -> {
                    long rev = store.insertRevision(path, body, "DISK", null, AuditLog.SYSTEM, now, "From the content folder", null);
                    store.insertFile(path, rev, null, shas.get(path), now);
                    store.publish(path, rev, firstRun ? "SEED" : "SYNC", null, AuditLog.SYSTEM, now);
                }
                case APPLY -> {
                    long rev = store.insertRevision(path, body, "DISK", null, AuditLog.SYSTEM, now, "Changed in the content folder", row.head());
                    store.setHead(path, rev, now);
                    store.publish(path, rev, "SYNC", null, AuditLog.SYSTEM, now);
                    store.setDiskSha(path, shas.get(path));
                }
                case INCOMING -> {
                    long rev = store.insertRevision(path, body, "DISK", null, AuditLog.SYSTEM, now,
                            "Changed in the content folder (incoming)", row.head());
                    store.setIncoming(path, rev);
                    store.setDiskSha(path, shas.get(path));
                }
                case MATCHES -> {
                    store.setDiskSha(path, shas.get(path));
                    store.setIncoming(path, null);
                }
                case REMOVE -> {
                    long rev = store.insertRevision(path, null, "DISK", null, AuditLog.SYSTEM, now, "Removed from the content folder", row.head());
                    store.setHead(path, rev, now);
                    store.publish(path, rev, "SYNC", null, AuditLog.SYSTEM, now);
                    store.setDiskSha(path, null);
                }
                case INCOMING_REMOVAL -> {
                    long rev = store.insertRevision(path, null, "DISK", null, AuditLog.SYSTEM, now,
                            "Removed from the content folder (incoming)", row.head());
                    store.setIncoming(path, rev);
                    store.setDiskSha(path, null);
                }
                case FORGET -> store.setDiskSha(path, null);
            }
        }
        DiskSync.Report report = DiskSync.Report.of(steps);
        if (!firstRun && report.changed()) {
            audit.record("content-sync", "content folder", report.summary());
        }
        if (!steps.isEmpty()) {
            log.info("Content folder compared with the database: {}", report.summary());
        }
        return report;
    }
}

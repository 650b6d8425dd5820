package org.sotcourseware.authoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.Dates;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.audit.AuditLog;
import org.sotcourseware.authoring.AuthoringReadModel.PublishResult;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.ContentTree;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.sotcourseware.authoring.DraftFiles.state;
import static org.sotcourseware.authoring.DraftFiles.text;

/**
 * Publishing drafts (a file, several together or a whole module) and rolling a file back to an earlier
 * revision, each refused, changing nothing, while it would add a problem anywhere in the content. Every
 * publish and rollback is audited and announced ({@link ContentPublished}). Only instructors and
 * administrators may call it.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ADMIN + "')")
public class PublishingService {

    private final ContentStore store;
    private final CatalogueService catalogue;
    private final DraftFiles files;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublishingService(ContentStore store, CatalogueService catalogue, DraftFiles files, CurrentUser currentUser, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.files = files;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Publishes the drafts of the given files together, unless that would add a problem anywhere. */
    @Transactional
    public PublishResult publish(Collection<String> paths, @Nullable String message) {
        DraftFiles.limit(Message.of("authoring.limit.message"), message, TextLimits.REASON);
        SignedInUser me = currentUser.require();
        List<String> sorted = new ArrayList<>(new TreeSet<>(paths));
        Map<String, ContentStore.FileRow> rows = new LinkedHashMap<>();
        for (String p : sorted) {
            ContentStore.FileRow r = files.lockExisting(p);
            if (r.hasDraft()) {
                rows.put(p, r);
            }
        }
        if (rows.isEmpty()) {
            return new PublishResult(List.of(), List.of());
        }
        Map<String, byte @Nullable []> changes = new LinkedHashMap<>();
        for (ContentStore.FileRow r : rows.values()) {
            changes.put(r.path(), store.revision(r.head()).orElseThrow().body());
        }
        List<ContentProblem> blocking = wouldAdd(changes);
        if (!blocking.isEmpty()) {
            return new PublishResult(List.of(), blocking);
        }
        Instant now = clock.instant();
        for (ContentStore.FileRow r : rows.values()) {
            store.publish(r.path(), r.head(), "PUBLISH", me.id().value(), me.displayName(), now, message);
            audit.record(r.headDeleted() ? "publish-deletion" : "publish", r.path(),
                    message == null || message.isBlank() ? null : message.strip());
        }
        events.publishEvent(new ContentPublished(List.copyOf(rows.keySet())));
        return new PublishResult(List.copyOf(rows.keySet()), List.of());
    }

    /** Publishes every draft in one module. */
    @Transactional
    public PublishResult publishModule(String moduleId, @Nullable String message) {
        List<String> paths = store.files().stream().filter(f -> f.path().startsWith(moduleId + "/") && f.hasDraft() && state(f) != null)
                .map(ContentStore.FileRow::path).toList();
        return publish(paths, message);
    }

    /**
     * Makes an earlier revision the published text again, as a new revision (the history keeps everything).
     * Refused, changing nothing, when that text would add a problem to the current content.
     */
    @Transactional
    public PublishResult rollback(String path, long revision, @Nullable String message) {
        DraftFiles.limit(Message.of("authoring.limit.message"), message, TextLimits.REASON);
        SignedInUser me = currentUser.require();
        ContentStore.FileRow r = files.lockExisting(path);
        ContentStore.RevisionRow old = store.revision(revision).filter(v -> v.path().equals(path))
                .orElseThrow(() -> new AuthoringException(Message.of("authoring.error.no-revision", path)));
        Map<String, byte @Nullable []> change = new HashMap<>();
        change.put(path, old.body());
        List<ContentProblem> blocking = wouldAdd(change);
        if (!blocking.isEmpty()) {
            return new PublishResult(List.of(), blocking);
        }
        Instant now = clock.instant();
        String msg = "Rollback to revision #" + old.id() + " of " + Dates.moment(old.createdAt(), clock.getZone()) + " by " + old.authorName()
                + (message == null || message.isBlank() ? "" : ": " + message.strip());
        long rev = store.insertRevision(path, old.body(), "ROLLBACK", me.id().value(), me.displayName(), now, msg, r.head());
        store.setHead(path, rev, now);
        store.publish(path, rev, "ROLLBACK", me.id().value(), me.displayName(), now, message);
        audit.record("rollback", path, "to revision " + revision + (message == null || message.isBlank() ? "" : ": " + message.strip()));
        events.publishEvent(new ContentPublished(List.of(path)));
        return new PublishResult(List.of(path), List.of());
    }

    /**
     * The problems that publishing {@code changes} (path to new body, null to delete) would add: problems in
     * the changed files themselves, and any new problem elsewhere (a lesson the curriculum requires deleted,
     * an image a lesson shows removed).
     */
    List<ContentProblem> wouldAdd(Map<String, byte @Nullable []> changes) {
        ContentTree before = ContentTree.of(store.publishedBodies(), "published");
        return addedProblems(before, before.with(changes));
    }

    /**
     * The problems {@code after} has that {@code before} has not. The catalogue's own problems stand for
     * {@code before} when it holds that very content, so only {@code after} is loaded then. Problems are
     * matched by file and message, not line: an edit that moves an existing problem down a few lines does
     * not add it (a file may hold the same message more often than before, which does).
     */
    public List<ContentProblem> addedProblems(ContentTree before, ContentTree after) {
        Curriculum current = catalogue.curriculum();
        List<ContentProblem> existing = before.version().equals(current.version()) ? current.problems() : catalogue.check(before).problems();
        Map<String, Integer> known = new HashMap<>();
        existing.forEach(p -> known.merge(p.file() + "\u0000" + p.message(), 1, Integer::sum));
        List<ContentProblem> added = new ArrayList<>();
        for (ContentProblem p : catalogue.check(after).problems()) {
            String key = p.file() + "\u0000" + p.message();
            int left = known.getOrDefault(key, 0);
            if (left > 0) {
                known.put(key, left - 1);
            } else {
                added.add(p);
            }
        }
        return added;
    }
}

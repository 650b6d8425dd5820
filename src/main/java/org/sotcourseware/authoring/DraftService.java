package org.sotcourseware.authoring;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.audit.AuditLog;
import org.sotcourseware.content.ContentDraft;
import org.sotcourseware.content.ContentTree;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.sotcourseware.authoring.DraftFiles.state;
import static org.sotcourseware.authoring.DraftFiles.text;

/**
 * Instructors' drafts: saving a text as a new draft revision (never over someone else's save), discarding a
 * draft, marking a file for deletion, and taking or dismissing a change that arrived in the content folder.
 * Only instructors and administrators may call it.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ADMIN + "')")
public class DraftService {

    private final ContentStore store;
    private final DraftFiles files;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    DraftService(ContentStore store, DraftFiles files, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.store = store;
        this.files = files;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Saves the author's text as a new draft revision on top of {@code basedOn}. Throws {@link EditConflict}
     * (saving nothing) when someone else saved the file since the author opened revision {@code basedOn}.
     * Returns the new head revision; saving unchanged text returns the current head.
     */
    @Transactional
    public long saveDraft(String path, String text, long basedOn, @Nullable String message) {
        DraftFiles.limit(Message.of("authoring.limit.file"), text, TextLimits.MARKDOWN_FILE);
        DraftFiles.limit(Message.of("authoring.limit.message"), message, TextLimits.REASON);
        SignedInUser me = currentUser.require();
        ContentStore.FileRow r = store.lock(path).filter(f -> state(f) != null)
                .orElseThrow(() -> new AuthoringException(Message.of("authoring.error.no-file", path)));
        if (ContentDraft.Kind.of(path) == ContentDraft.Kind.IMAGE) {
            throw new AuthoringException(Message.of("authoring.error.image-not-text"));
        }
        if (r.head() != basedOn) {
            ContentStore.RevisionRow theirs = store.revision(r.head()).orElseThrow();
            String theirText = theirs.body() == null ? "" : text(theirs.body(), path);
            throw new EditConflict(theirs.id(), theirs.authorName(), theirs.createdAt(), theirText,
                    TextDiff.lines(theirText, text, -1));
        }
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (r.headSha() != null && r.headSha().equals(ContentTree.sha256(body))) {
            return r.head();
        }
        long rev = store.insertRevision(path, body, "EDIT", me.id().value(), me.displayName(), clock.instant(), message, r.head());
        store.setHead(path, rev, clock.instant());
        return rev;
    }

    /**
     * Saves the editor's text as {@link #saveDraft} does and returns, from the same transaction, the file as it
     * now opens and the draft world: one call for the editor's save instead of three.
     */
    @Transactional
    public AuthoringReadModel.Saved save(String path, String text, long basedOn) {
        long head = saveDraft(path, text, basedOn, null);
        return new AuthoringReadModel.Saved(head, files.editorFile(path), files.draftWorld());
    }

    /** Throws the draft away: the file goes back to its published text (the draft stays in the history). */
    @Transactional
    public void discardDraft(String path) {
        SignedInUser me = currentUser.require();
        ContentStore.FileRow r = files.lockExisting(path);
        if (!r.hasDraft()) {
            return;
        }
        if (r.published() != null) {
            store.setHead(path, r.published(), clock.instant());
        } else {
            long rev = store.insertRevision(path, null, "DELETE", me.id().value(), me.displayName(), clock.instant(),
                    "New file discarded before it was published", r.head());
            store.setHead(path, rev, clock.instant());
        }
    }

    /** Marks a file for deletion (a draft until published). */
    @Transactional
    public void deleteDraft(String path) {
        SignedInUser me = currentUser.require();
        ContentStore.FileRow r = files.lockExisting(path);
        if (ContentDraft.Kind.of(path) == ContentDraft.Kind.CURRICULUM || ContentDraft.Kind.of(path) == ContentDraft.Kind.MODULE) {
            throw new AuthoringException(Message.of("authoring.error.cannot-delete"));
        }
        if (r.published() == null) {
            discardDraft(path);
            return;
        }
        long rev = store.insertRevision(path, null, "DELETE", me.id().value(), me.displayName(), clock.instant(), "Deleted", r.head());
        store.setHead(path, rev, clock.instant());
    }

    // ----- incoming changes from the content folder -----

    /** Takes the folder's version of the file as the draft (to be published as usual). */
    @Transactional
    public void acceptIncoming(String path) {
        SignedInUser me = currentUser.require();
        ContentStore.FileRow r = files.lockExisting(path);
        if (r.incoming() == null) {
            throw new AuthoringException(Message.of("authoring.error.no-incoming", path));
        }
        ContentStore.RevisionRow in = store.revision(r.incoming()).orElseThrow();
        long rev = store.insertRevision(path, in.body(), "ACCEPT", me.id().value(), me.displayName(), clock.instant(),
                "Accepted the change from the content folder", r.head());
        store.setHead(path, rev, clock.instant());
        store.setIncoming(path, null);
    }

    /** Keeps the database's version and forgets the folder's change. */
    @Transactional
    public void dismissIncoming(String path) {
        ContentStore.FileRow r = files.lockExisting(path);
        if (r.incoming() != null) {
            store.setIncoming(path, null);
            audit.record("incoming-dismissed", path, "kept the published version; the content folder's change was not taken");
        }
    }
}

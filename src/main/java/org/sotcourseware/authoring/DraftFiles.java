package org.sotcourseware.authoring;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.authoring.AuthoringReadModel.State;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.ContentDraft;
import org.sotcourseware.content.ContentTree;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * The authoring services' shared reading and writing of content files: a file's state, its head and
 * published text, the draft world, and a new file from a template. Not secured itself: only the authoring
 * services (each secured) use it.
 */
@Component
class DraftFiles {

    private final ContentStore store;
    private final CatalogueService catalogue;
    private final CurrentUser currentUser;
    private final Clock clock;

    DraftFiles(ContentStore store, CatalogueService catalogue, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A file as the editor opens it: its latest text (the draft when there is one), with any incoming change. */
    AuthoringReadModel.EditorFile editorFile(String path) {
        ContentStore.FileRow r = store.file(path).filter(f -> state(f) != null)
                .orElseThrow(() -> new AuthoringException(Message.of("authoring.error.no-file", path)));
        ContentStore.RevisionRow head = store.revision(r.head()).orElseThrow();
        String text = head.body() == null ? publishedText(r) : text(head.body(), path);
        AuthoringReadModel.Incoming incoming = null;
        if (r.incoming() != null) {
            ContentStore.RevisionRow in = store.revision(r.incoming()).orElseThrow();
            incoming = new AuthoringReadModel.Incoming(in.id(), in.body() == null,
                    TextDiff.lines(text, in.body() == null ? "" : text(in.body(), path), TextDiff.CONTEXT));
        }
        String moduleId = path.contains("/") ? path.substring(0, path.indexOf('/')) : null;
        return new AuthoringReadModel.EditorFile(path, ContentDraft.Kind.of(path), moduleId, text, r.head(), r.published(), state(r), incoming);
    }

    /** The draft world: what students would see if every draft were published now (for previews). */
    ContentTree draftWorld() {
        // the catalogue holds the published tree (reloaded after every publish commits); only drafts are read here
        return catalogue.tree().with(store.draftBodies());
    }

    /** A module as its drafts stand (new lessons and cases included). */
    CourseModule draftModule(String moduleId) {
        ContentTree world = draftWorld();
        CourseModule m = catalogue.draft(world, moduleId + "/module.md").module();
        if (m == null || !world.isFile(moduleId + "/module.md")) {
            throw new AuthoringException(Message.of("authoring.error.no-module", moduleId));
        }
        return m;
    }

    void createFile(String path, String body, String origin, String message) {
        SignedInUser me = currentUser.require();
        Instant now = clock.instant();
        Optional<ContentStore.FileRow> existing = store.lock(path);
        if (existing.isPresent() && state(existing.get()) != null) {
            throw new AuthoringException(Message.of("authoring.error.file-exists", path));
        }
        long rev = store.insertRevision(path, body.getBytes(StandardCharsets.UTF_8), origin, me.id().value(), me.displayName(), now,
                message, existing.map(ContentStore.FileRow::head).orElse(null));
        if (existing.isPresent()) {
            store.setHead(path, rev, now);
        } else {
            store.insertFile(path, rev, null, null, now);
        }
    }

    /** The file at {@code path}, locked for an update; refused when there is no such file. */
    ContentStore.FileRow lockExisting(String path) {
        return store.lock(path).filter(f -> state(f) != null).orElseThrow(() -> new AuthoringException(Message.of("authoring.error.no-file", path)));
    }

    /** The file at {@code path}, unlocked; refused when there is no such file. */
    ContentStore.FileRow existing(String path) {
        return store.file(path).filter(f -> state(f) != null).orElseThrow(() -> new AuthoringException(Message.of("authoring.error.no-file", path)));
    }

    String headText(ContentStore.FileRow r) {
        ContentStore.RevisionRow head = store.revision(r.head()).orElseThrow();
        if (head.body() == null) {
            throw new AuthoringException(Message.of("authoring.error.deleted-in-draft", r.path()));
        }
        return text(head.body(), r.path());
    }

    String publishedText(ContentStore.FileRow r) {
        if (r.published() == null) {
            return "";
        }
        byte[] b = store.revision(r.published()).orElseThrow().body();
        return b == null ? "" : text(b, r.path());
    }

    /** The state shown in the tree; null for a new file whose draft was discarded (it is gone). */
    static @Nullable State state(ContentStore.FileRow r) {
        if (r.published() == null) {
            return r.headDeleted() ? null : State.NEW;
        }
        if (!r.hasDraft()) {
            return r.headDeleted() ? null : State.PUBLISHED;
        }
        return r.headDeleted() ? State.DELETED : State.DRAFT;
    }

    static String text(byte[] body, String path) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new AuthoringException(Message.of("authoring.error.not-utf8", path));
        }
    }

    /** Refuses text longer than {@code max} characters with a message naming it (base.TextLimits). */
    static void limit(Message what, @Nullable String text, int max) {
        if (text != null && text.length() > max) {
            throw new AuthoringException(Message.of("authoring.error.too-long", what, text.length(), max));
        }
    }
}

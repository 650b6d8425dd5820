package org.sotcourseware.authoring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.audit.AuditLog;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.ContentTree;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Export of the published curriculum or one module as a zip in the {@code content/} folder format (what
 * {@code check-content} accepts), and import of such a zip: read safely, validated, previewed as a list of
 * changes, then applied as published revisions in one transaction (or not at all).
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ADMIN + "')")
public class ContentTransferService {

    static final int MAX_ENTRIES = 3000;
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 80L * 1024 * 1024;
    /** The largest zip accepted (the upload field says the same). */
    public static final int MAX_ZIP_BYTES = 40 * 1024 * 1024;
    /**
     * How many times its own size a zip may unpack to. Markdown compresses about 4 times and images hardly
     * at all; a zip bomb (one small entry that inflates to gigabytes) compresses hundreds of times.
     */
    static final int MAX_RATIO = 100;
    /** Below this many unpacked bytes the ratio is not checked (a tiny zip of a few repetitive files is fine). */
    static final long RATIO_FLOOR = 1024 * 1024;
    /** Fixed entry times, so the same content always gives the same zip bytes. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final CatalogueService catalogue;
    private final ContentStore store;
    private final PublishingService publishing;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContentTransferService(CatalogueService catalogue, ContentStore store, PublishingService publishing, CurrentUser currentUser,
                           AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.catalogue = catalogue;
        this.store = store;
        this.publishing = publishing;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ----- export -----

    /** The published curriculum ({@code moduleId} null) or one module's folder, as zip bytes. */
    @Transactional(readOnly = true)
    public byte[] export(@Nullable String moduleId) {
        if (moduleId != null && catalogue.module(moduleId).isEmpty()) {
            throw new AuthoringException(Message.of("authoring.error.no-module", moduleId));
        }
        ContentTree tree = ContentTree.of(store.publishedBodies(), "published");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var e : tree.asMap().entrySet()) {
                if (moduleId == null || e.getKey().startsWith(moduleId + "/")) {
                    ZipEntry entry = new ZipEntry(e.getKey());
                    entry.setTimeLocal(ENTRY_TIME);
                    zip.putNextEntry(entry);
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The download name of an export. */
    public String exportName(@Nullable String moduleId) {
        String date = LocalDate.now(clock).toString();
        return (moduleId == null ? "sot-curriculum" : "sot-module-" + moduleId) + "-" + date + ".zip";
    }

    // ----- import -----

    /** What an import covers. */
    public enum Scope {
        CURRICULUM, MODULE
    }

    public enum ChangeKind {
        ADDED, CHANGED, REMOVED
    }

    /** One file an import would change; {@code replacesDraft}: the file has unpublished changes that the import replaces. */
    public record Change(String path, ChangeKind kind, int linesAdded, int linesRemoved, boolean replacesDraft) {
    }

    /**
     * What importing a zip would do. Nothing is applied until {@link #apply}; {@code blocking} lists the
     * problems the imported content would add (the import is refused while there are any).
     */
    public record Preview(String fileName, Scope scope, @Nullable String moduleId, List<Change> changes,
                          List<ContentProblem> blocking, int files, String basedOn, byte[] zip) {

        public Preview {
            changes = List.copyOf(changes);
            blocking = List.copyOf(blocking);
        }

        public boolean applicable() {
            return blocking.isEmpty() && !changes.isEmpty();
        }
    }

    /** Reads and validates a zip; changes nothing. Throws AuthoringException for a zip that cannot be read. */
    @Transactional(readOnly = true)
    public Preview preview(String fileName, byte[] zip) {
        if (zip.length > MAX_ZIP_BYTES) {
            throw new AuthoringException(Message.of("authoring.error.zip-too-big", zip.length / 1024 / 1024, MAX_ZIP_BYTES / 1024 / 1024));
        }
        Map<String, byte[]> files = readZip(zip);
        ContentTree published = ContentTree.of(store.publishedBodies(), "published");
        Scope scope;
        String moduleId = null;
        ContentTree after;
        if (files.containsKey("curriculum.yml")) {
            scope = Scope.CURRICULUM;
            after = ContentTree.of(files, fileName);
        } else {
            Set<String> tops = new TreeSet<>();
            files.keySet().forEach(p -> tops.add(p.contains("/") ? p.substring(0, p.indexOf('/')) : ""));
            if (tops.size() != 1 || tops.contains("")) {
                throw new AuthoringException(tops.contains("") ? Message.of("authoring.error.zip-loose-files")
                        : Message.of("authoring.error.zip-several-folders", String.join(", ", tops)));
            }
            moduleId = tops.iterator().next();
            if (catalogue.module(moduleId).isEmpty()) {
                throw new AuthoringException(Message.of("authoring.error.zip-unknown-module", moduleId));
            }
            Map<String, byte @Nullable []> changes = new LinkedHashMap<>();
            for (String p : published.paths()) {
                if (p.startsWith(moduleId + "/")) {
                    changes.put(p, null);
                }
            }
            changes.putAll(files);
            scope = Scope.MODULE;
            after = published.with(changes);
        }
        Map<String, ContentStore.FileRow> rows = new LinkedHashMap<>();
        store.files().forEach(r -> rows.put(r.path(), r));
        List<Change> list = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(published.paths());
        paths.addAll(after.paths());
        for (String p : paths) {
            byte[] before = published.read(p).orElse(null);
            byte[] now = after.read(p).orElse(null);
            ContentStore.FileRow row = rows.get(p);
            boolean draft = row != null && row.hasDraft() && DraftFiles.state(row) != null;
            if (before == null && now != null) {
                list.add(change(p, ChangeKind.ADDED, "", now, draft));
            } else if (before != null && now == null) {
                list.add(change(p, ChangeKind.REMOVED, text(before), new byte[0], draft));
            } else if (before != null && !Arrays.equals(before, now)) {
                list.add(change(p, ChangeKind.CHANGED, text(before), now, draft));
            }
        }
        List<ContentProblem> blocking = publishing.addedProblems(published, after);
        return new Preview(fileName, scope, moduleId, list, blocking, files.size(), published.version(), zip.clone());
    }

    /**
     * Applies a previewed import: every change becomes a published revision (origin IMPORT) in one
     * transaction. Refused when the content changed since the preview, or the preview has blocking problems.
     */
    @Transactional
    public int apply(Preview preview) {
        SignedInUser me = currentUser.require();
        Preview fresh = preview(preview.fileName(), preview.zip());
        if (!fresh.basedOn().equals(preview.basedOn())) {
            throw new AuthoringException(Message.of("authoring.error.zip-stale-preview"));
        }
        if (!fresh.blocking().isEmpty()) {
            throw new AuthoringException(Message.of("authoring.error.zip-adds-problems", fresh.blocking().size()));
        }
        Map<String, byte[]> files = readZip(preview.zip());
        Instant now = clock.instant();
        for (Change c : fresh.changes()) {
            byte[] body = c.kind() == ChangeKind.REMOVED ? null : files.get(c.path());
            ContentStore.FileRow row = store.lock(c.path()).orElse(null);
            long rev = store.insertRevision(c.path(), body, "IMPORT", me.id().value(), me.displayName(), now,
                    "Imported from " + preview.fileName(), row == null ? null : row.head());
            if (row == null) {
                store.insertFile(c.path(), rev, null, null, now);
            } else {
                store.setHead(c.path(), rev, now);
            }
            store.publish(c.path(), rev, "IMPORT", me.id().value(), me.displayName(), now);
        }
        long added = fresh.changes().stream().filter(c -> c.kind() == ChangeKind.ADDED).count();
        long changed = fresh.changes().stream().filter(c -> c.kind() == ChangeKind.CHANGED).count();
        long removed = fresh.changes().stream().filter(c -> c.kind() == ChangeKind.REMOVED).count();
        audit.record("import", fresh.scope() == Scope.CURRICULUM ? "whole curriculum" : "module " + fresh.moduleId(),
                preview.fileName() + ": " + added + " added, " + changed + " changed, " + removed + " removed");
        events.publishEvent(new ContentPublished(fresh.changes().stream().map(Change::path).toList()));
        return fresh.changes().size();
    }

    private static Change change(String path, ChangeKind kind, String before, byte[] after, boolean draft) {
        if (!path.endsWith(".md") && !path.endsWith(".yml") && !path.endsWith(".svg")) {
            return new Change(path, kind, 0, 0, draft);
        }
        int[] counts = TextDiff.counts(TextDiff.lines(before, new String(after, StandardCharsets.UTF_8), 0));
        return new Change(path, kind, counts[0], counts[1], draft);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    /**
     * The files of a zip by normalised path: directories, hidden files and macOS metadata skipped; one
     * wrapping folder (as made by "compress folder") removed; paths that leave the root, too many entries or
     * too many bytes refused.
     */
    static Map<String, byte[]> readZip(byte[] zip) {
        Map<String, byte[]> raw = new TreeMap<>();
        long total = 0;
        int entries = 0;
        long ratioLimit = Math.max(RATIO_FLOOR, (long) zip.length * MAX_RATIO);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new AuthoringException(Message.of("authoring.error.zip-too-many-entries", MAX_ENTRIES));
                }
                if (e.isDirectory()) {
                    continue;
                }
                String name = e.getName();
                String path;
                try {
                    path = ContentTree.normalise(name);
                } catch (IllegalArgumentException bad) {
                    throw new AuthoringException(Message.of("authoring.error.zip-unsafe-path", name));
                }
                if (path.startsWith("__MACOSX/") || hidden(path)) {
                    continue;
                }
                byte[] body = readLimited(in, name, total, ratioLimit);
                total += body.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new AuthoringException(Message.of("authoring.error.zip-too-big-unpacked", MAX_TOTAL_BYTES / 1024 / 1024));
                }
                if (raw.put(path, body) != null) {
                    throw new AuthoringException(Message.of("authoring.error.zip-duplicate", path));
                }
            }
        } catch (ZipException e) {
            throw new AuthoringException(Message.of("authoring.error.zip-unreadable", String.valueOf(e.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (raw.isEmpty()) {
            throw new AuthoringException(Message.of("authoring.error.zip-empty"));
        }
        return unwrap(raw);
    }

    /** One entry's bytes, refused as soon as it is too big or the zip so far unpacks to more than {@code ratioLimit}. */
    private static byte[] readLimited(InputStream in, String name, long before, long ratioLimit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long n = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
            n += r;
            if (before + n > ratioLimit) {
                throw new AuthoringException(Message.of("authoring.error.zip-bomb", MAX_RATIO, name));
            }
            if (n > MAX_FILE_BYTES) {
                throw new AuthoringException(Message.of("authoring.error.zip-entry-too-big", name, MAX_FILE_BYTES / 1024 / 1024));
            }
            out.write(buf, 0, r);
        }
        return out.toByteArray();
    }

    /** Removes one folder that wraps everything, when curriculum.yml or a module folder lies inside it. */
    private static Map<String, byte[]> unwrap(Map<String, byte[]> files) {
        Set<String> tops = new TreeSet<>();
        files.keySet().forEach(p -> tops.add(p.contains("/") ? p.substring(0, p.indexOf('/')) : ""));
        if (tops.size() == 1 && !tops.contains("") && !files.containsKey("curriculum.yml")) {
            String top = tops.iterator().next();
            boolean wrapsCurriculum = files.containsKey(top + "/curriculum.yml");
            boolean wrapsModule = files.keySet().stream().allMatch(p -> p.split("/").length >= 3)
                    && files.keySet().stream().anyMatch(p -> p.endsWith("/module.md") && p.split("/").length == 3);
            if (wrapsCurriculum || wrapsModule) {
                Map<String, byte[]> out = new TreeMap<>();
                files.forEach((p, b) -> out.put(p.substring(top.length() + 1), b));
                return out;
            }
        }
        return files;
    }

    private static boolean hidden(String name) {
        for (String seg : name.split("/")) {
            if (seg.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}

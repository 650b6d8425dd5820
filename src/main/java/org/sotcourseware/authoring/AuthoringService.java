package org.sotcourseware.authoring;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.sotcourseware.base.Message;
import org.sotcourseware.authoring.AuthoringReadModel.DiffLine;
import org.sotcourseware.authoring.AuthoringReadModel.EditorFile;
import org.sotcourseware.authoring.AuthoringReadModel.FileStatus;
import org.sotcourseware.authoring.AuthoringReadModel.State;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.ContentDraft;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.ContentTree;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.sotcourseware.authoring.DraftFiles.state;
import static org.sotcourseware.authoring.DraftFiles.text;

/**
 * What instructors read while authoring: the tree of files with their states, a file as the editor opens it,
 * the check and preview of a text exactly as students would get it, and a file's history and diffs. The
 * writes are {@link DraftService} (drafts and incoming changes), {@link StructureService} (new lessons and
 * cases, titles, order, images), {@link PublishingService} and {@link GiftImportService}. Only instructors
 * and administrators may call it.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ADMIN + "')")
public class AuthoringService {

    private final ContentStore store;
    private final CatalogueService catalogue;
    private final DraftFiles files;

    AuthoringService(ContentStore store, CatalogueService catalogue, DraftFiles files) {
        this.store = store;
        this.catalogue = catalogue;
        this.files = files;
    }

    /** Every file by module with its state, and the counts of drafts and incoming changes. */
    @Transactional(readOnly = true)
    public AuthoringReadModel.Tree tree() {
        List<ContentStore.FileRow> rows = store.files();
        ContentTree drafts = files.draftWorld();
        Curriculum published = catalogue.curriculum();
        // modules with drafts are loaded as the drafts stand; the others come from the catalogue as published
        Set<String> draftModules = new HashSet<>();
        boolean curriculumDraft = false;
        for (ContentStore.FileRow r : rows) {
            if (r.hasDraft() && state(r) != null) {
                if (r.path().contains("/")) {
                    draftModules.add(r.path().substring(0, r.path().indexOf('/')));
                } else {
                    curriculumDraft = true;
                }
            }
        }
        Map<String, Integer> errors = new HashMap<>();
        for (ContentProblem p : published.problems()) {
            String m = p.file().contains("/") ? p.file().substring(0, p.file().indexOf('/')) : "";
            if (!draftModules.contains(m) && !(curriculumDraft && m.isEmpty())) {
                errors.merge(p.file(), 1, Integer::sum);
            }
        }
        Map<String, CourseModule> modules = new LinkedHashMap<>();
        published.modules().forEach(m -> modules.put(m.id(), m));
        for (String m : draftModules) {
            ContentDraft d = catalogue.draft(drafts, m + "/module.md");
            if (d.module() != null) {
                modules.put(m, d.module());
            }
            d.problems().forEach(p -> errors.merge(p.file(), 1, Integer::sum));
            d.related().forEach(p -> errors.merge(p.file(), 1, Integer::sum));
        }
        if (curriculumDraft) {
            catalogue.draft(drafts, "curriculum.yml").problems().forEach(p -> errors.merge(p.file(), 1, Integer::sum));
        }
        Map<String, String> titles = new HashMap<>();
        Map<String, Integer> lessonOrder = new HashMap<>();
        titles.put("curriculum.yml", "Curriculum: module order, prerequisites, tracks");
        for (CourseModule m : modules.values()) {
            titles.put(m.sourceFile(), "Overview: " + m.title());
            m.lessons().forEach(l -> {
                titles.put(l.sourceFile(), l.title());
                lessonOrder.put(l.sourceFile(), l.order());
            });
            if (m.quiz() != null) {
                titles.put(m.quiz().sourceFile(), "Quiz: " + m.quiz().title());
            }
            m.cases().forEach(cs -> titles.put(cs.sourceFile(), "Case: " + cs.title()));
            m.stations().forEach(st -> titles.put(st.sourceFile(), "Station: " + st.title()));
        }
        FileStatus curriculumFile = null;
        Map<String, List<FileStatus>> byModule = new LinkedHashMap<>();
        modules.keySet().forEach(id -> byModule.put(id, new ArrayList<>()));
        int draftCount = 0;
        int incoming = 0;
        for (ContentStore.FileRow r : rows) {
            State state = state(r);
            if (state == null) {
                continue; // a new file whose draft was discarded
            }
            ContentDraft.Kind kind = ContentDraft.Kind.of(r.path());
            String moduleId = r.path().contains("/") ? r.path().substring(0, r.path().indexOf('/')) : null;
            FileStatus fs = new FileStatus(r.path(), kind, moduleId, titles.getOrDefault(r.path(), fileName(r.path())), state,
                    errors.getOrDefault(r.path(), 0), r.incoming() != null, r.head());
            if (state != State.PUBLISHED) {
                draftCount++;
            }
            if (r.incoming() != null) {
                incoming++;
            }
            if (kind == ContentDraft.Kind.CURRICULUM) {
                curriculumFile = fs;
            } else if (moduleId != null) {
                byModule.computeIfAbsent(moduleId, k -> new ArrayList<>()).add(fs);
            }
        }
        List<AuthoringReadModel.ModuleNode> nodes = new ArrayList<>();
        for (var e : byModule.entrySet()) {
            List<FileStatus> files = new ArrayList<>(e.getValue());
            files.sort(Comparator.comparingInt((FileStatus f) -> kindOrder(f.kind()))
                    .thenComparingInt(f -> lessonOrder.getOrDefault(f.path(), 999)).thenComparing(FileStatus::path));
            CourseModule m = modules.get(e.getKey());
            nodes.add(new AuthoringReadModel.ModuleNode(e.getKey(), m == null ? e.getKey() : m.title(), files));
        }
        return new AuthoringReadModel.Tree(curriculumFile, nodes, draftCount, incoming);
    }

    /** A file as the editor opens it: its latest text (the draft when there is one). */
    @Transactional(readOnly = true)
    public EditorFile open(String path) {
        return files.editorFile(path);
    }

    /**
     * Parses {@code text} as the file at {@code path} in the draft world (the published content with every
     * saved draft), exactly as students would get it: the editor's preview and problem list.
     */
    @Transactional(readOnly = true)
    public ContentDraft check(String path, String text) {
        return preview(files.draftWorld(), path, text).draft();
    }

    /** A file parsed as students would get it, and how to render its fragments (quiz questions, case stages) with its images. */
    public record Preview(ContentDraft draft, UnaryOperator<String> render) {
    }

    /**
     * As {@link #check}, against a draft world the caller holds (the editor keeps one while a file is open,
     * so each keystroke does not reread every file).
     */
    @Transactional(readOnly = true)
    public Preview preview(ContentTree base, String path, String text) {
        String p = ContentTree.normalise(path);
        ContentTree tree = base.with(p, text.getBytes(StandardCharsets.UTF_8));
        ContentDraft d = catalogue.draft(tree, p);
        String moduleId = d.moduleId();
        return new Preview(d, md -> catalogue.renderFragment(tree, moduleId == null ? "" : moduleId, p, md).html());
    }

    /** The draft world: what students would see if every draft were published now (for previews). */
    @Transactional(readOnly = true)
    public ContentTree draftWorld() {
        return files.draftWorld();
    }

    /** A file's revisions, newest first, each with when it was published. */
    @Transactional(readOnly = true)
    public List<AuthoringReadModel.Revision> history(String path) {
        ContentStore.FileRow r = store.file(path).orElseThrow(() -> new AuthoringException(Message.of("authoring.error.no-file", path)));
        Map<Long, List<AuthoringReadModel.Publication>> pubs = new HashMap<>();
        store.publications(path).forEach(p -> pubs.computeIfAbsent(p.revisionId(), k -> new ArrayList<>())
                .add(new AuthoringReadModel.Publication(p.kind(), p.publisherName(), p.at(), p.message())));
        return store.history(path).stream().map(v -> new AuthoringReadModel.Revision(v.id(), v.origin(), v.authorName(), v.createdAt(),
                v.message(), v.sha() == null, v.id() == r.head(), r.published() != null && v.id() == r.published(),
                pubs.getOrDefault(v.id(), List.of()))).toList();
    }

    /** The text of one revision of a file (empty for a deletion). */
    @Transactional(readOnly = true)
    public String revisionText(String path, long revision) {
        ContentStore.RevisionRow v = store.revision(revision).filter(x -> x.path().equals(path))
                .orElseThrow(() -> new AuthoringException(Message.of("authoring.error.no-revision", path)));
        return v.body() == null ? "" : text(v.body(), path);
    }

    /** The diff from revision {@code from} to revision {@code to} of one file. */
    @Transactional(readOnly = true)
    public List<DiffLine> diff(String path, long from, long to, boolean fullText) {
        return TextDiff.lines(revisionText(path, from), revisionText(path, to), fullText ? -1 : TextDiff.CONTEXT);
    }

    private static int kindOrder(ContentDraft.Kind k) {
        return switch (k) {
            case MODULE -> 0;
            case LESSON -> 1;
            case QUIZ -> 2;
            case CASE -> 3;
            case STATION -> 4;
            case IMAGE -> 5;
            default -> 6;
        };
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}

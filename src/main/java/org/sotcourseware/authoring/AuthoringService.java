package org.sotcourseware.authoring;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.audit.AuditLog;
import org.sotcourseware.authoring.internal.GiftConverter;
import org.sotcourseware.authoring.AuthoringViews.DiffLine;
import org.sotcourseware.authoring.AuthoringViews.EditorFile;
import org.sotcourseware.authoring.AuthoringViews.FileStatus;
import org.sotcourseware.authoring.AuthoringViews.PublishResult;
import org.sotcourseware.authoring.AuthoringViews.State;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.ContentDraft;
import org.sotcourseware.content.ContentImages;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.ContentTree;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.content.Lesson;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instructors' work on content: drafts as revisions, validation as the student pipeline sees it, publishing
 * (never when it would add a problem), rollbacks, history and diffs, structural changes (create, rename,
 * reorder, delete), image uploads and incoming changes from the content folder. Every publish, rollback,
 * upload and deletion is audited. Only instructors and administrators may call it.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ADMIN + "')")
public class AuthoringService {

    private final ContentStore store;
    private final CatalogueService catalogue;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuthoringService(ContentStore store, CatalogueService catalogue, CurrentUser currentUser, AuditLog audit,
                     ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ----- reading -----

    /** Every file by module with its state, and the counts of drafts and incoming changes. */
    @Transactional(readOnly = true)
    public AuthoringViews.Tree tree() {
        List<ContentStore.FileRow> rows = store.files();
        ContentTree drafts = draftWorld();
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
        List<AuthoringViews.ModuleNode> nodes = new ArrayList<>();
        for (var e : byModule.entrySet()) {
            List<FileStatus> files = new ArrayList<>(e.getValue());
            files.sort(Comparator.comparingInt((FileStatus f) -> kindOrder(f.kind()))
                    .thenComparingInt(f -> lessonOrder.getOrDefault(f.path(), 999)).thenComparing(FileStatus::path));
            CourseModule m = modules.get(e.getKey());
            nodes.add(new AuthoringViews.ModuleNode(e.getKey(), m == null ? e.getKey() : m.title(), files));
        }
        return new AuthoringViews.Tree(curriculumFile, nodes, draftCount, incoming);
    }

    /** A file as the editor opens it: its latest text (the draft when there is one). */
    @Transactional(readOnly = true)
    public EditorFile open(String path) {
        ContentStore.FileRow r = store.file(path).filter(f -> state(f) != null)
                .orElseThrow(() -> new AuthoringException("There is no file " + path + "."));
        ContentStore.RevisionRow head = store.revision(r.head()).orElseThrow();
        String text = head.body() == null ? publishedText(r) : text(head.body(), path);
        AuthoringViews.Incoming incoming = null;
        if (r.incoming() != null) {
            ContentStore.RevisionRow in = store.revision(r.incoming()).orElseThrow();
            incoming = new AuthoringViews.Incoming(in.id(), in.body() == null,
                    TextDiff.lines(text, in.body() == null ? "" : text(in.body(), path), TextDiff.CONTEXT));
        }
        String moduleId = path.contains("/") ? path.substring(0, path.indexOf('/')) : null;
        return new EditorFile(path, ContentDraft.Kind.of(path), moduleId, text, r.head(), r.published(), state(r), incoming);
    }

    /**
     * Parses {@code text} as the file at {@code path} in the draft world (the published content with every
     * saved draft), exactly as students would get it: the editor's preview and problem list.
     */
    @Transactional(readOnly = true)
    public ContentDraft check(String path, String text) {
        return preview(draftWorld(), path, text).draft();
    }

    /** A file parsed as students would get it, and how to render its fragments (quiz questions, case stages) with its images. */
    public record Preview(ContentDraft draft, java.util.function.UnaryOperator<String> render) {
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
        // the catalogue holds the published tree (reloaded after every publish commits); only drafts are read here
        return catalogue.tree().with(store.draftBodies());
    }

    /** A file's revisions, newest first, each with when it was published. */
    @Transactional(readOnly = true)
    public List<AuthoringViews.Revision> history(String path) {
        ContentStore.FileRow r = store.file(path).orElseThrow(() -> new AuthoringException("There is no file " + path + "."));
        Map<Long, List<AuthoringViews.Publication>> pubs = new HashMap<>();
        store.publications(path).forEach(p -> pubs.computeIfAbsent(p.revisionId(), k -> new ArrayList<>())
                .add(new AuthoringViews.Publication(p.kind(), p.publisherName(), p.at())));
        return store.history(path).stream().map(v -> new AuthoringViews.Revision(v.id(), v.origin(), v.authorName(), v.createdAt(),
                v.message(), v.sha() == null, v.id() == r.head(), r.published() != null && v.id() == r.published(),
                pubs.getOrDefault(v.id(), List.of()))).toList();
    }

    /** The text of one revision of a file (empty for a deletion). */
    @Transactional(readOnly = true)
    public String revisionText(String path, long revision) {
        ContentStore.RevisionRow v = store.revision(revision).filter(x -> x.path().equals(path))
                .orElseThrow(() -> new AuthoringException("There is no such revision of " + path + "."));
        return v.body() == null ? "" : text(v.body(), path);
    }

    /** The diff from revision {@code from} to revision {@code to} of one file. */
    @Transactional(readOnly = true)
    public List<DiffLine> diff(String path, long from, long to, boolean fullText) {
        return TextDiff.lines(revisionText(path, from), revisionText(path, to), fullText ? -1 : TextDiff.CONTEXT);
    }

    // ----- drafts -----

    /**
     * Saves the author's text as a new draft revision on top of {@code basedOn}. Throws {@link EditConflict}
     * (saving nothing) when someone else saved the file since the author opened revision {@code basedOn}.
     * Returns the new head revision; saving unchanged text returns the current head.
     */
    @Transactional
    public long saveDraft(String path, String text, long basedOn, @Nullable String message) {
        limit("the file", text, TextLimits.MARKDOWN_FILE);
        limit("the message", message, TextLimits.REASON);
        SignedInUser me = currentUser.require();
        ContentStore.FileRow r = store.lock(path).filter(f -> state(f) != null)
                .orElseThrow(() -> new AuthoringException("There is no file " + path + "."));
        if (ContentDraft.Kind.of(path) == ContentDraft.Kind.IMAGE) {
            throw new AuthoringException("Images are replaced by uploading a new file, not edited as text.");
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

    /** Throws the draft away: the file goes back to its published text (the draft stays in the history). */
    @Transactional
    public void discardDraft(String path) {
        SignedInUser me = currentUser.require();
        ContentStore.FileRow r = lockExisting(path);
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
        ContentStore.FileRow r = lockExisting(path);
        if (ContentDraft.Kind.of(path) == ContentDraft.Kind.CURRICULUM || ContentDraft.Kind.of(path) == ContentDraft.Kind.MODULE) {
            throw new AuthoringException("The curriculum file and module overviews cannot be deleted here.");
        }
        if (r.published() == null) {
            discardDraft(path);
            return;
        }
        long rev = store.insertRevision(path, null, "DELETE", me.id().value(), me.displayName(), clock.instant(), "Deleted", r.head());
        store.setHead(path, rev, clock.instant());
    }

    /** A new lesson at the end of the module, from a template with every section a lesson needs; a draft. */
    @Transactional
    public String createLesson(String moduleId, String title) {
        String t = requireTitle(title);
        CourseModule m = draftModule(moduleId);
        Set<String> ids = m.lessons().stream().map(Lesson::id).collect(Collectors.toSet());
        String id = uniqueSlug(t, ids);
        int order = m.lessons().stream().mapToInt(Lesson::order).filter(o -> o < 999).max().orElse(0) + 1;
        String path = moduleId + "/lessons/" + String.format(Locale.ROOT, "%02d-%s.md", order, id);
        String body = """
                ---
                id: %s
                title: %s
                order: %d
                minutes: 20
                ---

                # %s

                What this lesson is about and why it matters, in a few sentences.

                ## Key terms

                - **Term**: what it means here.

                ## Summary

                - The points to remember.

                ## Check your understanding

                1. A question the student should be able to answer after reading.

                ## References

                1. Author A. Title. *Journal*. Year;Volume(Issue):pages.
                """.formatted(id, FrontMatterEdit.yamlScalar(t), order, t);
        createFile(path, body, "TEMPLATE", "New lesson");
        return path;
    }

    /** A new case study from a template with a decision, a dead end and an end stage; a draft. */
    @Transactional
    public String createCase(String moduleId, String title) {
        String t = requireTitle(title);
        CourseModule m = draftModule(moduleId);
        Set<String> taken = new HashSet<>();
        m.cases().forEach(c -> taken.add(c.id()));
        String slug = uniqueSlug(t, Set.of());
        String id = uniqueSlug(moduleId + "-" + slug, taken);
        String path = moduleId + "/cases/" + slug + ".md";
        if (store.file(path).filter(f -> state(f) != null).isPresent()) {
            path = moduleId + "/cases/" + id + ".md";
        }
        String body = """
                ---
                id: %s
                title: %s
                minutes: 15
                objectives:
                  - What the student should be able to do after this case.
                ---

                # %s

                The patient: age, occupation, what brings them in, history of the complaint.

                ## History {#s-history}

                What the history and first observation show.

                ### Decision {#d-first}

                What do you do first?

                - [x] The safe, indicated next step {points=2 next=s-exam}
                  > Why this is the right next step.
                - [ ] A step that skips the examination {points=0 next=s-dead-end}
                  > Why this is premature.

                > **Expert commentary:** how an experienced practitioner thinks about this point.

                ## Skipping the examination {#s-dead-end type=dead-end return=s-history}

                Why this path does not help the patient; the student returns to the history.

                ## Examination {#s-exam}

                The findings the student must interpret.

                ## Debrief {#s-debrief type=end}

                What the case taught.

                ### Score bands

                - 2-2: Your reasoning matched the expert path.
                - 0-1: Review the module's lessons, then work the case again.
                """.formatted(id, FrontMatterEdit.yamlScalar(t), t);
        createFile(path, body, "TEMPLATE", "New case study");
        return path;
    }

    /** Changes a lesson's, case's or module's title (the id, and so every student's progress, stays). */
    @Transactional
    public void rename(String path, String newTitle) {
        SignedInUser me = currentUser.require();
        String t = requireTitle(newTitle);
        ContentStore.FileRow r = lockExisting(path);
        String text = headText(r);
        String changed = FrontMatterEdit.set(text, "title", t)
                .orElseThrow(() -> new AuthoringException("This file has no front matter with a title to change."));
        changed = FrontMatterEdit.retitleFirstHeading(changed, titleOf(text), t);
        long rev = store.insertRevision(path, changed.getBytes(StandardCharsets.UTF_8), "RENAME", me.id().value(), me.displayName(),
                clock.instant(), "Renamed to \u201c" + t + "\u201d", r.head());
        store.setHead(path, rev, clock.instant());
    }

    /** Puts a module's lessons in the given order by rewriting their {@code order} (drafts). */
    @Transactional
    public void reorderLessons(String moduleId, List<String> lessonPaths) {
        SignedInUser me = currentUser.require();
        Set<String> expected = new TreeSet<>();
        for (ContentStore.FileRow r : store.files()) {
            if (ContentDraft.Kind.of(r.path()) == ContentDraft.Kind.LESSON && r.path().startsWith(moduleId + "/")
                    && state(r) != null && !r.headDeleted()) {
                expected.add(r.path());
            }
        }
        if (!expected.equals(new TreeSet<>(lessonPaths)) || lessonPaths.size() != expected.size()) {
            throw new AuthoringException("The lessons changed while you were reordering them. Reload and try again.");
        }
        for (int i = 0; i < lessonPaths.size(); i++) {
            String path = lessonPaths.get(i);
            ContentStore.FileRow r = lockExisting(path);
            String text = headText(r);
            String changed = FrontMatterEdit.set(text, "order", String.valueOf(i + 1))
                    .orElseThrow(() -> new AuthoringException(path + " has no front matter."));
            if (!changed.equals(text)) {
                long rev = store.insertRevision(path, changed.getBytes(StandardCharsets.UTF_8), "REORDER", me.id().value(),
                        me.displayName(), clock.instant(), "Moved to position " + (i + 1), r.head());
                store.setHead(path, rev, clock.instant());
            }
        }
    }

    /**
     * Adds or replaces an image in a module's {@code images/} folder, checked (type, size, real contents) and,
     * for SVG, sanitised. Images are published at once: they change nothing students see until a published
     * lesson shows them. Returns the path, and the Markdown to show it.
     */
    @Transactional
    public String uploadImage(String moduleId, String fileName, byte[] body) {
        SignedInUser me = currentUser.require();
        if (catalogue.module(moduleId).isEmpty()) {
            throw new AuthoringException("There is no module " + moduleId + ".");
        }
        String name = ContentImages.safeName(fileName);
        byte[] accepted;
        try {
            accepted = ContentImages.accept(name, body);
        } catch (IllegalArgumentException e) {
            throw new AuthoringException(e.getMessage());
        }
        String path = moduleId + "/images/" + name;
        Instant now = clock.instant();
        Optional<ContentStore.FileRow> existing = store.lock(path);
        long rev = store.insertRevision(path, accepted, "UPLOAD", me.id().value(), me.displayName(), now,
                existing.isPresent() ? "Replaced by upload" : "Uploaded", existing.map(ContentStore.FileRow::head).orElse(null));
        if (existing.isPresent()) {
            store.setHead(path, rev, now);
        } else {
            store.insertFile(path, rev, null, null, now);
        }
        store.publish(path, rev, "UPLOAD", me.id().value(), me.displayName(), now);
        audit.record("image-upload", path, (accepted.length / 1024 + 1) + " KB" + (accepted.length != body.length ? ", SVG sanitised" : ""));
        events.publishEvent(new ContentPublished(List.of(path)));
        return path;
    }

    // ----- Moodle GIFT -----

    /**
     * What importing GIFT text into a quiz would add (converted questions, skipped ones with reasons); changes
     * nothing. GIFT has no learning outcomes: every imported question names the module's first outcome, and a
     * note says so, for the instructor to change where another outcome fits.
     */
    @Transactional(readOnly = true)
    public GiftConverter.Result giftPreview(String quizPath, String gift) {
        limit("the GIFT text", gift, TextLimits.MARKDOWN_FILE);
        String module = quizPath.contains("/") ? quizPath.substring(0, quizPath.indexOf('/')) : "";
        String outcome = catalogue.module(module).stream().flatMap(m -> m.outcomes().stream())
                .map(org.sotcourseware.content.CourseModule.Outcome::id).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        GiftConverter.Result r = GiftConverter.convert(gift, giftPrefix(quizPath), takenQuestionIds(quizPath), outcome);
        if (outcome == null || r.converted().isEmpty()) {
            return r;
        }
        java.util.List<GiftConverter.Note> notes = new java.util.ArrayList<>(r.notes());
        notes.add(new GiftConverter.Note(r.converted().getFirst().line(), "every imported question names the outcome '" + outcome
                + "' (the module's first); change outcome= in the editor where another outcome fits"));
        return new GiftConverter.Result(r.markdown(), r.converted(), r.skipped(), notes);
    }

    /**
     * Appends the questions converted from GIFT text to the quiz's draft, as one revision on top of
     * {@code basedOn} (a conflict if someone saved since). Returns the new head revision.
     */
    @Transactional
    public long giftImport(String quizPath, String gift, long basedOn) {
        if (ContentDraft.Kind.of(quizPath) != ContentDraft.Kind.QUIZ) {
            throw new AuthoringException("GIFT questions can only be added to a module's quiz.md.");
        }
        GiftConverter.Result r = giftPreview(quizPath, gift);
        if (r.converted().isEmpty()) {
            throw new AuthoringException("None of the GIFT questions could be converted; nothing was added.");
        }
        ContentStore.FileRow row = lockExisting(quizPath);
        String text = headText(row);
        String joined = text.endsWith("\n\n") ? text : text.endsWith("\n") ? text + "\n" : text + "\n\n";
        long rev = saveDraft(quizPath, joined + r.markdown(), basedOn, "Imported " + r.converted().size() + " questions from GIFT");
        audit.record("gift-import", quizPath, r.converted().size() + " questions converted, " + r.skipped().size() + " skipped");
        return rev;
    }

    private String giftPrefix(String quizPath) {
        String module = quizPath.contains("/") ? quizPath.substring(0, quizPath.indexOf('/')) : "quiz";
        return "q-" + module + "-gift-";
    }

    private Set<String> takenQuestionIds(String quizPath) {
        ContentStore.FileRow row = existing(quizPath);
        ContentDraft d = catalogue.draft(draftWorld(), quizPath);
        Set<String> ids = new HashSet<>();
        if (d.quiz() != null) {
            d.quiz().questions().forEach(q -> ids.add(q.id()));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{#([a-z0-9-]+)").matcher(headText(row));
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private ContentStore.FileRow existing(String path) {
        return store.file(path).filter(f -> state(f) != null).orElseThrow(() -> new AuthoringException("There is no file " + path + "."));
    }

    // ----- incoming changes from the content folder -----

    /** Takes the folder's version of the file as the draft (to be published as usual). */
    @Transactional
    public void acceptIncoming(String path) {
        SignedInUser me = currentUser.require();
        ContentStore.FileRow r = lockExisting(path);
        if (r.incoming() == null) {
            throw new AuthoringException("There is no incoming change for " + path + ".");
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
        ContentStore.FileRow r = lockExisting(path);
        if (r.incoming() != null) {
            store.setIncoming(path, null);
            audit.record("incoming-dismissed", path, "kept the published version; the content folder's change was not taken");
        }
    }

    // ----- publishing -----

    /** Publishes the drafts of the given files together, unless that would add a problem anywhere. */
    @Transactional
    public PublishResult publish(Collection<String> paths, @Nullable String message) {
        limit("the message", message, TextLimits.REASON);
        SignedInUser me = currentUser.require();
        List<String> sorted = new ArrayList<>(new TreeSet<>(paths));
        Map<String, ContentStore.FileRow> rows = new LinkedHashMap<>();
        for (String p : sorted) {
            ContentStore.FileRow r = lockExisting(p);
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
            store.publish(r.path(), r.head(), "PUBLISH", me.id().value(), me.displayName(), now);
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
        limit("the message", message, TextLimits.REASON);
        SignedInUser me = currentUser.require();
        ContentStore.FileRow r = lockExisting(path);
        ContentStore.RevisionRow old = store.revision(revision).filter(v -> v.path().equals(path))
                .orElseThrow(() -> new AuthoringException("There is no such revision of " + path + "."));
        Map<String, byte @Nullable []> change = new HashMap<>();
        change.put(path, old.body());
        List<ContentProblem> blocking = wouldAdd(change);
        if (!blocking.isEmpty()) {
            return new PublishResult(List.of(), blocking);
        }
        Instant now = clock.instant();
        String msg = "Rollback to the revision of " + old.createdAt() + " by " + old.authorName()
                + (message == null || message.isBlank() ? "" : ": " + message.strip());
        long rev = store.insertRevision(path, old.body(), "ROLLBACK", me.id().value(), me.displayName(), now, msg, r.head());
        store.setHead(path, rev, now);
        store.publish(path, rev, "ROLLBACK", me.id().value(), me.displayName(), now);
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

    // ----- helpers -----

    /** A module as its drafts stand (new lessons and cases included). */
    private CourseModule draftModule(String moduleId) {
        ContentTree world = draftWorld();
        CourseModule m = catalogue.draft(world, moduleId + "/module.md").module();
        if (m == null || !world.isFile(moduleId + "/module.md")) {
            throw new AuthoringException("There is no module " + moduleId + ".");
        }
        return m;
    }

    private void createFile(String path, String body, String origin, String message) {
        SignedInUser me = currentUser.require();
        Instant now = clock.instant();
        Optional<ContentStore.FileRow> existing = store.lock(path);
        if (existing.isPresent() && state(existing.get()) != null) {
            throw new AuthoringException("A file " + path + " already exists.");
        }
        long rev = store.insertRevision(path, body.getBytes(StandardCharsets.UTF_8), origin, me.id().value(), me.displayName(), now,
                message, existing.map(ContentStore.FileRow::head).orElse(null));
        if (existing.isPresent()) {
            store.setHead(path, rev, now);
        } else {
            store.insertFile(path, rev, null, null, now);
        }
    }

    private ContentStore.FileRow lockExisting(String path) {
        return store.lock(path).filter(f -> state(f) != null).orElseThrow(() -> new AuthoringException("There is no file " + path + "."));
    }

    private String headText(ContentStore.FileRow r) {
        ContentStore.RevisionRow head = store.revision(r.head()).orElseThrow();
        if (head.body() == null) {
            throw new AuthoringException(r.path() + " is deleted in the draft; discard the deletion first.");
        }
        return text(head.body(), r.path());
    }

    private String publishedText(ContentStore.FileRow r) {
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

    private static String text(byte[] body, String path) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new AuthoringException(path + " is not UTF-8 text and cannot be edited here.");
        }
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

    private static String requireTitle(String title) {
        String t = title == null ? "" : title.strip();
        if (t.length() < 3) {
            throw new AuthoringException("Give a title of at least three characters.");
        }
        if (t.length() > 200) {
            throw new AuthoringException("Keep the title under 200 characters.");
        }
        return t;
    }

    private static String titleOf(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^title:\\s*(.*?)\\s*$").matcher(text);
        if (!m.find()) {
            return "";
        }
        String v = m.group(1);
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("''", "'");
        }
        return v;
    }

    /** A lower-case, hyphenated id from a title, not in {@code taken}. */
    static String uniqueSlug(String title, Set<String> taken) {
        String base = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        if (base.isEmpty() || Character.isDigit(base.charAt(0))) {
            base = "item-" + base;
        }
        base = base.replaceAll("-+$", "");
        String id = base;
        for (int n = 2; taken.contains(id) || org.sotcourseware.content.Lesson.RESERVED_IDS.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static void limit(String what, @Nullable String text, int max) {
        TextLimits.tooLong(what, text, max).ifPresent(m -> {
            throw new AuthoringException(m);
        });
    }
}

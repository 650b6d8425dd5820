package org.sotcourseware.authoring;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.sotcourseware.base.Message;
import org.sotcourseware.audit.AuditLog;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.ContentDraft;
import org.sotcourseware.content.ContentImages;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Lesson;
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
 * Changes to the shape of a module: a new lesson or case from a template, a new title, the order of the
 * lessons (all drafts), and image uploads (published at once, audited). Only instructors and administrators
 * may call it.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ADMIN + "')")
public class StructureService {

    private final ContentStore store;
    private final CatalogueService catalogue;
    private final DraftFiles files;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StructureService(ContentStore store, CatalogueService catalogue, DraftFiles files, CurrentUser currentUser, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.files = files;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A new lesson at the end of the module, from a template with every section a lesson needs; a draft. */
    @Transactional
    public String createLesson(String moduleId, String title) {
        String t = requireTitle(title);
        CourseModule m = files.draftModule(moduleId);
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
        files.createFile(path, body, "TEMPLATE", "New lesson");
        return path;
    }

    /** A new case study from a template with a decision, a dead end and an end stage; a draft. */
    @Transactional
    public String createCase(String moduleId, String title) {
        String t = requireTitle(title);
        CourseModule m = files.draftModule(moduleId);
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
        files.createFile(path, body, "TEMPLATE", "New case study");
        return path;
    }

    /** Changes a lesson's, case's or module's title (the id, and so every student's progress, stays). */
    @Transactional
    public void rename(String path, String newTitle) {
        SignedInUser me = currentUser.require();
        String t = requireTitle(newTitle);
        ContentStore.FileRow r = files.lockExisting(path);
        String text = files.headText(r);
        String changed = FrontMatterEdit.set(text, "title", t)
                .orElseThrow(() -> new AuthoringException(Message.of("authoring.error.no-title-to-change")));
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
            throw new AuthoringException(Message.of("authoring.error.reorder-stale"));
        }
        for (int i = 0; i < lessonPaths.size(); i++) {
            String path = lessonPaths.get(i);
            ContentStore.FileRow r = files.lockExisting(path);
            String text = files.headText(r);
            String changed = FrontMatterEdit.set(text, "order", String.valueOf(i + 1))
                    .orElseThrow(() -> new AuthoringException(Message.of("authoring.error.no-front-matter", path)));
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
            throw new AuthoringException(Message.of("authoring.error.no-module", moduleId));
        }
        String name = ContentImages.safeName(fileName);
        byte[] accepted;
        try {
            accepted = ContentImages.accept(name, body);
        } catch (IllegalArgumentException e) {
            throw new AuthoringException(Message.of("authoring.error.image-refused", String.valueOf(e.getMessage())));
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

    private static String requireTitle(String title) {
        String t = title == null ? "" : title.strip();
        if (t.length() < 3) {
            throw new AuthoringException(Message.of("authoring.error.title-too-short"));
        }
        if (t.length() > 200) {
            throw new AuthoringException(Message.of("authoring.error.title-too-long"));
        }
        return t;
    }

    private static String titleOf(String text) {
        Matcher m = Pattern.compile("(?m)^title:\\s*(.*?)\\s*$").matcher(text);
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
        String base = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        if (base.isEmpty() || Character.isDigit(base.charAt(0))) {
            base = "item-" + base;
        }
        base = base.replaceAll("-+$", "");
        String id = base;
        for (int n = 2; taken.contains(id) || Lesson.RESERVED_IDS.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}

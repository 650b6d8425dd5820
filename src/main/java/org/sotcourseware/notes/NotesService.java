package org.sotcourseware.notes;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.ModuleGate;
import org.sotcourseware.base.ModuleLocked;
import org.sotcourseware.base.NotFound;
import org.sotcourseware.base.TextLimits;
import org.sotcourseware.base.Translations;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Lesson;
import org.sotcourseware.notes.internal.LessonText;
import org.sotcourseware.notes.internal.QuoteAnchor;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's highlights and notes in lessons: private to their owner (every read and write is by the signed-in
 * user's id; someone else's note reads as one that does not exist), refused in a module that is locked for them,
 * and placed in the lesson as it is now by its text quote (decision 021), or listed as "could not be placed".
 */
@Service
@PreAuthorize("isAuthenticated()")
public class NotesService {

    /** The longest passage one highlight may hold. */
    public static final int MAX_QUOTE = 1_000;

    /**
     * What the page's script read from a selection: where it starts and ends in the lesson's canonical text
     * (characters without white space), the text as the student saw it ({@code text}, with line breaks between
     * paragraphs) and the text of the DOM range ({@code exact}, what the positions count).
     */
    public record Selection(int start, int end, String text, String exact) {
    }

    /** Where a highlight is in the lesson's canonical text now; {@code edits}: 0 when the text is unchanged. */
    public record Place(int start, int end, int edits) {
    }

    /** A highlight with its note; {@code place} is null when it could not be placed in the current lesson. */
    public record Highlight(long id, String moduleId, String lessonId, String quote, @Nullable String note, Instant createdAt,
                           Instant updatedAt, @Nullable Place place) {

        public boolean placed() {
            return place != null;
        }
    }

    /**
     * One lesson's highlights, in the order they appear; for a lesson removed from the module ({@code lessonExists} false)
     * {@code lessonTitle} is its id, and screens say "a lesson no longer in this module" ({@link #lessonGone}).
     */
    public record LessonNotes(String lessonId, String lessonTitle, boolean lessonExists, List<Highlight> highlights) {

        public LessonNotes {
            highlights = List.copyOf(highlights);
        }
    }

    /** A module's notes, lesson by lesson in the module's order (lessons no longer in the module last). */
    public record ModuleNotes(String moduleId, String moduleTitle, List<LessonNotes> lessons) {

        public ModuleNotes {
            lessons = List.copyOf(lessons);
        }

        public int count() {
            return lessons.stream().mapToInt(l -> l.highlights().size()).sum();
        }
    }

    private final CatalogueService catalogue;
    private final ObjectProvider<ModuleGate> gate;
    private final NoteStore store;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotesService(CatalogueService catalogue, ObjectProvider<ModuleGate> gate, NoteStore store, CurrentUser currentUser, Clock clock) {
        this.catalogue = catalogue;
        this.gate = gate;
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in user's highlights in a lesson, placed in its current text. */
    @Transactional(readOnly = true)
    public List<Highlight> forLesson(String moduleId, String lessonId) {
        SignedInUser me = currentUser.require();
        Lesson lesson = openLesson(moduleId, lessonId);
        String text = canonicalText(lesson);
        return store.forLesson(me.id().value(), lesson.moduleId(), lesson.id()).stream().map(r -> highlight(r, text)).toList();
    }

    /** Saves a highlight of the selected passage, with an optional note. */
    @Transactional
    public Highlight add(String moduleId, String lessonId, Selection selection, @Nullable String note) {
        SignedInUser me = currentUser.require();
        Lesson lesson = openLesson(moduleId, lessonId);
        String text = canonicalText(lesson);
        String exact = selection.exact().strip().replaceAll("\\s+", " ");
        if (exact.isEmpty() || selection.end() <= selection.start()) {
            throw new NoteException(Message.of("notes.highlight.no-selection"));
        }
        if (exact.length() > MAX_QUOTE) {
            throw new NoteException(Message.of("notes.highlight.too-long", MAX_QUOTE, exact.length()));
        }
        String slice = selection.start() < 0 || selection.end() > text.length() ? "" : text.substring(selection.start(), selection.end());
        if (!slice.equals(QuoteAnchor.canonical(exact))) {
            throw new NoteException(Message.of("notes.highlight.not-in-lesson"));
        }
        // the text as seen (spaces between paragraphs) when it is the same characters; otherwise the range's own text
        String seen = selection.text().strip().replaceAll("\\s+", " ");
        String shown = QuoteAnchor.canonical(seen).equals(slice) && seen.length() <= MAX_QUOTE ? seen : exact;
        String clean = cleanNote(note);
        QuoteAnchor.Selector s = QuoteAnchor.select(text, selection.start(), selection.end());
        long id = store.insert(me.id().value(), lesson.moduleId(), lesson.id(), shown, s.prefix(), s.suffix(), s.start(), clean,
                catalogue.curriculum().version(), clock.instant());
        return highlight(store.find(id).orElseThrow(), text);
    }

    /** Changes (or, when blank, removes) the note of one of the signed-in user's highlights. */
    @Transactional
    public Highlight updateNote(long highlightId, @Nullable String note) {
        SignedInUser me = currentUser.require();
        NoteStore.Row row = own(me, highlightId);
        CourseModule m = catalogue.requireModule(row.moduleId());
        requireOpen(m.id());
        store.updateNote(row.id(), me.id().value(), cleanNote(note), clock.instant());
        // a note on a lesson removed since can still be edited; it is then placed nowhere
        String text = m.lesson(row.lessonId()).filter(l -> !l.broken()).map(this::canonicalText).orElse(null);
        return highlight(store.find(row.id()).orElseThrow(), text);
    }

    /** Deletes one of the signed-in user's highlights with its note. */
    @Transactional
    public void delete(long highlightId) {
        SignedInUser me = currentUser.require();
        NoteStore.Row row = own(me, highlightId);
        store.delete(row.id(), me.id().value());
    }

    /** The signed-in user's notes in a module, lesson by lesson. Refused for a module that is locked for them. */
    @Transactional(readOnly = true)
    public ModuleNotes forModule(String moduleId) {
        SignedInUser me = currentUser.require();
        CourseModule m = catalogue.requireModule(moduleId);
        requireOpen(m.id());
        Map<String, List<NoteStore.Row>> byLesson = new LinkedHashMap<>();
        store.forModule(me.id().value(), m.id()).forEach(r -> byLesson.computeIfAbsent(r.lessonId(), k -> new ArrayList<>()).add(r));
        List<LessonNotes> out = new ArrayList<>();
        for (Lesson l : m.publishedLessons()) {
            List<NoteStore.Row> rows = byLesson.remove(l.id());
            if (rows != null) {
                String text = canonicalText(l);
                List<Highlight> hs = new ArrayList<>(rows.stream().map(r -> highlight(r, text)).toList());
                // in the order they appear in the lesson; those that could not be placed last
                hs.sort(java.util.Comparator.comparingInt((Highlight h) -> h.place() == null ? Integer.MAX_VALUE : h.place().start())
                        .thenComparingLong(Highlight::id));
                out.add(new LessonNotes(l.id(), l.title(), true, hs));
            }
        }
        byLesson.forEach((lessonId, rows) -> out.add(new LessonNotes(lessonId, lessonId, false,
                rows.stream().map(r -> highlight(r, null)).toList())));
        return new ModuleNotes(m.id(), m.title(), out);
    }

    /** What a screen calls a lesson that left the module: "A lesson no longer in this module (posture)". */
    public static Message lessonGone(LessonNotes lesson) {
        return Message.of("notes.lesson.gone", lesson.lessonId());
    }

    /** The signed-in user's notes in a module as a Markdown document, in English. */
    @Transactional(readOnly = true)
    public String markdown(String moduleId) {
        return markdown(moduleId, Locales.ENGLISH);
    }

    /** The signed-in user's notes in a module as a Markdown document in their language (the notes and quotes as written). */
    @Transactional(readOnly = true)
    public String markdown(String moduleId, Locale locale) {
        ModuleNotes notes = forModule(moduleId);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Translations.text(locale, "notes.export.title", escape(notes.moduleTitle()))).append("\n\n");
        md.append(Translations.text(locale, "notes.export.intro", clock.instant().atZone(ZoneId.systemDefault()).toLocalDate(), notes.count()))
                .append("\n");
        for (LessonNotes l : notes.lessons()) {
            md.append("\n## ").append(escape(l.lessonExists() ? l.lessonTitle() : lessonGone(l).in(locale))).append("\n");
            for (Highlight h : l.highlights()) {
                md.append("\n> ").append(escape(h.quote())).append("\n");
                if (h.note() != null) {
                    md.append("\n").append(h.note().strip().lines().map(NotesService::escape).reduce((a, b) -> a + "  \n" + b).orElse("")).append("\n");
                }
                if (!h.placed()) {
                    md.append("\n*").append(Translations.text(locale, "notes.export.not-placed")).append("*\n");
                }
            }
        }
        return md.toString();
    }

    /** Markdown's punctuation escaped, so a quote or note reads as the text it is. */
    static String escape(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]{}<>#|!~])", "\\\\$1").replaceAll("^([0-9]+)\\.", "$1\\\\.").replaceAll("^([+-]) ", "\\\\$1 ");
    }

    private NoteStore.Row own(SignedInUser me, long id) {
        NoteStore.Row row = store.find(id).orElseThrow(() -> new AccessDeniedException("no such note"));
        currentUser.requireOwner(row.userId(), "note");
        return row;
    }

    private Highlight highlight(NoteStore.Row r, @Nullable String canonicalText) {
        Place place = null;
        if (canonicalText != null && QuoteAnchor.place(canonicalText, new QuoteAnchor.Selector(QuoteAnchor.canonical(r.exact()), r.prefix(),
                r.suffix(), r.start())) instanceof QuoteAnchor.Placed p) {
            place = new Place(p.start(), p.end(), p.edits());
        }
        return new Highlight(r.id(), r.moduleId(), r.lessonId(), r.exact(), r.note(), r.createdAt(), r.updatedAt(), place);
    }

    private Lesson openLesson(String moduleId, String lessonId) {
        CourseModule m = catalogue.requireModule(moduleId);
        Lesson lesson = m.lesson(lessonId).filter(l -> !l.broken())
                .orElseThrow(() -> new NotFound(Message.of("notes.lesson.not-found", m.title(), lessonId)));
        requireOpen(m.id());
        return lesson;
    }

    private void requireOpen(String moduleId) {
        Optional<Message> locked = Optional.ofNullable(gate.getIfAvailable()).flatMap(g -> g.lockedMessage(moduleId));
        if (locked.isPresent()) {
            throw new ModuleLocked(locked.get());
        }
    }

    private String canonicalText(Lesson lesson) {
        return LessonText.canonical(catalogue.renderLesson(lesson).html());
    }

    private static @Nullable String cleanNote(@Nullable String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String n = note.strip();
        if (n.length() > TextLimits.NOTES) {
            throw new NoteException(Message.of("notes.note.too-long", n.length(), TextLimits.NOTES));
        }
        return n;
    }
}

package org.sotcourseware.handbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import org.apache.pdfbox.Loader;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.ModuleGate;
import org.sotcourseware.base.ModuleLocked;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.content.Lesson;
import org.sotcourseware.handbook.internal.HandbookDocument;
import org.sotcourseware.handbook.internal.HandbookRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The module handbook: one PDF of a module's published lessons for anyone who may open the module (a locked
 * module's is refused, as its lessons are). Built once per module and content version, by one worker thread per
 * node, and kept in the database, so every node serves the same file and a new version builds a new one
 * (decision 022). The access check runs in the caller's thread; the build itself needs no user.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class HandbookService {

    private static final Logger log = LoggerFactory.getLogger(HandbookService.class);

    /** A module's handbook as the signed-in user may see it. {@code ready}: built for the current version; {@code language}: the module's. */
    public record Status(String moduleId, String moduleTitle, int lessons, String contentVersion, @Nullable Message lockedReason,
                         @Nullable Ready ready, String language) {
    }

    /** A built handbook's size and when it was built. */
    public record Ready(int pages, long bytes, long buildMillis, Instant builtAt) {
    }

    /** What a running build is doing: {@code fraction} from 0 to 1, and the step in words. */
    public record Step(double fraction, Message label) {
    }

    /** A handbook being built (or already built: then {@code result} is complete). */
    public record Build(String moduleId, String fileName, CompletableFuture<byte[]> result, AtomicReference<Step> step) {
    }

    private final CatalogueService catalogue;
    private final ObjectProvider<ModuleGate> gate;
    private final HandbookStore store;
    private final Clock clock;
    private final Map<String, Build> running = new ConcurrentHashMap<>();
    /** One build at a time per node: a build is CPU-bound, and the readers on the node share the cores. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "handbook-builder");
        t.setDaemon(true);
        return t;
    });

    HandbookService(CatalogueService catalogue, ObjectProvider<ModuleGate> gate, HandbookStore store, Clock clock) {
        this.catalogue = catalogue;
        this.gate = gate;
        this.store = store;
        this.clock = clock;
    }

    /** The English handbook's state (see {@link #status(String, Locale)}). */
    public Status status(String moduleId) {
        return status(moduleId, Locale.ENGLISH);
    }

    /**
     * The state of the handbook in {@code language} (its fixed words: cover, contents, page numbers; the lessons
     * stay in the module's language) for the current content version; {@code NotFound} for a module that does not exist.
     */
    public Status status(String moduleId, Locale language) {
        Curriculum c = catalogue.curriculum();
        CourseModule m = catalogue.requireModule(moduleId);
        Message locked = lockedReason(m.id());
        Ready ready = locked != null ? null : store.meta(m.id(), HandbookStore.key(c.version(), language))
                .map(x -> new Ready(x.pages(), x.bytes(), x.buildMillis(), x.builtAt())).orElse(null);
        return new Status(m.id(), m.title(), m.publishedLessons().size(), c.version(), locked, ready, m.language());
    }

    /**
     * The handbook of the current content version: the stored PDF at once when there is one, otherwise a build
     * (shared with anyone on this node who asked for the same one meanwhile). Refused for a locked module.
     */
    public Build build(String moduleId) {
        return build(moduleId, Locale.ENGLISH);
    }

    /** {@link #build(String)} of the handbook with its fixed words in {@code language}. */
    public Build build(String moduleId, Locale language) {
        Locale lang = Locales.closest(language);
        Curriculum c = catalogue.curriculum();
        CourseModule m = catalogue.requireModule(moduleId);
        requireOpen(m.id());
        String fileName = fileName(c, m, lang);
        Optional<byte[]> stored = store.pdf(m.id(), HandbookStore.key(c.version(), lang));
        if (stored.isPresent()) {
            return new Build(m.id(), fileName, CompletableFuture.completedFuture(stored.get()), new AtomicReference<>(new Step(1, Message.of("handbook.step.ready"))));
        }
        String key = m.id() + "@" + c.version() + "@" + lang.toLanguageTag();
        Build fresh = new Build(m.id(), fileName, new CompletableFuture<>(), new AtomicReference<>(new Step(0, Message.of("handbook.step.waiting"))));
        Build build = running.putIfAbsent(key, fresh);
        if (build != null) {
            return build; // someone on this node is building it already: share their build and its progress
        }
        worker.execute(() -> {
            try {
                fresh.result().complete(buildAndStore(c, m, lang, fresh.step()));
            } catch (RuntimeException | Error e) {
                log.error("Could not build the handbook of {}", m.id(), e);
                fresh.result().completeExceptionally(e);
            } finally {
                running.remove(key, fresh);
            }
        });
        return fresh;
    }

    /** The handbook's PDF, built first when needed (waits for the build). Refused for a locked module. */
    public byte[] pdf(String moduleId) {
        return build(moduleId).result().join();
    }

    /** {@link #pdf(String)} with the handbook's fixed words in {@code language}. */
    public byte[] pdf(String moduleId, Locale language) {
        return build(moduleId, language).result().join();
    }

    private byte[] buildAndStore(Curriculum c, CourseModule m, Locale language, AtomicReference<Step> step) {
        String key = HandbookStore.key(c.version(), language);
        Optional<byte[]> stored = store.pdf(m.id(), key); // another node may have finished it meanwhile
        if (stored.isPresent()) {
            return stored.get();
        }
        long start = System.nanoTime();
        List<Lesson> lessons = m.publishedLessons();
        List<HandbookDocument.Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < lessons.size(); i++) {
            Lesson l = lessons.get(i);
            step.set(new Step(0.3 * i / Math.max(1, lessons.size()), Message.of("handbook.step.lesson", i + 1, lessons.size(), l.title())));
            chapters.add(new HandbookDocument.Chapter(l, catalogue.renderLesson(l)));
        }
        step.set(new Step(0.3, Message.of("handbook.step.layout")));
        int number = c.modules().indexOf(m) + 1;
        byte[] pdf = HandbookRenderer.render(HandbookDocument.build(new HandbookDocument.Cover(c.title(), m, number, c.modules().size(), c.version()),
                chapters, catalogue::servedImage, language));
        step.set(new Step(0.95, Message.of("handbook.step.saving")));
        int pages = pageCount(pdf);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (store.save(m.id(), c.version(), language, pdf, pages, millis, clock.instant())) {
            log.info("Built the {} handbook of {} (content version {}): {} pages, {} KB in {} ms", language.toLanguageTag(), m.id(), c.version(), pages,
                    pdf.length / 1024, millis);
        } else {
            pdf = store.pdf(m.id(), key).orElse(pdf);
        }
        step.set(new Step(1, Message.of("handbook.step.ready")));
        return pdf;
    }

    static int pageCount(byte[] pdf) {
        try (var doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("The handbook PDF just written cannot be read back", e);
        }
    }

    private static String fileName(Curriculum c, CourseModule m, Locale language) {
        return "handbook-" + m.id() + "-" + c.version().substring(0, Math.min(8, c.version().length()))
                + (language.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? "" : "-" + language.getLanguage()) + ".pdf";
    }

    private @Nullable Message lockedReason(String moduleId) {
        ModuleGate g = gate.getIfAvailable();
        return g == null ? null : g.lockedMessage(moduleId).orElse(null);
    }

    private void requireOpen(String moduleId) {
        Message reason = lockedReason(moduleId);
        if (reason != null) {
            throw new ModuleLocked(reason);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}

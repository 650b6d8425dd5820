package org.sotcourseware.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.NotFound;
import org.sotcourseware.content.internal.ContentLoader;
import org.sotcourseware.content.internal.GlossaryParser;
import org.sotcourseware.content.internal.MarkdownRenderer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The catalogue: the current published {@link Curriculum} and its rendered documents. Content is public
 * to every signed-in user (views declare that); nothing here reads user data. The published content
 * comes from a {@link ContentSource} when one exists (authoring), otherwise from the content folder.
 */
@Service
public class CatalogueService implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CatalogueService.class);

    private final Path root;
    private final @Nullable ContentSource source;
    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final ContentLoader loader = new ContentLoader(renderer);
    /** The loaded catalogue; null until the first load, started in the constructor, has finished. */
    private volatile @Nullable State state;
    private final CompletableFuture<State> firstLoad;

    /**
     * One published content version and the documents rendered from it. Rendering (flexmark, then the
     * sanitiser) is a pure function of the Markdown, the file it belongs to and the tree's images, so each
     * piece is rendered once per version and shared by every session; a new version starts an empty cache.
     */
    private record State(ContentTree tree, Curriculum curriculum, Cache<RenderKey, RenderedDocument> rendered) {

        State(ContentTree tree, Curriculum curriculum) {
            this(tree, curriculum, Caffeine.newBuilder().maximumSize(RENDER_CACHE_SIZE).build());
        }
    }

    private record RenderKey(String moduleId, String sourceFile, String markdown) {
    }

    /** Enough for every lesson, overview and quiz or case fragment of a large curriculum (today about 4,000). */
    static final int RENDER_CACHE_SIZE = 20_000;

    private final @Nullable ApplicationEventPublisher events;

    /** A catalogue that tells no one when it reloads (tools and tests). */
    public CatalogueService(ContentProperties properties, ObjectProvider<ContentSource> source) {
        this(properties, source, null);
    }

    @Autowired
    public CatalogueService(ContentProperties properties, ObjectProvider<ContentSource> source, @Nullable ApplicationEventPublisher events) {
        this.events = events;
        this.root = properties.root().toAbsolutePath().normalize();
        this.source = source.getIfAvailable();
        if (this.source == null && !Files.isDirectory(root)) {
            throw new IllegalStateException(missingFolderMessage(root));
        }
        // The first load (1.5 s on two cores) runs beside the rest of the start-up instead of before it; the first
        // caller that needs the catalogue waits for it (at the latest the start-up tasks, before the app is ready).
        this.firstLoad = CompletableFuture.supplyAsync(this::load, runnable -> Thread.ofPlatform().name("catalogue-load").daemon().start(runnable));
    }

    /**
     * Every other bean is made: wait for the first load here, so that content that cannot be loaded stops the start-up
     * as it did when the load ran in the constructor.
     */
    @Override
    public void afterSingletonsInstantiated() {
        state();
    }

    /** The current catalogue, waiting for the first load if it is still running; its failure is thrown here. */
    private State state() {
        State s = state;
        if (s != null) {
            return s;
        }
        try {
            s = firstLoad.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
        synchronized (this) {
            if (state == null) {
                state = s;
            }
            return Objects.requireNonNull(state);
        }
    }

    /** Why the app cannot start without its content folder, in plain words. */
    public static String missingFolderMessage(Path root) {
        return "The content folder " + root + " does not exist. Start the app from the project folder, or set "
                + "sot.content.root (environment variable SOT_CONTENT_ROOT) to the folder that holds curriculum.yml.";
    }

    private State load() {
        long start = System.nanoTime();
        ContentTree tree = source != null ? source.published() : ContentTree.read(root);
        Curriculum c = loader.load(tree);
        log.info("Loaded curriculum version {} from {}: {} modules, {} lessons, {} problems in {} ms", c.version(), tree.origin(),
                c.modules().size(), c.lessonCount(), c.problems().size(), (System.nanoTime() - start) / 1_000_000);
        c.problems().forEach(p -> log.warn("Content problem: {}", p));
        return new State(tree, c);
    }

    public Curriculum curriculum() {
        return state().curriculum();
    }

    /** The published content files the curriculum was loaded from. */
    public ContentTree tree() {
        return state().tree();
    }

    /**
     * Reads the published content again; the new version replaces the old one atomically. Then publishes
     * {@link CatalogueReloaded}, so what is derived from the content (the search index) follows.
     */
    public synchronized Curriculum reload() {
        state(); // the first load first, so that it cannot overwrite this newer one
        State loaded = load();
        state = loaded;
        if (events != null) {
            events.publishEvent(new CatalogueReloaded(loaded.curriculum().version()));
        }
        return loaded.curriculum();
    }

    /** The glossary of the published content: its terms without problems (check-content reports the others). */
    public Glossary glossary() {
        return state().tree().derived("glossary", t -> GlossaryParser.parse(t).glossary());
    }

    public Optional<CourseModule> module(String moduleId) {
        return curriculum().module(moduleId);
    }

    /**
     * The module a page asks for by its id, or {@link NotFound} that says so in plain words: the one place
     * every module page (overview, lesson, quiz, cases) finds its module.
     */
    public CourseModule requireModule(String moduleId) {
        return module(moduleId).orElseThrow(() -> new NotFound(Message.of("content.catalogue.no-such-module", moduleId)));
    }

    public Optional<Lesson> lesson(String moduleId, String lessonId) {
        return curriculum().lesson(moduleId, lessonId);
    }

    /** The modules, by id, that {@code moduleId} lists as prerequisites, in curriculum order. */
    public List<CourseModule> prerequisites(String moduleId) {
        Curriculum c = curriculum();
        return c.module(moduleId).map(m -> c.modules().stream().filter(o -> m.requires().contains(o.id())).toList())
                .orElse(List.of());
    }

    public RenderedDocument renderLesson(Lesson lesson) {
        return rendered(state(), lesson.moduleId(), lesson.sourceFile(), lesson.markdown());
    }

    public RenderedDocument renderModuleOverview(CourseModule module) {
        return rendered(state(), module.id(), module.sourceFile(), module.overviewMarkdown());
    }

    /**
     * Renders a piece of Markdown that belongs to a content file (a quiz question, a case stage): images
     * resolve relative to that file, inside its module.
     */
    public RenderedDocument renderFragment(String moduleId, String sourceFile, String markdown) {
        return renderFragment(tree(), moduleId, sourceFile, markdown);
    }

    /** As {@link #renderFragment(String, String, String)}, against a tree that may hold unpublished changes. */
    public RenderedDocument renderFragment(ContentTree tree, String moduleId, String sourceFile, String markdown) {
        State current = state();
        if (tree == current.tree()) {
            return rendered(current, moduleId, sourceFile, markdown);
        }
        return renderer.render(markdown, ContentLoader.imagesFor(tree, moduleId, sourceFile)).document(); // a draft: not cached
    }

    private RenderedDocument rendered(State s, String moduleId, String sourceFile, String markdown) {
        return s.rendered().get(new RenderKey(moduleId, sourceFile, markdown),
                k -> renderer.render(k.markdown(), ContentLoader.imagesFor(s.tree(), k.moduleId(), k.sourceFile())).document());
    }

    /**
     * A module image as the browser gets it from {@code /content-assets/}: by its path inside the module folder,
     * SVG sanitised; empty where the asset URL would answer 404. For documents built outside the browser (the
     * module handbook PDF).
     */
    public Optional<byte[]> servedImage(String moduleId, String pathInModule) {
        Optional<byte[]> body = asset(moduleId, pathInModule);
        if (body.isEmpty() || !pathInModule.toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            return body;
        }
        try {
            return Optional.of(new org.sotcourseware.content.internal.SvgSanitizer()
                    .sanitize(new String(body.get(), java.nio.charset.StandardCharsets.UTF_8)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A module image as published, by its path inside the module folder; empty for an unknown module, a
     * path outside the module or a file that is not an image.
     */
    Optional<byte[]> asset(String moduleId, String pathInModule) {
        if (module(moduleId).isEmpty() || !ContentLoader.isImage(pathInModule)) {
            return Optional.empty();
        }
        try {
            return tree().read(ContentTree.normalise(moduleId + "/" + pathInModule));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Checks a whole tree, as {@code check-content} does a folder. */
    public Curriculum check(ContentTree tree) {
        return loader.load(tree);
    }

    /**
     * One file of {@code tree} parsed as students would get it, with its problems: the editor's preview and
     * validation. Loads only the file's module (or the whole curriculum for {@code curriculum.yml}).
     */
    public ContentDraft draft(ContentTree tree, String path) {
        ContentDraft.Kind kind = ContentDraft.Kind.of(path);
        String moduleId = path.contains("/") ? path.substring(0, path.indexOf('/')) : null;
        switch (kind) {
            case CURRICULUM -> {
                Curriculum c = loader.load(tree);
                return new ContentDraft(path, kind, null, c.problems().stream().filter(p -> p.file().equals(path)).toList(),
                        c.problems().stream().filter(p -> !p.file().equals(path)).toList(), null, null, null, null, null,
                        c.warnings().stream().filter(p -> p.file().equals(path)).toList());
            }
            case MODULE, LESSON, QUIZ, CASE, STATION -> {
                ContentLoader.LoadedModule lm = loader.loadModule(tree, moduleId);
                CourseModule m = lm.module();
                List<ContentProblem> own = lm.problems().stream().filter(p -> p.file().equals(path)).toList();
                List<ContentProblem> related = lm.problems().stream().filter(p -> !p.file().equals(path)).toList();
                if (!tree.isFile(path)) {
                    own = List.of(new ContentProblem(path, 0, Message.of("content.catalogue.file-does-not-exist")));
                }
                Lesson lesson = m.lessons().stream().filter(l -> l.sourceFile().equals(path)).findFirst().orElse(null);
                Quiz quiz = kind == ContentDraft.Kind.QUIZ ? m.quiz() : null;
                CaseStudy cs = m.cases().stream().filter(c -> c.sourceFile().equals(path)).findFirst().orElse(null);
                RenderedDocument rendered = switch (kind) {
                    case LESSON -> lesson == null ? null
                            : renderer.render(lesson.markdown(), ContentLoader.imagesFor(tree, moduleId, path)).document();
                    case MODULE -> renderer.render(m.overviewMarkdown(), ContentLoader.imagesFor(tree, moduleId, path)).document();
                    default -> null;
                };
                return new ContentDraft(path, kind, moduleId, own, related, lesson, m, quiz, cs, rendered,
                        lm.warnings().stream().filter(p -> p.file().equals(path)).toList());
            }
            default -> {
                return new ContentDraft(path, kind, moduleId, List.of(), List.of(), null, null, null, null, null);
            }
        }
    }
}

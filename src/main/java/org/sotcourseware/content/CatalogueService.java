package org.sotcourseware.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sotcourseware.content.internal.ContentLoader;
import org.sotcourseware.content.internal.MarkdownRenderer;
import org.springframework.stereotype.Service;

/**
 * The catalogue: the current {@link Curriculum} and its rendered documents. Content is public to every
 * signed-in user (views declare that); nothing here reads user data.
 */
@Service
public class CatalogueService {

    private static final Logger log = LoggerFactory.getLogger(CatalogueService.class);

    private final Path root;
    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final ContentLoader loader = new ContentLoader(renderer);
    private volatile Curriculum curriculum;

    public CatalogueService(ContentProperties properties) {
        this.root = properties.root().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("The content folder " + root + " does not exist. Start the app from the "
                    + "project folder, or set sot.content.root (environment variable SOT_CONTENT_ROOT) to the folder "
                    + "that holds curriculum.yml.");
        }
        this.curriculum = load();
    }

    private Curriculum load() {
        long start = System.nanoTime();
        Curriculum c = loader.load(root);
        log.info("Loaded curriculum version {} from {}: {} modules, {} lessons, {} problems in {} ms", c.version(), root,
                c.modules().size(), c.lessonCount(), c.problems().size(), (System.nanoTime() - start) / 1_000_000);
        c.problems().forEach(p -> log.warn("Content problem: {}", p));
        return c;
    }

    public Curriculum curriculum() {
        return curriculum;
    }

    /** Reads the content folder again; the new version replaces the old one atomically. */
    public synchronized Curriculum reload() {
        curriculum = load();
        return curriculum;
    }

    public Optional<CourseModule> module(String moduleId) {
        return curriculum.module(moduleId);
    }

    public Optional<Lesson> lesson(String moduleId, String lessonId) {
        return curriculum.lesson(moduleId, lessonId);
    }

    /** The modules, by id, that {@code moduleId} lists as prerequisites, in curriculum order. */
    public List<CourseModule> prerequisites(String moduleId) {
        return module(moduleId).map(m -> curriculum.modules().stream().filter(o -> m.requires().contains(o.id())).toList())
                .orElse(List.of());
    }

    public RenderedDocument renderLesson(Lesson lesson) {
        Path file = root.resolve(lesson.sourceFile());
        return renderer.render(lesson.markdown(), ContentLoader.imagesFor(root, lesson.moduleId(), file)).document();
    }

    public RenderedDocument renderModuleOverview(CourseModule module) {
        Path file = root.resolve(module.sourceFile());
        return renderer.render(module.overviewMarkdown(), ContentLoader.imagesFor(root, module.id(), file)).document();
    }

    /**
     * Renders a piece of Markdown that belongs to a content file (a quiz question, a case stage): images
     * resolve relative to that file, inside its module.
     */
    public RenderedDocument renderFragment(String moduleId, String sourceFile, String markdown) {
        return renderer.render(markdown, ContentLoader.imagesFor(root, moduleId, root.resolve(sourceFile))).document();
    }

    /** The module folder on disk, for serving its images; empty for an unknown module. */
    Optional<Path> moduleFolder(String moduleId) {
        return module(moduleId).map(m -> root.resolve(m.id()));
    }
}

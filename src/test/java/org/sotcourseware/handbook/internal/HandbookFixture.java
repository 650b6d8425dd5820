package org.sotcourseware.handbook.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.sotcourseware.content.ContentTree;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.content.Lesson;
import org.sotcourseware.content.internal.ContentLoader;
import org.sotcourseware.content.internal.MarkdownRenderer;
import org.sotcourseware.content.internal.SvgSanitizer;

/** The repository's curriculum, rendered as the app renders it, for handbook tests without Spring. */
final class HandbookFixture {

    private static final Path CONTENT = Path.of("content");
    private static Curriculum curriculum;
    private static ContentTree tree;

    private HandbookFixture() {
    }

    static synchronized Curriculum curriculum() {
        if (curriculum == null) {
            curriculum = new ContentLoader(new MarkdownRenderer()).load(CONTENT);
            tree = ContentTree.read(CONTENT);
        }
        return curriculum;
    }

    /** The handbook document of a module, built as {@code HandbookService} builds it (same rendering, sanitised SVG). */
    static Document handbook(String moduleId) {
        return handbook(moduleId, Locale.ENGLISH);
    }

    /** {@link #handbook(String)} with the fixed words in {@code language}. */
    static Document handbook(String moduleId, Locale language) {
        Curriculum c = curriculum();
        CourseModule m = c.module(moduleId).orElseThrow();
        MarkdownRenderer renderer = new MarkdownRenderer();
        List<HandbookDocument.Chapter> chapters = new ArrayList<>();
        for (Lesson l : m.publishedLessons()) {
            chapters.add(new HandbookDocument.Chapter(l, renderer.render(l.markdown(), ContentLoader.imagesFor(tree, m.id(), l.sourceFile())).document()));
        }
        return HandbookDocument.build(new HandbookDocument.Cover(c.title(), m, c.modules().indexOf(m) + 1, c.modules().size(), c.version()), chapters,
                (module, path) -> tree.read(module + "/" + path).map(b -> path.endsWith(".svg")
                        ? new SvgSanitizer().sanitize(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : b), language);
    }
}

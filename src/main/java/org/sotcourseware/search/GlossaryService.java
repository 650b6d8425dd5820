package org.sotcourseware.search;

import java.util.List;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.sotcourseware.base.Locales;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CoursePlace;
import org.sotcourseware.content.Glossary;
import org.sotcourseware.content.RenderedDocument;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The glossary of the published content: the glossary page's terms (filtered by what the reader types), and
 * lessons with their glossary terms marked for a popover on first use. Every signed-in user reads it.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class GlossaryService {

    /** The glossary page's route. */
    public static final String ROUTE = "glossary";

    private final CatalogueService catalogue;
    /** Marked lessons by glossary, lesson HTML and the reader's language: the first two are immutable per content version. */
    private final Cache<Key, String> marked = Caffeine.newBuilder().maximumSize(1_000).build();

    private record Key(Glossary glossary, String html, Locale language) {
    }

    GlossaryService(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    /** A term on the glossary page, with its related lessons' titles (lessons no longer published left out). */
    public record Entry(Glossary.Term term, List<Related> lessons) {

        public Entry {
            lessons = List.copyOf(lessons);
        }
    }

    /** A related lesson, titled, with its page. */
    public record Related(String title, String moduleTitle, CoursePlace.LessonPage place) {
    }

    /**
     * The terms, alphabetically, whose term, other spellings or definition contain {@code filter} (ignoring
     * case); every term for a blank filter.
     */
    public List<Entry> terms(String filter) {
        String f = filter.strip().toLowerCase(Locale.ROOT);
        var curriculum = catalogue.curriculum();
        return catalogue.glossary().terms().stream()
                .filter(t -> f.isEmpty() || t.names().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(f))
                        || t.definition().toLowerCase(Locale.ROOT).contains(f))
                .sorted((a, b) -> a.term().compareToIgnoreCase(b.term()))
                .map(t -> new Entry(t, t.lessons().stream()
                        .flatMap(r -> curriculum.module(r.moduleId()).stream().flatMap(m -> m.lesson(r.lessonId()).filter(l -> !l.broken())
                                .map(l -> new Related(l.title(), m.title(), new CoursePlace.LessonPage(m.id(), l.id()))).stream()))
                        .toList()))
                .toList();
    }

    /** {@link #markTerms(RenderedDocument, Locale)} in the current UI's language. */
    public RenderedDocument markTerms(RenderedDocument lesson) {
        return markTerms(lesson, Locales.current());
    }

    /**
     * A rendered lesson with the first use of each glossary term marked: a button that opens the definition in
     * a popover (see {@link GlossaryMarkup}); the button's name and the popover's link in {@code language}.
     */
    public RenderedDocument markTerms(RenderedDocument lesson, Locale language) {
        Glossary glossary = catalogue.glossary();
        if (glossary.terms().isEmpty()) {
            return lesson;
        }
        String html = marked.get(new Key(glossary, lesson.html(), Locales.closest(language)),
                k -> new GlossaryMarkup(k.glossary(), ROUTE, k.language()).annotate(k.html()));
        return new RenderedDocument(html, lesson.headings(), lesson.words());
    }
}

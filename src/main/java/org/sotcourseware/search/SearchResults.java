package org.sotcourseware.search;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.content.CoursePlace;

/** What a search returns to the signed-in user, already filtered by what they may see. */
public record SearchResults(String query, List<Hit> hits, String contentVersion) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** What a result is; screens name it with the key {@code search.kind.<name in lower case>}. */
    public enum Kind {
        LESSON, CASE, EXPLANATION, GLOSSARY;

        /** The key of its name in the search bundle ("search.kind.lesson"). */
        public String key() {
            return "search.kind." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One result. */
    public sealed interface Hit permits Found, Locked {

        Kind kind();

        String title();
    }

    /**
     * A result the user may read.
     *
     * @param place       the page it is on; null for a glossary term (the glossary page, at {@code anchor})
     * @param anchor      the heading (or glossary term) to scroll to, or null for the top of the page
     * @param snippetHtml a quote with the matched words in {@code <mark>}: escaped text and {@code mark} only
     * @param draft       the item has problems and students do not see it (shown to staff only)
     */
    public record Found(Kind kind, String title, String context, String moduleTitle, @Nullable CoursePlace place,
                        @Nullable String anchor, String snippetHtml, boolean draft) implements Hit {
    }

    /**
     * A result in a module the student has not opened yet: its title and what opens it, never its text.
     *
     * @param opensAfter the titles of the modules to complete first
     */
    public record Locked(Kind kind, String title, String moduleId, String moduleTitle, List<String> opensAfter) implements Hit {

        public Locked {
            opensAfter = List.copyOf(opensAfter);
        }
    }
}

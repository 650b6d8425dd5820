package org.sotcourseware.content;

import java.util.List;
import java.util.Optional;

/**
 * The curriculum's glossary ({@code content/glossary.md}): terms in curriculum order of the file, each with a
 * definition in plain words, the published sources it rests on and the lessons that use it. Only terms without
 * problems are here; {@code check-content} reports the others with file and line.
 */
public record Glossary(List<Term> terms) {

    /** The glossary file, at the top of the content folder. */
    public static final String FILE = "glossary.md";

    public static final Glossary EMPTY = new Glossary(List.of());

    public Glossary {
        terms = List.copyOf(terms);
    }

    /**
     * One term.
     *
     * @param id         a stable id made from the term (lowercase letters, digits and hyphens): the glossary page's anchor
     * @param aliases    other spellings found in lessons (plural, abbreviation), matched like the term
     * @param definition plain text, one paragraph
     * @param sources    published sources, one citation each
     * @param lessons    lessons that use the term
     * @param line       the line of the term's heading in glossary.md
     */
    public record Term(String id, String term, List<String> aliases, String definition, List<String> sources,
                       List<LessonRef> lessons, int line) {

        public Term {
            aliases = List.copyOf(aliases);
            sources = List.copyOf(sources);
            lessons = List.copyOf(lessons);
        }

        /** The term and its aliases: every spelling that names it. */
        public List<String> names() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(term), aliases.stream()).toList();
        }
    }

    /** A related lesson, {@code module-id/lesson-id}, with the line that names it. */
    public record LessonRef(String moduleId, String lessonId, int line) {
    }

    public Optional<Term> term(String id) {
        return terms.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}

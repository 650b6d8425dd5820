package org.sotcourseware.content.internal;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.ContentTree;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.content.Glossary;

/**
 * Reads {@code glossary.md} (format in docs/authoring.md, "The glossary"): a level-two heading per term, an
 * optional {@code Also:} line of other spellings, a one-paragraph definition in plain text, then a
 * {@code Sources:} list and a {@code Lessons:} list ({@code module-id/lesson-id}). Every problem carries the
 * file and line; a term with a problem is left out of the glossary students see.
 */
public final class GlossaryParser {

    /** Longest definition, in characters: a popover, not a lesson. */
    public static final int MAX_DEFINITION = 600;
    static final int MIN_DEFINITION = 20;
    static final int MAX_TERM = 60;

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern ITEM = Pattern.compile("^[-*]\\s+(.*)$");
    private static final Pattern LESSON_REF = Pattern.compile("^([a-z0-9]+(?:-[a-z0-9]+)*)/([a-z0-9]+(?:-[a-z0-9]+)*)$");
    private static final Pattern TERM_TEXT = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} ’'()/.,-]*$");

    private GlossaryParser() {
    }

    /** The glossary and every problem in it. */
    public record Result(Glossary glossary, List<ContentProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }
    }

    /** Reads the glossary of a content tree: empty and without problems when the tree has no glossary file. */
    public static Result parse(ContentTree tree) {
        if (!tree.isFile(Glossary.FILE)) {
            return new Result(Glossary.EMPTY, List.of());
        }
        byte[] body = tree.read(Glossary.FILE).orElseThrow();
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return parse(text);
        } catch (CharacterCodingException e) {
            return new Result(Glossary.EMPTY, List.of(new ContentProblem(Glossary.FILE, 0, "file is not UTF-8 text")));
        }
    }

    /**
     * As {@link #parse(ContentTree)}, and checks that every related lesson exists in {@code curriculum}: the
     * check {@code check-content} runs.
     */
    public static List<ContentProblem> check(ContentTree tree, Curriculum curriculum) {
        Result r = parse(tree);
        List<ContentProblem> problems = new ArrayList<>(r.problems());
        for (Glossary.Term t : r.glossary().terms()) {
            for (Glossary.LessonRef ref : t.lessons()) {
                if (curriculum.module(ref.moduleId()).isEmpty()) {
                    problems.add(new ContentProblem(Glossary.FILE, ref.line(), "'" + t.term() + "' names a lesson in module '"
                            + ref.moduleId() + "', which is not in the curriculum"));
                } else if (curriculum.lesson(ref.moduleId(), ref.lessonId()).isEmpty()) {
                    problems.add(new ContentProblem(Glossary.FILE, ref.line(), "'" + t.term() + "' names lesson '" + ref.lessonId()
                            + "', which module '" + ref.moduleId() + "' does not have"));
                }
            }
        }
        problems.sort(java.util.Comparator.comparingInt(ContentProblem::line));
        return problems;
    }

    /** Reads the text of a glossary file. */
    public static Result parse(String text) {
        List<ContentProblem> problems = new ArrayList<>();
        List<Glossary.Term> terms = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        Entry entry = null;
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            int no = i + 1;
            String line = lines[i].strip();
            if (line.startsWith("```") || line.startsWith("~~~")) {
                inFence = !inFence;
                if (entry != null) {
                    entry.problem(no, "code blocks do not belong in a glossary entry");
                }
                continue;
            }
            if (inFence) {
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                int level = h.group(1).length();
                if (level == 1 && entry == null) {
                    continue; // the page title
                }
                if (level != 2) {
                    problems.add(new ContentProblem(Glossary.FILE, no, "a term is a level-two heading ('## Term'); level " + level
                            + " headings do not belong in the glossary"));
                    continue;
                }
                finish(entry, terms, problems, names);
                entry = new Entry(h.group(2), no);
                continue;
            }
            if (entry == null || line.isEmpty() || line.startsWith("<!--")) {
                if (entry != null && line.isEmpty() && entry.section == Section.DEFINITION && !entry.definition.isEmpty()) {
                    entry.section = Section.AFTER_DEFINITION;
                }
                continue;
            }
            entry.line(line, no);
        }
        if (inFence) {
            problems.add(new ContentProblem(Glossary.FILE, lines.length, "a code block is not closed"));
        }
        finish(entry, terms, problems, names);
        problems.sort(java.util.Comparator.comparingInt(ContentProblem::line));
        return new Result(new Glossary(terms), problems);
    }

    private static void finish(@Nullable Entry e, List<Glossary.Term> terms, List<ContentProblem> problems, Map<String, Integer> names) {
        if (e == null) {
            return;
        }
        e.validate();
        for (String name : e.names()) {
            String key = name.toLowerCase(Locale.ROOT);
            Integer first = names.putIfAbsent(key, e.line);
            if (first != null) {
                e.problem(e.line, "'" + name + "' is already defined (line " + first + ")");
            }
        }
        problems.addAll(e.problems);
        if (e.problems.isEmpty()) {
            terms.add(new Glossary.Term(slug(e.term), e.term, e.aliases, e.definition.toString(), e.sources, e.lessons, e.line));
        }
    }

    /** The id of a term: lowercase letters, digits and hyphens. */
    public static String slug(String term) {
        return term.toLowerCase(Locale.ROOT).replaceAll("[’']", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private enum Section { DEFINITION, AFTER_DEFINITION, SOURCES, LESSONS }

    private static final class Entry {
        final String term;
        final int line;
        final List<String> aliases = new ArrayList<>();
        final StringBuilder definition = new StringBuilder();
        final List<String> sources = new ArrayList<>();
        final List<Glossary.LessonRef> lessons = new ArrayList<>();
        final List<ContentProblem> problems = new ArrayList<>();
        Section section = Section.DEFINITION;
        boolean sawAlso;
        boolean sawSources;
        boolean sawLessons;

        Entry(String term, int line) {
            this.term = term;
            this.line = line;
        }

        List<String> names() {
            List<String> all = new ArrayList<>();
            all.add(term);
            all.addAll(aliases);
            return all;
        }

        void problem(int no, String message) {
            problems.add(new ContentProblem(Glossary.FILE, no, "'" + term + "': " + message));
        }

        void line(String text, int no) {
            if (text.startsWith("Also:")) {
                if (sawAlso) {
                    problem(no, "give one 'Also:' line");
                } else if (!definition.isEmpty() || sawSources || sawLessons) {
                    problem(no, "the 'Also:' line comes right under the heading, before the definition");
                }
                sawAlso = true;
                for (String a : text.substring(5).split(",")) {
                    String alias = a.strip();
                    if (alias.isEmpty()) {
                        problem(no, "an empty spelling in 'Also:' (separate spellings with commas)");
                    } else if (!TERM_TEXT.matcher(alias).matches() || alias.length() > MAX_TERM) {
                        problem(no, "'" + alias + "' is not a plain spelling (letters, digits, spaces and hyphens, at most " + MAX_TERM + " characters)");
                    } else if (aliases.stream().anyMatch(alias::equalsIgnoreCase) || alias.equalsIgnoreCase(term)) {
                        problem(no, "'" + alias + "' is listed twice");
                    } else {
                        aliases.add(alias);
                    }
                }
                return;
            }
            if (text.equals("Sources:")) {
                if (sawSources) {
                    problem(no, "give one 'Sources:' list");
                }
                sawSources = true;
                section = Section.SOURCES;
                return;
            }
            if (text.equals("Lessons:")) {
                if (sawLessons) {
                    problem(no, "give one 'Lessons:' list");
                }
                sawLessons = true;
                section = Section.LESSONS;
                return;
            }
            Matcher item = ITEM.matcher(text);
            switch (section) {
                case DEFINITION -> {
                    if (item.matches()) {
                        problem(no, "a list here belongs under 'Sources:' or 'Lessons:'; the definition is one paragraph of plain text");
                        return;
                    }
                    if (text.contains("<") || text.contains(">")) {
                        problem(no, "the definition is plain text: no HTML");
                        return;
                    }
                    if (!definition.isEmpty()) {
                        definition.append(' ');
                    }
                    definition.append(text);
                }
                case AFTER_DEFINITION -> problem(no, "the definition is one paragraph; put sources under 'Sources:' and lessons under 'Lessons:'");
                case SOURCES -> {
                    if (!item.matches() || item.group(1).isBlank()) {
                        problem(no, "under 'Sources:' each line is a list item ('- Author. Title. Year.')");
                    } else {
                        sources.add(item.group(1).strip());
                    }
                }
                case LESSONS -> {
                    if (!item.matches()) {
                        problem(no, "under 'Lessons:' each line is a list item ('- module-id/lesson-id')");
                        return;
                    }
                    Matcher ref = LESSON_REF.matcher(item.group(1).strip());
                    if (!ref.matches()) {
                        problem(no, "'" + item.group(1).strip() + "' is not a lesson: write module-id/lesson-id, as in foundations/category-system");
                    } else {
                        lessons.add(new Glossary.LessonRef(ref.group(1), ref.group(2), no));
                    }
                }
            }
        }

        void validate() {
            if (term.isEmpty()) {
                problem(line, "the heading has no term");
                return;
            }
            if (!TERM_TEXT.matcher(term).matches() || term.length() > MAX_TERM) {
                problem(line, "a term is plain words (letters, digits, spaces and hyphens, at most " + MAX_TERM + " characters)");
            }
            if (definition.isEmpty()) {
                problem(line, "has no definition (one paragraph of plain text under the heading)");
            } else if (definition.length() < MIN_DEFINITION) {
                problem(line, "the definition is too short to explain the term (" + definition.length() + " characters)");
            } else if (definition.length() > MAX_DEFINITION) {
                problem(line, "the definition is " + definition.length() + " characters; keep it to " + MAX_DEFINITION
                        + " (it opens in a popover) and leave the detail to the lessons");
            }
            if (sources.isEmpty()) {
                problem(line, "names no source: add a 'Sources:' list with at least one published source");
            }
            if (lessons.isEmpty()) {
                problem(line, "names no lesson: add a 'Lessons:' list with at least one lesson that uses the term");
            }
        }
    }
}

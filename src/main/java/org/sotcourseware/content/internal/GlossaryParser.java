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
import org.sotcourseware.base.Message;
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
            return new Result(Glossary.EMPTY, List.of(new ContentProblem(Glossary.FILE, 0, Message.of("content.load.file-not-utf-8"))));
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
                    problems.add(new ContentProblem(Glossary.FILE, ref.line(), Message.of("content.glossary.names-lesson-module-not", t.term(), ref.moduleId())));
                } else if (curriculum.lesson(ref.moduleId(), ref.lessonId()).isEmpty()) {
                    problems.add(new ContentProblem(Glossary.FILE, ref.line(), Message.of("content.glossary.names-lesson-module-does", t.term(), ref.lessonId(), ref.moduleId())));
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
                    entry.problem(no, Message.of("content.glossary.code-blocks-do-not"));
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
                    problems.add(new ContentProblem(Glossary.FILE, no, Message.of("content.glossary.term-level-two-heading", level)));
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
            problems.add(new ContentProblem(Glossary.FILE, lines.length, Message.of("content.glossary.code-block-not-closed")));
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
                e.problem(e.line, Message.of("content.glossary.already-defined-line", name, first));
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

        void problem(int no, Message message) {
            problems.add(new ContentProblem(Glossary.FILE, no, Message.of("content.glossary.term-problem", term, message)));
        }

        void line(String text, int no) {
            if (text.startsWith("Also:")) {
                if (sawAlso) {
                    problem(no, Message.of("content.glossary.give-one-also-line"));
                } else if (!definition.isEmpty() || sawSources || sawLessons) {
                    problem(no, Message.of("content.glossary.also-line-comes-right"));
                }
                sawAlso = true;
                for (String a : text.substring(5).split(",")) {
                    String alias = a.strip();
                    if (alias.isEmpty()) {
                        problem(no, Message.of("content.glossary.empty-spelling-also-separate"));
                    } else if (!TERM_TEXT.matcher(alias).matches() || alias.length() > MAX_TERM) {
                        problem(no, Message.of("content.glossary.not-plain-spelling-letters", alias, MAX_TERM));
                    } else if (aliases.stream().anyMatch(alias::equalsIgnoreCase) || alias.equalsIgnoreCase(term)) {
                        problem(no, Message.of("content.glossary.listed-twice", alias));
                    } else {
                        aliases.add(alias);
                    }
                }
                return;
            }
            if (text.equals("Sources:")) {
                if (sawSources) {
                    problem(no, Message.of("content.glossary.give-one-sources-list"));
                }
                sawSources = true;
                section = Section.SOURCES;
                return;
            }
            if (text.equals("Lessons:")) {
                if (sawLessons) {
                    problem(no, Message.of("content.glossary.give-one-lessons-list"));
                }
                sawLessons = true;
                section = Section.LESSONS;
                return;
            }
            Matcher item = ITEM.matcher(text);
            switch (section) {
                case DEFINITION -> {
                    if (item.matches()) {
                        problem(no, Message.of("content.glossary.list-here-belongs-under"));
                        return;
                    }
                    if (text.contains("<") || text.contains(">")) {
                        problem(no, Message.of("content.glossary.definition-plain-text-no"));
                        return;
                    }
                    if (!definition.isEmpty()) {
                        definition.append(' ');
                    }
                    definition.append(text);
                }
                case AFTER_DEFINITION -> problem(no, Message.of("content.glossary.definition-one-paragraph-put"));
                case SOURCES -> {
                    if (!item.matches() || item.group(1).isBlank()) {
                        problem(no, Message.of("content.glossary.under-sources-each-line"));
                    } else {
                        sources.add(item.group(1).strip());
                    }
                }
                case LESSONS -> {
                    if (!item.matches()) {
                        problem(no, Message.of("content.glossary.under-lessons-each-line"));
                        return;
                    }
                    Matcher ref = LESSON_REF.matcher(item.group(1).strip());
                    if (!ref.matches()) {
                        problem(no, Message.of("content.glossary.not-lesson-write-module", item.group(1).strip()));
                    } else {
                        lessons.add(new Glossary.LessonRef(ref.group(1), ref.group(2), no));
                    }
                }
            }
        }

        void validate() {
            if (term.isEmpty()) {
                problem(line, Message.of("content.glossary.heading-no-term"));
                return;
            }
            if (!TERM_TEXT.matcher(term).matches() || term.length() > MAX_TERM) {
                problem(line, Message.of("content.glossary.term-plain-words-letters", MAX_TERM));
            }
            if (definition.isEmpty()) {
                problem(line, Message.of("content.glossary.no-definition-one-paragraph"));
            } else if (definition.length() < MIN_DEFINITION) {
                problem(line, Message.of("content.glossary.definition-too-short-explain", definition.length()));
            } else if (definition.length() > MAX_DEFINITION) {
                problem(line, Message.of("content.glossary.definition-characters-keep-opens", definition.length(), MAX_DEFINITION));
            }
            if (sources.isEmpty()) {
                problem(line, Message.of("content.glossary.names-no-source-add"));
            }
            if (lessons.isEmpty()) {
                problem(line, Message.of("content.glossary.names-no-lesson-add"));
            }
        }
    }
}

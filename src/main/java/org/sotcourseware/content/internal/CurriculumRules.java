package org.sotcourseware.content.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.Track;

/**
 * The curriculum rules of issue 19 (docs/authoring.md): what makes well-formed content good teaching
 * content. Each rule is a plain function over loaded modules that returns its problems with file and line.
 * Rule errors fail {@code check-content} and refuse a publish, but they do not hide an item from students
 * (only problems of form, found while parsing, do that).
 */
final class CurriculumRules {

    private CurriculumRules() {
    }

    /** The rules that need only one module (the editor checks them as an author types); warnings go to {@code warnings}. */
    static List<ContentProblem> withinModule(CourseModule m, List<ContentProblem> warnings) {
        List<ContentProblem> out = new ArrayList<>();
        out.addAll(outcomes(m));
        return out;
    }

    /** The rules that compare modules. */
    static List<ContentProblem> acrossModules(List<CourseModule> modules, List<Track> tracks) {
        List<ContentProblem> out = new ArrayList<>();
        out.addAll(distinctStems(modules));
        return out;
    }

    // ----- outcomes -----

    /**
     * In a module with a quiz: every outcome has a unique id, every question names one of them with
     * {@code outcome=}, and every outcome is tested by at least one question.
     */
    static List<ContentProblem> outcomes(CourseModule m) {
        List<ContentProblem> out = new ArrayList<>();
        if (m.quiz() == null) {
            return out;
        }
        String quizFile = m.quiz().sourceFile();
        Map<String, CourseModule.Outcome> byId = new LinkedHashMap<>();
        for (CourseModule.Outcome o : m.outcomes()) {
            if (o.id() == null) {
                out.add(new ContentProblem(m.sourceFile(), o.line(), "outcome '" + abbreviate(o.text())
                        + "' has no id: write it '- id: o-...' with 'text: ...' below, so quiz questions can name it"));
            } else if (byId.putIfAbsent(o.id(), o) != null) {
                out.add(new ContentProblem(m.sourceFile(), o.line(), "outcome id '" + o.id() + "' is used twice (also line "
                        + byId.get(o.id()).line() + ")"));
            }
        }
        Set<String> tested = new java.util.HashSet<>();
        for (Question q : m.quiz().questions()) {
            if (q.outcome() == null) {
                out.add(new ContentProblem(quizFile, q.line(), "question '" + q.id()
                        + "' names no outcome: add outcome=<an outcome id from module.md> to its heading"));
            } else if (!byId.containsKey(q.outcome())) {
                out.add(new ContentProblem(quizFile, q.line(), "question '" + q.id() + "' names outcome '" + q.outcome()
                        + "', which module.md does not define" + (byId.isEmpty() ? "" : " (outcomes: " + String.join(", ", byId.keySet()) + ")")));
            } else {
                tested.add(q.outcome());
            }
        }
        if (!m.quiz().questions().isEmpty()) {
            for (CourseModule.Outcome o : byId.values()) {
                if (!tested.contains(o.id())) {
                    out.add(new ContentProblem(m.sourceFile(), o.line(), "outcome '" + o.id()
                            + "' has no quiz question: add a question with outcome=" + o.id()));
                }
            }
        }
        return out;
    }

    // ----- question stems -----

    /** A question's stem for comparison: its text without Markdown, lower-case, punctuation and white space collapsed. */
    static String normalisedStem(Question q) {
        String text = Normalizer.normalize(q.prompt(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** No two questions in the curriculum share a stem; the later one is reported, naming the first. */
    static List<ContentProblem> distinctStems(List<CourseModule> modules) {
        List<ContentProblem> out = new ArrayList<>();
        Map<String, String> first = new HashMap<>();
        for (CourseModule m : modules) {
            if (m.quiz() == null) {
                continue;
            }
            for (Question q : m.quiz().questions()) {
                String place = m.quiz().sourceFile() + ":" + q.line();
                String other = first.putIfAbsent(normalisedStem(q), place + " ('" + q.id() + "')");
                if (other != null) {
                    out.add(new ContentProblem(m.quiz().sourceFile(), q.line(), "question '" + q.id() + "' has the same stem as the question at "
                            + other + ": every question in the curriculum asks something of its own"));
                }
            }
        }
        return out;
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}

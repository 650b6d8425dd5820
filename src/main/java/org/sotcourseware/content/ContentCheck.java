package org.sotcourseware.content;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sotcourseware.content.internal.ContentLoader;
import org.sotcourseware.content.internal.Duplication;
import org.sotcourseware.content.internal.JsonWriter;
import org.sotcourseware.content.internal.MarkdownRenderer;

/**
 * {@code check-content [--json] [DIR]}: validates a content folder without starting the web server.
 * Prints one {@code file:line: message} line per problem and a summary line, or with {@code --json} a
 * report; returns exit code 1 when there are errors, 2 for bad arguments.
 */
public final class ContentCheck {

    public static final String COMMAND = "check-content";

    private ContentCheck() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean json = false;
        Path dir = Path.of("content");
        int paths = 0;
        for (String a : args) {
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--help") || a.equals("-h")) {
                out.println("usage: " + COMMAND + " [--json] [DIR]   (DIR defaults to ./content)");
                return 0;
            } else if (a.startsWith("-")) {
                err.println(COMMAND + ": unknown option " + a + " (usage: " + COMMAND + " [--json] [DIR])");
                return 2;
            } else {
                dir = Path.of(a);
                paths++;
            }
        }
        if (paths > 1) {
            err.println(COMMAND + ": give one content folder at most");
            return 2;
        }
        MarkdownRenderer renderer = new MarkdownRenderer();
        Curriculum curriculum = new ContentLoader(renderer).load(dir);
        Duplication.Report duplication = Duplication.measure(curriculum, renderer);
        List<ContentProblem> problems = curriculum.problems();
        if (json) {
            out.println(JsonWriter.of(report(curriculum, duplication)));
        } else {
            problems.forEach(p -> out.println(p));
            warnings(curriculum, duplication).forEach(p -> out.println(p.file() + ":" + p.line() + ": warning: " + p.message()));
            out.println(summary(curriculum, duplication));
        }
        return problems.isEmpty() ? 0 : 1;
    }

    /** The curriculum's warnings and the repeated passages, in file order. */
    static List<ContentProblem> warnings(Curriculum c, Duplication.Report duplication) {
        List<ContentProblem> all = new ArrayList<>(c.warnings());
        all.addAll(duplication.warnings());
        return all;
    }

    static String summary(Curriculum c, Duplication.Report duplication) {
        return "modules=" + c.modules().size()
                + " lessons=" + c.lessonCount()
                + " quizzes=" + c.modules().stream().filter(m -> m.quiz() != null).count()
                + " questions=" + c.modules().stream().mapToInt(m -> questions(m).size()).sum()
                + " cases=" + c.modules().stream().mapToInt(m -> m.cases().size()).sum()
                + " stations=" + c.modules().stream().mapToInt(m -> m.stations().size()).sum()
                + " errors=" + c.problems().size()
                + " warnings=" + (c.warnings().size() + duplication.warnings().size())
                + " duplicated=" + String.format(Locale.ROOT, "%.1f%%", duplication.overall().share() * 100);
    }

    private static List<Question> questions(CourseModule m) {
        return m.quiz() == null ? List.of() : m.quiz().questions();
    }

    /** Options that lead somewhere other than the ideal path's next stage and are not dead ends: real branches. */
    static long branches(CaseStudy cs) {
        long count = 0;
        for (CaseStudy.Stage s : cs.stages()) {
            if (s.decision() == null) {
                continue;
            }
            var idealNext = cs.next(s, new HashSet<>(s.decision().options().stream().filter(CaseStudy.Option::ideal)
                    .map(CaseStudy.Option::id).toList()));
            for (CaseStudy.Option o : s.decision().options()) {
                var next = cs.next(s, Set.of(o.id()));
                if (!o.ideal() && next.isPresent() && !next.equals(idealNext)
                        && cs.stage(next.get()).map(t -> t.type() != CaseStudy.StageType.DEAD_END).orElse(false)) {
                    count++;
                }
            }
        }
        return count;
    }

    static Map<String, Object> report(Curriculum c, Duplication.Report duplication) {
        List<Map<String, Object>> modules = new ArrayList<>();
        for (CourseModule m : c.modules()) {
            Map<String, Object> mod = new LinkedHashMap<>();
            mod.put("id", m.id());
            mod.put("title", m.title());
            mod.put("lessons", m.lessons().size());
            mod.put("words", m.lessons().stream().mapToInt(Lesson::words).sum());
            mod.put("quizzes", m.quiz() == null ? 0 : 1);
            mod.put("questions", questions(m).size());
            mod.put("questionTypes", questions(m).stream().map(q -> q.type().key()).distinct().sorted().toList());
            if (m.quiz() != null) {
                Quiz q = m.quiz();
                Map<String, Object> quiz = new LinkedHashMap<>();
                quiz.put("id", q.id());
                quiz.put("passMark", q.settings().passMark());
                quiz.put("questions", q.questions().size());
                quiz.put("wrongOptionsWithoutFeedback", q.questions().stream()
                        .flatMap(x -> x.options().stream()).filter(o -> !o.correct() && (o.feedback() == null || o.feedback().isBlank())).count());
                quiz.put("questionsWithoutExplanation", q.questions().stream().filter(x -> x.explanation() == null || x.explanation().isBlank()).count());
                mod.put("quiz", quiz);
            }
            mod.put("cases", m.cases().size());
            List<Map<String, Object>> cases = new ArrayList<>();
            for (CaseStudy cs : m.cases()) {
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("id", cs.id());
                detail.put("file", cs.sourceFile());
                detail.put("stages", cs.stages().size());
                detail.put("decisions", cs.decisionCount());
                detail.put("deadEnds", cs.stages().stream().filter(s -> s.type() == CaseStudy.StageType.DEAD_END).count());
                detail.put("consequences", cs.stages().stream().filter(s -> s.type() == CaseStudy.StageType.CONSEQUENCE).count());
                detail.put("branches", branches(cs));
                detail.put("maxPoints", cs.maxPoints());
                cases.add(detail);
            }
            mod.put("caseDetails", cases);
            List<Map<String, Object>> lessons = new ArrayList<>();
            for (Lesson l : m.lessons()) {
                Map<String, Object> lesson = new LinkedHashMap<>();
                lesson.put("id", l.id());
                lesson.put("file", l.sourceFile());
                lesson.put("words", l.words());
                lesson.put("references", l.hasReferences());
                lessons.add(lesson);
            }
            mod.put("lessonDetails", lessons);
            Duplication.Share share = duplication.modules().getOrDefault(m.id(), new Duplication.Share(0, 0));
            mod.put("duplicatedWords", share.duplicatedWords());
            mod.put("duplicatedShare", round(share.share()));
            mod.put("stations", m.stations().size());
            mod.put("checklistItems", m.stations().stream().mapToInt(st -> st.checklist().size()).sum());
            List<Map<String, Object>> stations = new ArrayList<>();
            for (Station st : m.stations()) {
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("id", st.id());
                detail.put("file", st.sourceFile());
                detail.put("minutes", st.minutes());
                detail.put("checklistItems", st.checklist().size());
                detail.put("criticalItems", st.checklist().stream().filter(Station.ChecklistItem::critical).count());
                detail.put("marks", st.totalMarks());
                detail.put("passMarks", st.passMarks());
                stations.add(detail);
            }
            mod.put("stationDetails", stations);
            modules.add(mod);
        }
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ContentProblem p : c.problems()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("file", p.file());
            e.put("line", p.line());
            e.put("message", p.message());
            errors.add(e);
        }
        List<Map<String, Object>> warnings = new ArrayList<>();
        for (ContentProblem p : warnings(c, duplication)) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("file", p.file());
            e.put("line", p.line());
            e.put("message", p.message());
            warnings.add(e);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("version", c.version());
        report.put("modules", modules);
        report.put("stations", c.modules().stream().mapToInt(m -> m.stations().size()).sum());
        report.put("checklistItems", c.modules().stream().mapToInt(m -> m.stations().stream().mapToInt(st -> st.checklist().size()).sum()).sum());
        Map<String, Object> dup = new LinkedHashMap<>();
        dup.put("words", duplication.overall().words());
        dup.put("duplicatedWords", duplication.overall().duplicatedWords());
        dup.put("share", round(duplication.overall().share()));
        dup.put("budget", Duplication.BUDGET);
        report.put("duplication", dup);
        report.put("errors", errors);
        report.put("warnings", warnings);
        return report;
    }

    private static double round(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }
}

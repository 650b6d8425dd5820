package org.sotcourseware.content.internal;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sotcourseware.base.Message;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.Station;
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
        out.addAll(stationOutcomes(m));
        for (CaseStudy cs : m.cases()) {
            if (!cs.broken()) {
                out.addAll(caseRules(cs));
            }
        }
        return out;
    }

    /** The rules that compare modules. */
    static List<ContentProblem> acrossModules(List<CourseModule> modules, List<Track> tracks) {
        List<ContentProblem> out = new ArrayList<>();
        out.addAll(distinctStems(modules));
        out.addAll(stations(modules, tracks));
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
                out.add(new ContentProblem(m.sourceFile(), o.line(), Message.of("content.rules.outcome-no-id-write", abbreviate(o.text()))));
            } else if (byId.putIfAbsent(o.id(), o) != null) {
                out.add(new ContentProblem(m.sourceFile(), o.line(), Message.of("content.rules.outcome-id-used-twice", o.id(), byId.get(o.id()).line())));
            }
        }
        Set<String> tested = new HashSet<>();
        for (Question q : m.quiz().questions()) {
            if (q.outcome() == null) {
                out.add(new ContentProblem(quizFile, q.line(), Message.of("content.rules.question-names-no-outcome", q.id())));
            } else if (!byId.containsKey(q.outcome())) {
                out.add(new ContentProblem(quizFile, q.line(), byId.isEmpty()
                        ? Message.of("content.rules.question-outcome-undefined", q.id(), q.outcome())
                        : Message.of("content.rules.question-outcome-undefined-list", q.id(), q.outcome(), String.join(", ", byId.keySet()))));
            } else {
                tested.add(q.outcome());
            }
        }
        if (!m.quiz().questions().isEmpty()) {
            for (CourseModule.Outcome o : byId.values()) {
                if (!tested.contains(o.id())) {
                    out.add(new ContentProblem(m.sourceFile(), o.line(), Message.of("content.rules.outcome-no-quiz-question", o.id(), o.id())));
                }
            }
        }
        return out;
    }

    // ----- practical stations -----

    /** Modules that need no practical stations even when a track with a practical exam lists them. */
    static final Set<String> MODULES_WITHOUT_STATIONS = Set.of("foundations");

    /** Stations a module needs when a track with a practical exam lists it. */
    static final int MIN_STATIONS = 2;

    /** The outcome ids a station names are the module's. */
    static List<ContentProblem> stationOutcomes(CourseModule m) {
        List<ContentProblem> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        m.outcomes().forEach(o -> {
            if (o.id() != null) {
                ids.add(o.id());
            }
        });
        for (Station s : m.stations()) {
            for (String o : s.outcomes()) {
                if (!ids.contains(o)) {
                    out.add(new ContentProblem(s.sourceFile(), 2, Message.of("content.rules.station-names-outcome-module", s.id(), o)));
                }
            }
        }
        return out;
    }

    /**
     * Station ids are unique in the curriculum, and every module that a track with a practical exam lists
     * (Foundations aside) has at least two stations.
     */
    static List<ContentProblem> stations(List<CourseModule> modules, List<Track> tracks) {
        List<ContentProblem> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (CourseModule m : modules) {
            for (Station s : m.stations()) {
                String other = seen.putIfAbsent(s.id(), s.sourceFile());
                if (other != null) {
                    out.add(new ContentProblem(s.sourceFile(), 2, Message.of("content.rules.station-id-also-used", s.id(), other)));
                }
            }
        }
        Set<String> examined = new HashSet<>();
        tracks.stream().filter(t -> t.practicalPassMark() != null).forEach(t -> examined.addAll(t.modules()));
        for (CourseModule m : modules) {
            if (examined.contains(m.id()) && !MODULES_WITHOUT_STATIONS.contains(m.id()) && m.stations().size() < MIN_STATIONS) {
                out.add(new ContentProblem(m.id() + "/practical/", 0, Message.of("content.rules.too-few-stations", m.id(), m.stations().size(),
                        MIN_STATIONS, "content/" + m.id() + "/practical/*.md")));
            }
        }
        return out;
    }

    // ----- cases -----

    /**
     * Cases that teach safe reasoning: an unsafe option scores 0 or less and leads to a dead end or a
     * consequence; in a single-choice decision a wrong option never leads where a right one does; a
     * consequence is never on the ideal path; a case that treats re-assesses.
     */
    static List<ContentProblem> caseRules(CaseStudy cs) {
        List<ContentProblem> out = new ArrayList<>();
        String file = cs.sourceFile();
        for (CaseStudy.Stage s : cs.stages()) {
            CaseStudy.Decision d = s.decision();
            if (d == null) {
                continue;
            }
            Map<String, String> idealTargets = new LinkedHashMap<>();
            for (CaseStudy.Option o : d.options()) {
                if (o.ideal() && !d.multiple()) {
                    cs.next(s, Set.of(o.id())).ifPresent(t -> idealTargets.putIfAbsent(t, o.text()));
                }
            }
            for (CaseStudy.Option o : d.options()) {
                Optional<String> target = d.multiple() ? Optional.ofNullable(o.next()) : cs.next(s, Set.of(o.id()));
                Optional<CaseStudy.StageType> targetType = target.flatMap(cs::stage).map(CaseStudy.Stage::type);
                if (o.unsafe()) {
                    if (o.points() > 0) {
                        out.add(new ContentProblem(file, o.line(), Message.of("content.rules.unsafe-option-scores-unsafe", abbreviate(o.text()), o.points())));
                    }
                    if (o.ideal()) {
                        out.add(new ContentProblem(file, o.line(), Message.of("content.rules.option-marked-both-x", abbreviate(o.text()))));
                    }
                    if (d.multiple()) {
                        out.add(new ContentProblem(file, o.line(), Message.of("content.rules.unsafe-option-type-multiple", abbreviate(o.text()))));
                    } else if (targetType.isEmpty() || !targetType.get().offPath()) {
                        out.add(new ContentProblem(file, o.line(), target.isPresent()
                                ? Message.of("content.rules.unsafe-option-on-path", abbreviate(o.text()), target.get())
                                : Message.of("content.rules.unsafe-option-no-stage", abbreviate(o.text()))));
                    }
                }
                if (!d.multiple() && o.ideal() && targetType.filter(t -> t == CaseStudy.StageType.CONSEQUENCE).isPresent()) {
                    out.add(new ContentProblem(file, o.line(), Message.of("content.rules.expert-option-leads-consequence", abbreviate(o.text()), target.get())));
                }
                if (!d.multiple() && !o.ideal() && target.isPresent() && idealTargets.containsKey(target.get())) {
                    out.add(new ContentProblem(file, o.line(), Message.of("content.rules.wrong-option-leads-stage", abbreviate(o.text()), target.get())));
                }
            }
        }
        out.addAll(reassessment(cs));
        return out;
    }

    /** A case with a treatment stage must reach a re-assessment stage from it. */
    private static List<ContentProblem> reassessment(CaseStudy cs) {
        List<ContentProblem> out = new ArrayList<>();
        for (CaseStudy.Stage s : cs.stages()) {
            if (s.kind() != CaseStudy.StageKind.TREATMENT) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>(successors(cs, s));
            boolean found = false;
            while (!todo.isEmpty() && !found) {
                String id = todo.pop();
                if (!seen.add(id)) {
                    continue;
                }
                CaseStudy.Stage t = cs.stage(id).orElse(null);
                if (t == null) {
                    continue;
                }
                found = t.kind() == CaseStudy.StageKind.REASSESSMENT;
                todo.addAll(successors(cs, t));
            }
            if (!found) {
                out.add(new ContentProblem(cs.sourceFile(), s.line(), Message.of("content.rules.treatment-stage-not-followed", s.id())));
            }
        }
        return out;
    }

    /** The stages a stage can lead to: each option's target, a decision's target, a return or the default next stage. */
    static List<String> successors(CaseStudy cs, CaseStudy.Stage s) {
        List<String> out = new ArrayList<>();
        CaseStudy.Decision d = s.decision();
        if (s.type() == CaseStudy.StageType.END) {
            return out;
        }
        if (d == null) {
            cs.next(s, Set.of()).ifPresent(out::add);
        } else if (d.multiple()) {
            cs.next(s, Set.of()).ifPresent(out::add);
        } else {
            d.options().forEach(o -> cs.next(s, Set.of(o.id())).ifPresent(out::add));
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
                    out.add(new ContentProblem(m.quiz().sourceFile(), q.line(), Message.of("content.rules.question-same-stem-question", q.id(), other)));
                }
            }
        }
        return out;
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}

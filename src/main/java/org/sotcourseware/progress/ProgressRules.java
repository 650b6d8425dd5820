package org.sotcourseware.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.CompletionRule;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.content.Lesson;
import org.sotcourseware.content.Track;
import org.sotcourseware.quiz.QuizViews;

/**
 * Completion rules, prerequisites and percentages as a pure function of the curriculum and a student's
 * facts. The rules, documented in docs/progress.md:
 * <ul>
 * <li>a module's required items are its rule's lessons (default all), its quiz (passed or attempted, unless
 * the rule says none) and its cases (all, or a number), counted against the current content;</li>
 * <li>percent = required items done ÷ required items, rounded down (100 only when everything is done);</li>
 * <li>a module is completed when completion was earned before, or when every required item is done now;
 * its completion time is when the last required item was done;</li>
 * <li>a module is locked while any prerequisite is not completed, unless the student has an override;</li>
 * <li>the curriculum percentage counts every required item of every module.</li>
 * </ul>
 */
public final class ProgressRules {

    private ProgressRules() {
    }

    public static List<ProgressViews.Module> modules(Curriculum curriculum, ProgressFacts facts) {
        Map<String, ProgressViews.Module> done = new HashMap<>();
        List<ProgressViews.Module> out = new ArrayList<>();
        int number = 0;
        for (CourseModule m : curriculum.modules()) {
            number++;
            ProgressViews.Module pm = module(m, number, facts, done, curriculum);
            done.put(m.id(), pm);
            out.add(pm);
        }
        return out;
    }

    private static ProgressViews.Module module(CourseModule m, int number, ProgressFacts f, Map<String, ProgressViews.Module> earlier,
                                               Curriculum curriculum) {
        CompletionRule rule = m.completion();
        Map<String, Instant> read = f.lessonsRead().getOrDefault(m.id(), Map.of());
        List<ProgressViews.Requirement> reqs = new ArrayList<>();
        List<Instant> metAt = new ArrayList<>();

        List<Lesson> lessons = rule.lessons() == null ? m.publishedLessons()
                : m.publishedLessons().stream().filter(l -> rule.lessons().contains(l.id())).toList();
        for (Lesson l : lessons) {
            Instant at = read.get(l.id());
            reqs.add(new ProgressViews.Requirement("Read “" + l.title() + "”", at != null, "modules/" + m.id() + "/" + l.id()));
            if (at != null) {
                metAt.add(at);
            }
        }
        QuizViews.Standing quiz = f.quizzes().get(m.id());
        boolean quizPassed = quiz != null && quiz.passed();
        if (m.publishedQuiz().isPresent() && rule.quiz() != CompletionRule.QuizRequirement.NONE) {
            boolean attempted = quiz != null && quiz.grade() != null;
            boolean met = rule.quiz() == CompletionRule.QuizRequirement.PASSED ? quizPassed : attempted;
            String text = rule.quiz() == CompletionRule.QuizRequirement.PASSED
                    ? "Pass the quiz (" + m.publishedQuiz().get().settings().passMark() + "%" + (quiz != null && quiz.grade() != null
                    ? ", your grade " + fmt(quiz.grade()) + "%" : "") + ")"
                    : "Take the quiz";
            reqs.add(new ProgressViews.Requirement(text, met, "modules/" + m.id() + "/quiz"));
            if (met && quiz.passedAt() != null) {
                metAt.add(quiz.passedAt());
            }
        }
        Map<String, Instant> cases = f.casesDone().getOrDefault(m.id(), Map.of());
        List<CaseStudy> published = m.publishedCases();
        int casesRequired = rule.cases() == null ? published.size() : Math.min(rule.cases(), published.size());
        int casesDone = (int) published.stream().filter(c -> cases.containsKey(c.id())).count();
        if (rule.cases() == null) {
            for (CaseStudy c : published) {
                Instant at = cases.get(c.id());
                reqs.add(new ProgressViews.Requirement("Complete the case “" + c.title() + "”", at != null, "modules/" + m.id() + "/cases/" + c.id()));
                if (at != null) {
                    metAt.add(at);
                }
            }
        } else if (casesRequired > 0) {
            boolean met = casesDone >= casesRequired;
            reqs.add(new ProgressViews.Requirement("Complete " + casesRequired + (casesRequired == 1 ? " case" : " cases") + " ("
                    + Math.min(casesDone, casesRequired) + " done)", met, "modules/" + m.id() + "/cases"));
            if (met) {
                published.stream().map(c -> cases.get(c.id())).filter(java.util.Objects::nonNull).sorted().skip(casesRequired - 1L)
                        .findFirst().ifPresent(metAt::add);
            }
        }
        int total = reqs.size();
        int doneCount = (int) reqs.stream().filter(ProgressViews.Requirement::met).count();
        int percent = total == 0 ? 0 : doneCount * 100 / total;
        Instant earned = f.earned().get(m.id());
        boolean allMet = total > 0 && doneCount == total;
        Instant completedAt = earned != null ? earned : allMet ? metAt.stream().max(Instant::compareTo).orElse(null) : null;
        ProgressViews.Status status = earned != null || allMet ? ProgressViews.Status.COMPLETED
                : doneCount > 0 || f.started().contains(m.id()) || !read.isEmpty() ? ProgressViews.Status.IN_PROGRESS
                : ProgressViews.Status.NOT_STARTED;
        List<ProgressViews.ModuleRef> missing = new ArrayList<>();
        for (String req : m.requires()) {
            ProgressViews.Module pre = earlier.get(req);
            if (pre == null || pre.status() != ProgressViews.Status.COMPLETED) {
                curriculum.module(req).ifPresent(x -> missing.add(new ProgressViews.ModuleRef(x.id(), x.title())));
            }
        }
        boolean overridden = f.overrides().contains(m.id());
        return new ProgressViews.Module(m.id(), m.title(), number, status, completedAt, percent, doneCount, total,
                !missing.isEmpty() && !overridden, missing, overridden, reqs, read.keySet(),
                quiz == null ? null : quiz.bestPercent(), quizPassed, casesDone, published.size());
    }

    /** Progress per certification track: modules completed of the modules it needs. */
    public static List<ProgressViews.Track> tracks(Curriculum curriculum, List<ProgressViews.Module> modules) {
        List<ProgressViews.Track> out = new ArrayList<>();
        for (Track t : curriculum.tracks()) {
            List<ProgressViews.ModuleRef> refs = new ArrayList<>();
            int completed = 0;
            for (String id : t.modules()) {
                for (ProgressViews.Module m : modules) {
                    if (m.moduleId().equals(id)) {
                        refs.add(new ProgressViews.ModuleRef(m.moduleId(), m.title()));
                        completed += m.status() == ProgressViews.Status.COMPLETED ? 1 : 0;
                    }
                }
            }
            out.add(new ProgressViews.Track(t.id(), t.title(), refs, completed));
        }
        return out;
    }

    /** The first unfinished requirement of the first unlocked, incomplete module. */
    public static ProgressViews.@Nullable NextStep next(List<ProgressViews.Module> modules) {
        for (ProgressViews.Module m : modules) {
            if (!m.locked() && m.status() != ProgressViews.Status.COMPLETED) {
                ProgressViews.Requirement r = m.firstUnmet();
                if (r != null) {
                    return new ProgressViews.NextStep(m.title(), r.text(), r.link());
                }
            }
        }
        return null;
    }

    /** Required items done and total across the curriculum. */
    public static int[] totals(List<ProgressViews.Module> modules) {
        int done = modules.stream().mapToInt(ProgressViews.Module::done).sum();
        int total = modules.stream().mapToInt(ProgressViews.Module::total).sum();
        return new int[] {done, total};
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}

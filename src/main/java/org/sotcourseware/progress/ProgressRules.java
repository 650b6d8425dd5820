package org.sotcourseware.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.CompletionRule;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.CoursePlace;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.content.Lesson;
import org.sotcourseware.content.Track;
import org.sotcourseware.quiz.QuizReadModel;

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

    public static List<ProgressReadModel.Module> modules(Curriculum curriculum, ProgressFacts facts) {
        return modules(plan(curriculum), facts);
    }

    /** The same as {@link #modules(Curriculum, ProgressFacts)}, with the curriculum's plan made once for many students. */
    public static List<ProgressReadModel.Module> modules(Plan plan, ProgressFacts facts) {
        Map<String, ProgressReadModel.Module> done = new HashMap<>();
        List<ProgressReadModel.Module> out = new ArrayList<>(plan.modules.size());
        for (ModulePlan m : plan.modules) {
            ProgressReadModel.Module pm = module(m, facts, done);
            done.put(m.module.id(), pm);
            out.add(pm);
        }
        return out;
    }

    /**
     * What the rules need from a curriculum, worked out once: per module its required lessons and cases with
     * their requirement lines (met and unmet; the lines are values, so every student shares them) and its
     * prerequisites. Building a cohort's figures on one plan keeps the work per student to the facts.
     */
    public static Plan plan(Curriculum curriculum) {
        List<ModulePlan> modules = new ArrayList<>();
        int number = 0;
        for (CourseModule m : curriculum.modules()) {
            number++;
            CompletionRule rule = m.completion();
            List<Item> lessons = new ArrayList<>();
            for (Lesson l : m.publishedLessons()) {
                if (rule.lessons() == null || rule.lessons().contains(l.id())) {
                    lessons.add(new Item(l.id(), Message.of("progress.requirement.read", l.title()), new CoursePlace.LessonPage(m.id(), l.id())));
                }
            }
            List<CaseStudy> published = m.publishedCases();
            List<Item> cases = published.stream()
                    .map(c -> new Item(c.id(), Message.of("progress.requirement.case", c.title()), new CoursePlace.CasePage(m.id(), c.id()))).toList();
            Integer passMark = m.publishedQuiz().isPresent() && rule.quiz() != CompletionRule.QuizRequirement.NONE
                    ? m.publishedQuiz().get().settings().passMark() : null;
            Item quiz = passMark == null ? null : new Item("quiz", rule.quiz() == CompletionRule.QuizRequirement.PASSED
                    ? Message.of("progress.requirement.pass-quiz", passMark) : Message.of("progress.requirement.take-quiz"),
                    new CoursePlace.QuizPage(m.id()));
            List<ProgressReadModel.ModuleRef> requires = new ArrayList<>();
            for (String req : m.requires()) {
                curriculum.module(req).ifPresent(x -> requires.add(new ProgressReadModel.ModuleRef(x.id(), x.title())));
            }
            modules.add(new ModulePlan(m, number, rule, lessons, passMark, quiz, cases, requires));
        }
        return new Plan(List.copyOf(modules));
    }

    /** A curriculum's modules as the rules see them; see {@link #plan}. */
    public static final class Plan {
        private final List<ModulePlan> modules;

        private Plan(List<ModulePlan> modules) {
            this.modules = modules;
        }
    }

    private record ModulePlan(CourseModule module, int number, CompletionRule rule, List<Item> lessons, @Nullable Integer quizPassMark,
                              @Nullable Item quiz, List<Item> cases, List<ProgressReadModel.ModuleRef> requires) {
    }

    /** A required lesson or case and its requirement line, met and unmet. */
    private record Item(String id, ProgressReadModel.Requirement unmet, ProgressReadModel.Requirement met) {
        Item(String id, Message text, CoursePlace place) {
            this(id, new ProgressReadModel.Requirement(text, false, place), new ProgressReadModel.Requirement(text, true, place));
        }

        ProgressReadModel.Requirement requirement(boolean isMet) {
            return isMet ? met : unmet;
        }
    }

    private static ProgressReadModel.Module module(ModulePlan p, ProgressFacts f, Map<String, ProgressReadModel.Module> earlier) {
        CourseModule m = p.module();
        CompletionRule rule = p.rule();
        Map<String, Instant> read = f.lessonsRead().getOrDefault(m.id(), Map.of());
        List<ProgressReadModel.Requirement> reqs = new ArrayList<>(p.lessons().size() + p.cases().size() + 1);
        Instant last = null;
        int doneCount = 0;

        for (Item l : p.lessons()) {
            Instant at = read.get(l.id());
            reqs.add(l.requirement(at != null));
            if (at != null) {
                doneCount++;
                last = later(last, at);
            }
        }
        QuizReadModel.Standing quiz = f.quizzes().get(m.id());
        boolean quizPassed = quiz != null && quiz.passed();
        if (p.quiz() != null) {
            boolean attempted = quiz != null && quiz.grade() != null;
            boolean passRule = rule.quiz() == CompletionRule.QuizRequirement.PASSED;
            boolean met = passRule ? quizPassed : attempted;
            reqs.add(passRule && attempted
                    ? new ProgressReadModel.Requirement(Message.of("progress.requirement.pass-quiz-graded", p.quizPassMark(), quiz.grade()),
                    met, p.quiz().met().place())
                    : p.quiz().requirement(met));
            if (met) {
                doneCount++;
                if (quiz.passedAt() != null) {
                    last = later(last, quiz.passedAt());
                }
            }
        }
        Map<String, Instant> cases = f.casesDone().getOrDefault(m.id(), Map.of());
        int casesRequired = rule.cases() == null ? p.cases().size() : Math.min(rule.cases(), p.cases().size());
        int casesDone = 0;
        for (Item c : p.cases()) {
            casesDone += cases.containsKey(c.id()) ? 1 : 0;
        }
        if (rule.cases() == null) {
            for (Item c : p.cases()) {
                Instant at = cases.get(c.id());
                reqs.add(c.requirement(at != null));
                if (at != null) {
                    doneCount++;
                    last = later(last, at);
                }
            }
        } else if (casesRequired > 0) {
            boolean met = casesDone >= casesRequired;
            reqs.add(new ProgressReadModel.Requirement(Message.of("progress.requirement.cases", casesRequired, Math.min(casesDone, casesRequired)),
                    met, new CoursePlace.CasesPage(m.id())));
            if (met) {
                doneCount++;
                Instant nth = p.cases().stream().map(c -> cases.get(c.id())).filter(Objects::nonNull).sorted()
                        .skip(casesRequired - 1L).findFirst().orElse(null);
                last = nth == null ? last : later(last, nth);
            }
        }
        int total = reqs.size();
        int percent = total == 0 ? 0 : doneCount * 100 / total;
        Instant earned = f.earned().get(m.id());
        boolean allMet = total > 0 && doneCount == total;
        Instant completedAt = earned != null ? earned : allMet ? last : null;
        ProgressReadModel.Status status = earned != null || allMet ? ProgressReadModel.Status.COMPLETED
                : doneCount > 0 || f.started().contains(m.id()) || !read.isEmpty() ? ProgressReadModel.Status.IN_PROGRESS
                : ProgressReadModel.Status.NOT_STARTED;
        List<ProgressReadModel.ModuleRef> missing = new ArrayList<>();
        for (ProgressReadModel.ModuleRef req : p.requires()) {
            ProgressReadModel.Module pre = earlier.get(req.id());
            if (pre == null || pre.status() != ProgressReadModel.Status.COMPLETED) {
                missing.add(req);
            }
        }
        boolean overridden = f.overrides().contains(m.id());
        return new ProgressReadModel.Module(m.id(), m.title(), p.number(), status, completedAt, percent, doneCount, total,
                !missing.isEmpty() && !overridden, missing, overridden, reqs, read.keySet(),
                quiz == null ? null : quiz.bestPercent(), quizPassed, casesDone, p.cases().size());
    }

    private static Instant later(@Nullable Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /** Progress per certification track: modules completed of the modules it needs. */
    public static List<ProgressReadModel.Track> tracks(Curriculum curriculum, List<ProgressReadModel.Module> modules) {
        List<ProgressReadModel.Track> out = new ArrayList<>();
        for (Track t : curriculum.tracks()) {
            List<ProgressReadModel.ModuleRef> refs = new ArrayList<>();
            int completed = 0;
            for (String id : t.modules()) {
                for (ProgressReadModel.Module m : modules) {
                    if (m.moduleId().equals(id)) {
                        refs.add(new ProgressReadModel.ModuleRef(m.moduleId(), m.title()));
                        completed += m.status() == ProgressReadModel.Status.COMPLETED ? 1 : 0;
                    }
                }
            }
            out.add(new ProgressReadModel.Track(t.id(), t.title(), refs, completed));
        }
        return out;
    }

    /** The first unfinished requirement of the first unlocked, incomplete module. */
    public static ProgressReadModel.@Nullable NextStep next(List<ProgressReadModel.Module> modules) {
        for (ProgressReadModel.Module m : modules) {
            if (!m.locked() && m.status() != ProgressReadModel.Status.COMPLETED) {
                ProgressReadModel.Requirement r = m.firstUnmet();
                if (r != null) {
                    return new ProgressReadModel.NextStep(m.title(), r.label(), r.place());
                }
            }
        }
        return null;
    }

    /** Required items done and total across the curriculum. */
    public static int[] totals(List<ProgressReadModel.Module> modules) {
        int done = modules.stream().mapToInt(ProgressReadModel.Module::done).sum();
        int total = modules.stream().mapToInt(ProgressReadModel.Module::total).sum();
        return new int[] {done, total};
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}

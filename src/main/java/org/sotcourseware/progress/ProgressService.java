package org.sotcourseware.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.ModuleGate;
import org.sotcourseware.base.ModuleLocked;
import org.sotcourseware.casestudy.CaseCompleted;
import org.sotcourseware.casestudy.CaseRunStarted;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CoursePlace;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.content.Lesson;
import org.sotcourseware.quiz.QuizAttemptStarted;
import org.sotcourseware.quiz.QuizAttemptSubmitted;
import org.sotcourseware.quiz.QuizPassed;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.SignedInUser;
import org.sotcourseware.security.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one source of truth for progress: every figure on every screen comes from {@link #student} (or
 * {@link #mine}), computed on request from the recorded facts, so no screen can be stale or disagree.
 * Listens to quiz, case and lesson events to record activity and earned completions in the same
 * transaction as the fact itself.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProgressService implements ModuleGate {

    private final CatalogueService catalogue;
    private final LearningFacts facts;
    private final ProgressStore store;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgressService(CatalogueService catalogue, LearningFacts facts, ProgressStore store, CurrentUser currentUser,
                    ApplicationEventPublisher events, Clock clock) {
        this.catalogue = catalogue;
        this.facts = facts;
        this.store = store;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in student's progress. */
    @Transactional(readOnly = true)
    public ProgressReadModel.Student mine() {
        return compute(currentUser.require().id());
    }

    /**
     * What the signed-in student's dashboard shows, in one call: their name to greet them and their progress.
     */
    @Transactional(readOnly = true)
    public ProgressReadModel.Dashboard dashboard() {
        SignedInUser me = currentUser.require();
        return new ProgressReadModel.Dashboard(me.displayName(), compute(me.id()));
    }

    /** A student's progress: their own, or anyone's for instructors, organisers and admins. */
    @Transactional(readOnly = true)
    public ProgressReadModel.Student student(UserId userId) {
        currentUser.requireSelfOrStaff(userId);
        return compute(userId);
    }

    private ProgressReadModel.Student compute(UserId userId) {
        Curriculum curriculum = catalogue.curriculum();
        long id = userId.value();
        List<ProgressReadModel.Module> modules = ProgressRules.modules(plan(curriculum), facts.of(userId));
        int[] totals = ProgressRules.totals(modules);
        List<ProgressReadModel.Activity> recent = store.recent(id, 10).stream().map(this::activity).toList();
        ProgressReadModel.Activity continueAt = recent.stream().filter(a -> !a.kind().equals("module-completed")).findFirst().orElse(null);
        return new ProgressReadModel.Student(userId, modules, totals[1] == 0 ? 0 : totals[0] * 100 / totals[1], totals[0], totals[1],
                (int) modules.stream().filter(m -> m.status() == ProgressReadModel.Status.COMPLETED).count(),
                ProgressRules.tracks(curriculum, modules), continueAt, ProgressRules.next(modules), recent);
    }

    /** The rules' plan of a curriculum (immutable), made once per published version instead of on every question. */
    private record CurriculumPlan(Curriculum curriculum, ProgressRules.Plan plan) {
    }

    private volatile @Nullable CurriculumPlan plan;

    private ProgressRules.Plan plan(Curriculum curriculum) {
        CurriculumPlan p = plan;
        if (p == null || p.curriculum() != curriculum) {
            p = new CurriculumPlan(curriculum, ProgressRules.plan(curriculum));
            plan = p;
        }
        return p.plan();
    }

    /**
     * One module's standing for a student, from the same rules as {@link #compute} without the parts only screens need
     * (recent activity, tracks, the next step): what the module gate and each completion check ask, on every lesson read,
     * quiz passed and case finished.
     */
    private ProgressReadModel.Module module(UserId userId, String moduleId) {
        return ProgressReadModel.Student.find(ProgressRules.modules(plan(catalogue.curriculum()), facts.of(userId)), moduleId);
    }

    /**
     * The progress of many students at once, for staff screens over a cohort: the same rules and the same
     * figures as {@link #student}, from the same facts read in a few queries instead of a few per student
     * (recent activity, continue and next step are left empty).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ORGANISER + "','" + Roles.ADMIN + "')")
    public Map<UserId, ProgressReadModel.Student> cohort(Collection<UserId> students) {
        Curriculum curriculum = catalogue.curriculum();
        Map<UserId, ProgressFacts> all = facts.ofAll(students);
        ProgressRules.Plan plan = plan(curriculum);
        Map<UserId, ProgressReadModel.Student> out = new LinkedHashMap<>();
        for (UserId u : students) {
            List<ProgressReadModel.Module> modules = ProgressRules.modules(plan, all.get(u));
            int[] totals = ProgressRules.totals(modules);
            out.put(u, new ProgressReadModel.Student(u, modules, totals[1] == 0 ? 0 : totals[0] * 100 / totals[1], totals[0], totals[1],
                    (int) modules.stream().filter(m -> m.status() == ProgressReadModel.Status.COMPLETED).count(),
                    ProgressRules.tracks(curriculum, modules), null, ProgressRules.next(modules), List.of()));
        }
        return out;
    }

    private ProgressReadModel.Activity activity(ProgressStore.ActivityRow r) {
        CoursePlace place = switch (r.kind()) {
            case "lesson-opened", "lesson-read" -> new CoursePlace.LessonPage(r.moduleId(), r.itemId());
            case "quiz-started", "quiz-submitted", "quiz-passed" -> new CoursePlace.QuizPage(r.moduleId());
            case "case-started", "case-completed" -> new CoursePlace.CasePage(r.moduleId(), r.itemId());
            default -> new CoursePlace.ModulePage(r.moduleId());
        };
        return new ProgressReadModel.Activity(r.kind(), r.moduleId(), r.itemId(), r.title(), r.detail(), place, r.at(),
                ProgressMessages.activity(r.kind(), r.title(), r.detail()));
    }

    // ----- the gate: prerequisites and overrides -----

    @Override
    @Transactional(readOnly = true)
    public Optional<Message> lockedMessage(String moduleId) {
        Optional<SignedInUser> me = currentUser.get();
        if (me.isEmpty() || me.get().isStaff() || me.get().hasRole(Roles.ORGANISER)) {
            return Optional.empty(); // staff review content without prerequisites
        }
        ProgressReadModel.Module m = module(me.get().id(), moduleId);
        if (!m.locked()) {
            return Optional.empty();
        }
        return Optional.of(ProgressMessages.locked(m.title(), m.missingPrerequisites().stream().map(ProgressReadModel.ModuleRef::title).toList()));
    }

    // ----- read state -----

    /** Marks a lesson read for the signed-in student (reaching its end, or the button). */
    @Transactional
    public void markRead(String moduleId, String lessonId) {
        SignedInUser me = currentUser.require();
        Lesson lesson = lesson(moduleId, lessonId);
        lockedMessage(moduleId).ifPresent(reason -> {
            throw new ModuleLocked(reason);
        });
        Instant now = clock.instant();
        if (store.markRead(me.id().value(), moduleId, lessonId, now)) {
            store.activity(me.id().value(), now, "lesson-read", moduleId, lessonId, lesson.title(), null);
            events.publishEvent(new LessonRead(me.id(), moduleId, lessonId, now));
            recordCompletion(me.id(), moduleId);
        }
    }

    /** Marks a lesson unread again. A module completion already earned stays earned. */
    @Transactional
    public void markUnread(String moduleId, String lessonId) {
        SignedInUser me = currentUser.require();
        lesson(moduleId, lessonId);
        store.markUnread(me.id().value(), moduleId, lessonId);
    }

    /** Records that the student opened a lesson: "continue where you left off". */
    @Transactional
    public void lessonOpened(String moduleId, String lessonId) {
        SignedInUser me = currentUser.require();
        Lesson lesson = lesson(moduleId, lessonId);
        List<ProgressStore.ActivityRow> last = store.recent(me.id().value(), 1);
        if (last.isEmpty() || !(last.getFirst().kind().equals("lesson-opened") && last.getFirst().itemId().equals(lessonId))) {
            store.activity(me.id().value(), clock.instant(), "lesson-opened", moduleId, lessonId, lesson.title(), null);
        }
    }

    private Lesson lesson(String moduleId, String lessonId) {
        return catalogue.lesson(moduleId, lessonId).filter(l -> !l.broken())
                .orElseThrow(() -> new IllegalArgumentException("no lesson " + moduleId + "/" + lessonId));
    }

    // ----- listening to the other features (same transaction as their fact) -----

    @EventListener
    public void on(QuizAttemptStarted e) {
        store.activity(e.userId().value(), e.startedAt(), "quiz-started", e.moduleId(), e.quizId(), quizTitle(e.moduleId()), null);
    }

    @EventListener
    public void on(QuizAttemptSubmitted e) {
        store.activity(e.userId().value(), e.submittedAt(), "quiz-submitted", e.moduleId(), e.quizId(), quizTitle(e.moduleId()),
                ProgressRules.fmt(e.percent()) + "%" + (e.passed() ? ", passed" : ""));
    }

    @EventListener
    public void on(QuizPassed e) {
        recordCompletion(e.userId(), e.moduleId());
    }

    @EventListener
    public void on(CaseRunStarted e) {
        store.activity(e.userId().value(), e.startedAt(), "case-started", e.moduleId(), e.caseId(), caseTitle(e.moduleId(), e.caseId()), null);
    }

    @EventListener
    public void on(CaseCompleted e) {
        store.activity(e.userId().value(), e.completedAt(), "case-completed", e.moduleId(), e.caseId(), caseTitle(e.moduleId(), e.caseId()),
                e.score() + " of " + e.maxScore() + " points");
        recordCompletion(e.userId(), e.moduleId());
    }

    /** Earns the module's completion (once) when its rule is met now. */
    private void recordCompletion(UserId userId, String moduleId) {
        ProgressReadModel.Module m = module(userId, moduleId);
        if (m.status() == ProgressReadModel.Status.COMPLETED && m.completedAt() != null
                && store.earn(userId.value(), moduleId, m.completedAt(), catalogue.curriculum().version())) {
            store.activity(userId.value(), clock.instant(), "module-completed", moduleId, moduleId, m.title(), null);
            events.publishEvent(new ModuleCompleted(userId, moduleId, m.completedAt()));
        }
    }

    private String quizTitle(String moduleId) {
        return catalogue.module(moduleId).map(m -> m.quiz() == null ? m.title() : m.quiz().title() + " quiz").orElse(moduleId);
    }

    private String caseTitle(String moduleId, String caseId) {
        return catalogue.module(moduleId).flatMap(m -> m.caseStudy(caseId)).map(c -> c.title()).orElse(caseId);
    }
}

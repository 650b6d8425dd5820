package org.sotcourseware.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sotcourseware.base.ModuleGate;
import org.sotcourseware.casestudy.CaseCompleted;
import org.sotcourseware.casestudy.CaseRunStarted;
import org.sotcourseware.casestudy.CaseService;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.content.Lesson;
import org.sotcourseware.quiz.QuizAttemptStarted;
import org.sotcourseware.quiz.QuizAttemptSubmitted;
import org.sotcourseware.quiz.QuizPassed;
import org.sotcourseware.quiz.QuizService;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.SignedInUser;
import org.sotcourseware.security.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
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
    private final QuizService quizzes;
    private final CaseService cases;
    private final ProgressStore store;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final org.sotcourseware.audit.AuditLog audit;
    private final org.sotcourseware.security.UserDirectory users;

    ProgressService(CatalogueService catalogue, QuizService quizzes, CaseService cases, ProgressStore store, CurrentUser currentUser,
                    ApplicationEventPublisher events, Clock clock, org.sotcourseware.audit.AuditLog audit,
                    org.sotcourseware.security.UserDirectory users) {
        this.audit = audit;
        this.users = users;
        this.catalogue = catalogue;
        this.quizzes = quizzes;
        this.cases = cases;
        this.store = store;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in student's progress. */
    @Transactional(readOnly = true)
    public ProgressViews.Student mine() {
        return compute(currentUser.require().id());
    }

    /** A student's progress: their own, or anyone's for instructors, organisers and admins. */
    @Transactional(readOnly = true)
    public ProgressViews.Student student(UserId userId) {
        currentUser.requireSelfOrStaff(userId);
        return compute(userId);
    }

    private ProgressViews.Student compute(UserId userId) {
        Curriculum curriculum = catalogue.curriculum();
        long id = userId.value();
        ProgressFacts facts = new ProgressFacts(store.lessonsRead(id), quizzes.standings(userId), cases.completions(userId),
                store.overrides(id), store.earned(id), store.startedModules(id));
        List<ProgressViews.Module> modules = ProgressRules.modules(curriculum, facts);
        int[] totals = ProgressRules.totals(modules);
        List<ProgressViews.Activity> recent = store.recent(id, 10).stream().map(this::activity).toList();
        ProgressViews.Activity continueAt = recent.stream().filter(a -> !a.kind().equals("module-completed")).findFirst().orElse(null);
        return new ProgressViews.Student(userId, modules, totals[1] == 0 ? 0 : totals[0] * 100 / totals[1], totals[0], totals[1],
                (int) modules.stream().filter(m -> m.status() == ProgressViews.Status.COMPLETED).count(),
                ProgressRules.tracks(curriculum, modules), continueAt, ProgressRules.next(modules), recent);
    }

    /**
     * The progress of many students at once, for staff screens over a cohort: the same rules and the same
     * figures as {@link #student}, from the same facts read in a few queries instead of a few per student
     * (recent activity, continue and next step are left empty).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ORGANISER + "','" + Roles.ADMIN + "')")
    public Map<UserId, ProgressViews.Student> cohort(java.util.Collection<UserId> students) {
        Curriculum curriculum = catalogue.curriculum();
        var read = store.lessonsReadAll();
        var earned = store.earnedAll();
        var overrides = store.overridesAll();
        var started = store.startedAll();
        var quizStandings = quizzes.standingsOfAll();
        var caseCompletions = cases.completionsOfAll();
        ProgressRules.Plan plan = ProgressRules.plan(curriculum);
        Map<UserId, ProgressViews.Student> out = new java.util.LinkedHashMap<>();
        for (UserId u : students) {
            long id = u.value();
            ProgressFacts facts = new ProgressFacts(read.getOrDefault(id, Map.of()), quizStandings.getOrDefault(id, Map.of()),
                    caseCompletions.getOrDefault(id, Map.of()), overrides.getOrDefault(id, java.util.Set.of()), earned.getOrDefault(id, Map.of()),
                    started.getOrDefault(id, java.util.Set.of()));
            List<ProgressViews.Module> modules = ProgressRules.modules(plan, facts);
            int[] totals = ProgressRules.totals(modules);
            out.put(u, new ProgressViews.Student(u, modules, totals[1] == 0 ? 0 : totals[0] * 100 / totals[1], totals[0], totals[1],
                    (int) modules.stream().filter(m -> m.status() == ProgressViews.Status.COMPLETED).count(),
                    ProgressRules.tracks(curriculum, modules), null, ProgressRules.next(modules), List.of()));
        }
        return out;
    }

    private ProgressViews.Activity activity(ProgressStore.ActivityRow r) {
        String link = switch (r.kind()) {
            case "lesson-opened", "lesson-read" -> "modules/" + r.moduleId() + "/" + r.itemId();
            case "quiz-started", "quiz-submitted", "quiz-passed" -> "modules/" + r.moduleId() + "/quiz";
            case "case-started", "case-completed" -> "modules/" + r.moduleId() + "/cases/" + r.itemId();
            default -> "modules/" + r.moduleId();
        };
        return new ProgressViews.Activity(r.kind(), r.moduleId(), r.itemId(), r.title(), r.detail(), link, r.at());
    }

    // ----- the gate: prerequisites and overrides -----

    @Override
    @Transactional(readOnly = true)
    public Optional<String> lockedReason(String moduleId) {
        Optional<SignedInUser> me = currentUser.get();
        if (me.isEmpty() || me.get().isStaff() || me.get().hasRole(Roles.ORGANISER)) {
            return Optional.empty(); // staff review content without prerequisites
        }
        ProgressViews.Module m = compute(me.get().id()).module(moduleId);
        if (!m.locked()) {
            return Optional.empty();
        }
        return Optional.of(m.title() + " opens after you complete " + String.join(" and ",
                m.missingPrerequisites().stream().map(ProgressViews.ModuleRef::title).toList()) + ".");
    }

    // ----- read state -----

    /** Marks a lesson read for the signed-in student (reaching its end, or the button). */
    @Transactional
    public void markRead(String moduleId, String lessonId) {
        SignedInUser me = currentUser.require();
        Lesson lesson = lesson(moduleId, lessonId);
        lockedReason(moduleId).ifPresent(reason -> {
            throw new AccessDeniedException(reason);
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

    // ----- overrides -----

    /** Opens one module for one student despite its prerequisites, with a reason (recorded with who and when). */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ORGANISER + "','" + Roles.ADMIN + "')")
    public boolean grantOverride(UserId student, String moduleId, String reason) {
        SignedInUser me = currentUser.require();
        if (catalogue.module(moduleId).isEmpty()) {
            throw new IllegalArgumentException("There is no module called '" + moduleId + "'.");
        }
        if (reason.isBlank() || reason.strip().length() < 5) {
            throw new IllegalArgumentException("Give a reason for the override (at least a few words).");
        }
        org.sotcourseware.base.TextLimits.tooLong("the reason", reason.strip(), org.sotcourseware.base.TextLimits.REASON).ifPresent(m -> {
            throw new IllegalArgumentException(m);
        });
        Instant now = clock.instant();
        boolean granted = store.grantOverride(student.value(), moduleId, me.id().value(), reason.strip(), now);
        if (granted) {
            audit.record("module-override", "module " + moduleId + " for " + users.find(student).map(u -> u.displayName() + " ("
                    + u.username() + ")").orElse("user " + student.value()), reason.strip());
            store.activity(student.value(), now, "override", moduleId, moduleId,
                    catalogue.module(moduleId).map(CourseModule::title).orElse(moduleId), "opened by " + me.displayName());
        }
        return granted;
    }

    public record OverrideView(String moduleId, String grantedBy, String reason, Instant at) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ORGANISER + "','" + Roles.ADMIN + "')")
    public List<OverrideView> overrides(UserId student) {
        return store.overrideDetails(student.value()).stream().map(o -> new OverrideView(o.moduleId(), o.grantedBy(), o.reason(), o.at())).toList();
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
        ProgressViews.Module m = compute(userId).module(moduleId);
        if (m.status() == ProgressViews.Status.COMPLETED && m.completedAt() != null
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

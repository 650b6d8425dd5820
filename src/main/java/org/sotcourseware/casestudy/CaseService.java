package org.sotcourseware.casestudy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.ModuleGate;
import org.sotcourseware.base.NotFound;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.SignedInUser;
import org.sotcourseware.security.UserId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working case studies. The server holds each run's state; a student sees only the stages they have
 * reached and only their own runs. Every write locks the run, and a decision sent for a stage the run has
 * already left (a double click, a second tab) changes nothing.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class CaseService {

    private final CatalogueService catalogue;
    private final CaseRunStore store;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final ObjectProvider<ModuleGate> gate;

    CaseService(CatalogueService catalogue, CaseRunStore store, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                ObjectProvider<ModuleGate> gate) {
        this.gate = gate;
        this.catalogue = catalogue;
        this.store = store;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The module's cases with the student's status for each. */
    @Transactional(readOnly = true)
    public List<CaseReadModel.Summary> list(String moduleId) {
        SignedInUser me = currentUser.require();
        CourseModule module = catalogue.module(moduleId).orElse(null);
        if (module == null) {
            return List.of();
        }
        List<CaseRunStore.Light> runs = store.forUser(me.id().value(), moduleId);
        List<CaseReadModel.Summary> out = new ArrayList<>();
        for (CaseStudy cs : module.publishedCases()) {
            List<CaseRunStore.Light> mine = runs.stream().filter(r -> r.caseId().equals(cs.id())).toList();
            CaseRunId current = mine.stream().filter(r -> r.status().equals(CaseRunStore.IN_PROGRESS)).map(r -> new CaseRunId(r.id()))
                    .reduce((a, b) -> b).orElse(null);
            List<CaseRunStore.Light> done = mine.stream().filter(r -> r.status().equals(CaseRunStore.COMPLETED)).toList();
            CaseReadModel.Status status = current != null ? CaseReadModel.Status.IN_PROGRESS
                    : done.isEmpty() ? CaseReadModel.Status.NOT_STARTED : CaseReadModel.Status.COMPLETED;
            Integer best = done.stream().map(CaseRunStore.Light::score).max(Integer::compare).orElse(null);
            out.add(new CaseReadModel.Summary(moduleId, cs.id(), cs.title(), cs.minutes(), cs.objectives(), status, best, cs.maxPoints(),
                    done.size(), current));
        }
        return out;
    }

    /** A module's cases page: the module and its cases with the student's status; {@link NotFound} for an unknown module. */
    @Transactional(readOnly = true)
    public CaseReadModel.ModuleCases moduleCases(String moduleId) {
        CourseModule module = catalogue.requireModule(moduleId);
        return new CaseReadModel.ModuleCases(module.id(), module.title(), list(module.id()));
    }

    /**
     * Opens a case to work: the run asked for (an earlier run, for review), else the student's run in
     * progress, else their last finished run (its debrief, with the way to start again), else a new one. {@link NotFound} for a case that does not exist or is broken, and for a run
     * that is not the student's or not of this case; a {@link CaseException} says why a new run cannot start
     * (the module is locked).
     */
    @Transactional
    public CaseReadModel.Run open(String moduleId, String caseId, @Nullable CaseRunId runId) {
        if (catalogue.module(moduleId).flatMap(m -> m.caseStudy(caseId)).filter(c -> !c.broken()).isEmpty()) {
            throw new NotFound(NO_SUCH_CASE);
        }
        CaseReadModel.Run r;
        try {
            r = run(runId != null ? runId : resumeOrLastFinished(moduleId, caseId));
        } catch (AccessDeniedException e) {
            throw new NotFound(NO_SUCH_CASE);
        }
        if (!r.moduleId().equals(moduleId) || !r.caseId().equals(caseId)) {
            throw new NotFound(NO_SUCH_CASE);
        }
        return r;
    }

    private static final Message NO_SUCH_CASE = Message.of("casestudy.error.no-such-case");

    /** The student's run of a case in progress, or a new one. */
    @Transactional
    public CaseRunId startOrResume(String moduleId, String caseId) {
        SignedInUser me = currentUser.require();
        CaseStudy cs = published(moduleId, caseId);
        return store.forUser(me.id().value(), moduleId).stream()
                .filter(r -> r.caseId().equals(caseId) && r.status().equals(CaseRunStore.IN_PROGRESS))
                .map(r -> new CaseRunId(r.id())).reduce((a, b) -> b)
                .orElseGet(() -> newRun(me, cs));
    }

    /** The student's run in progress, else their last finished run of the case, else a new run. */
    private CaseRunId resumeOrLastFinished(String moduleId, String caseId) {
        SignedInUser me = currentUser.require();
        List<CaseRunStore.Light> mine = store.forUser(me.id().value(), moduleId).stream().filter(r -> r.caseId().equals(caseId)).toList();
        return mine.stream().filter(r -> r.status().equals(CaseRunStore.IN_PROGRESS)).reduce((a, b) -> b)
                .or(() -> mine.stream().filter(r -> r.status().equals(CaseRunStore.COMPLETED)).reduce((a, b) -> b))
                .map(r -> new CaseRunId(r.id()))
                .orElseGet(() -> startOrResume(moduleId, caseId));
    }

    /** A fresh run. Earlier runs are kept; an unfinished one is set aside. */
    @Transactional
    public CaseRunId startAgain(String moduleId, String caseId) {
        SignedInUser me = currentUser.require();
        CaseStudy cs = published(moduleId, caseId);
        store.forUser(me.id().value(), moduleId).stream()
                .filter(r -> r.caseId().equals(caseId) && r.status().equals(CaseRunStore.IN_PROGRESS))
                .forEach(r -> store.abandon(r.id()));
        return newRun(me, cs);
    }

    private CaseRunId newRun(SignedInUser me, CaseStudy cs) {
        gate.ifAvailable(g -> g.lockedMessage(cs.moduleId()).ifPresent(reason -> {
            throw new CaseException(Message.of("casestudy.error.locked", reason));
        }));
        Instant now = clock.instant();
        long id = store.insert(me.id().value(), cs, catalogue.curriculum().version(), now);
        events.publishEvent(new CaseRunStarted(me.id(), cs.moduleId(), cs.id(), new CaseRunId(id), now));
        return new CaseRunId(id);
    }

    /** A student's completed cases in every module, in one query. Students read their own; staff anyone's. */
    @Transactional(readOnly = true)
    public Map<String, Map<String, Instant>> completions(UserId userId) {
        currentUser.requireSelfOrStaff(userId);
        Map<String, Map<String, Instant>> out = new LinkedHashMap<>();
        for (CaseRunStore.Light r : store.lightForUser(userId.value())) {
            if (r.status().equals(CaseRunStore.COMPLETED) && r.completedAt() != null) {
                out.computeIfAbsent(r.moduleId(), k -> new LinkedHashMap<>()).merge(r.caseId(), r.completedAt(),
                        (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return out;
    }

    /** Completed cases of every student at once (staff screens over a cohort): user id to module id to case id to first completion. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ORGANISER
            + "','" + Roles.ADMIN + "')")
    public Map<Long, Map<String, Map<String, Instant>>> completionsOfAll() {
        Map<Long, Map<String, Map<String, Instant>>> out = new HashMap<>();
        store.lightForAll().forEach((userId, runs) -> {
            Map<String, Map<String, Instant>> m = new LinkedHashMap<>();
            for (CaseRunStore.Light r : runs) {
                if (r.status().equals(CaseRunStore.COMPLETED) && r.completedAt() != null) {
                    m.computeIfAbsent(r.moduleId(), k -> new LinkedHashMap<>()).merge(r.caseId(), r.completedAt(),
                            (a, b) -> a.isBefore(b) ? a : b);
                }
            }
            out.put(userId, m);
        });
        return out;
    }

    @Transactional(readOnly = true)
    public CaseReadModel.Run run(CaseRunId run) {
        long runId = run.value();
        return view(own(store.find(runId)));
    }

    /** Makes the decision of the current stage. */
    @Transactional(noRollbackFor = CaseException.class)
    public CaseReadModel.Run decide(CaseRunId run, String stageId, Set<String> optionIds) {
        long runId = run.value();
        CaseRunStore.RunRow r = writable(runId);
        if (!r.currentStage().equals(stageId)) {
            return view(r); // already decided (double click, other tab): nothing changes
        }
        CaseStudy.Stage stage = r.snapshot().stage(stageId).orElseThrow();
        CaseEngine.Step step = CaseEngine.decide(r.snapshot(), stage, optionIds);
        CaseRunStore.RunRow after = advance(r, step);
        events.publishEvent(new CaseDecisionMade(new UserId(r.userId()), r.moduleId(), r.caseId(), run, stageId, step.points(), clock.instant()));
        return view(after);
    }

    /** Moves on from a stage without a decision: continue, or return from a dead end. */
    @Transactional(noRollbackFor = CaseException.class)
    public CaseReadModel.Run proceed(CaseRunId run, String stageId) {
        long runId = run.value();
        CaseRunStore.RunRow r = writable(runId);
        if (!r.currentStage().equals(stageId)) {
            return view(r);
        }
        CaseStudy.Stage stage = r.snapshot().stage(stageId).orElseThrow();
        return view(advance(r, CaseEngine.proceed(r.snapshot(), stage)));
    }

    /** Cases completed by a student in a module, for progress. Students read their own; staff anyone's. */
    @Transactional(readOnly = true)
    public List<CaseReadModel.Summary> standing(UserId userId, String moduleId) {
        currentUser.requireSelfOrStaff(userId);
        CourseModule module = catalogue.module(moduleId).orElse(null);
        if (module == null) {
            return List.of();
        }
        List<CaseRunStore.Light> runs = store.forUser(userId.value(), moduleId);
        return module.publishedCases().stream().map(cs -> {
            List<CaseRunStore.Light> done = runs.stream().filter(r -> r.caseId().equals(cs.id()) && r.status().equals(CaseRunStore.COMPLETED)).toList();
            boolean open = runs.stream().anyMatch(r -> r.caseId().equals(cs.id()) && r.status().equals(CaseRunStore.IN_PROGRESS));
            return new CaseReadModel.Summary(moduleId, cs.id(), cs.title(), cs.minutes(), cs.objectives(),
                    !done.isEmpty() ? CaseReadModel.Status.COMPLETED : open ? CaseReadModel.Status.IN_PROGRESS : CaseReadModel.Status.NOT_STARTED,
                    done.stream().map(CaseRunStore.Light::score).max(Integer::compare).orElse(null), cs.maxPoints(), done.size(), null);
        }).toList();
    }

    // ----- internals -----

    /** Records the step and moves the run on; returns the run as it now is (the row is locked, so nobody else moved it). */
    private CaseRunStore.RunRow advance(CaseRunStore.RunRow r, CaseEngine.Step step) {
        String next = step.next().orElseThrow(() -> new CaseException(Message.of("casestudy.error.leads-nowhere")));
        CaseStudy.Stage target = r.snapshot().stage(next).orElseThrow(() -> new CaseException(Message.of("casestudy.error.broken")));
        List<CaseRunStore.StepRow> steps = store.steps(r.id());
        Instant now = clock.instant();
        store.addStep(r.id(), steps.size() + 1, step, next, now);
        List<Integer> points = new ArrayList<>(steps.stream().map(CaseRunStore.StepRow::points).toList());
        points.add(step.points());
        int score = CaseEngine.score(points);
        if (target.type() == CaseStudy.StageType.END) {
            store.complete(r.id(), next, score, now);
            events.publishEvent(new CaseCompleted(new UserId(r.userId()), r.moduleId(), r.caseId(), new CaseRunId(r.id()), score, r.maxScore(), now));
            return r.movedTo(next, score, CaseRunStore.COMPLETED, now);
        }
        store.moveTo(r.id(), next, score);
        return r.movedTo(next, score, r.status(), null);
    }

    private CaseRunStore.RunRow writable(long runId) {
        CaseRunStore.RunRow r = own(store.lock(runId));
        if (!r.status().equals(CaseRunStore.IN_PROGRESS)) {
            throw new CaseException(Message.of("casestudy.error.run-ended"));
        }
        return r;
    }

    private CaseRunStore.RunRow own(Optional<CaseRunStore.RunRow> run) {
        CaseRunStore.RunRow r = run.orElseThrow(() -> new AccessDeniedException("no such run"));
        currentUser.requireOwner(r.userId(), "run");
        return r;
    }

    private CaseStudy published(String moduleId, String caseId) {
        return catalogue.module(moduleId).flatMap(m -> m.caseStudy(caseId)).filter(c -> !c.broken())
                .orElseThrow(() -> new CaseException(Message.of("casestudy.error.not-in-module")));
    }

    private CaseReadModel.Run view(CaseRunStore.RunRow r) {
        CaseStudy cs = r.snapshot();
        List<CasePresentation.Taken> steps = store.steps(r.id()).stream()
                .map(s -> new CasePresentation.Taken(s.stageId(), s.chosen(), s.points())).toList();
        String moduleTitle = catalogue.module(r.moduleId()).map(CourseModule::title).orElse(r.moduleId());
        List<CaseReadModel.RunSummary> others = store.forUser(r.userId(), r.moduleId()).stream()
                .filter(o -> o.caseId().equals(r.caseId()) && o.id() != r.id())
                .map(o -> new CaseReadModel.RunSummary(new CaseRunId(o.id()), CaseReadModel.RunStatus.valueOf(o.status()), o.startedAt(), o.completedAt(), o.score(), o.maxScore())).toList();
        return CasePresentation.build(cs, steps, new CasePresentation.Standing(new CaseRunId(r.id()), moduleTitle, r.currentStage(),
                r.status().equals(CaseRunStore.IN_PROGRESS), r.status().equals(CaseRunStore.COMPLETED), r.score(), r.maxScore(),
                r.startedAt(), r.completedAt(), others, r.id()), md -> html(cs, md));
    }

    private String html(CaseStudy cs, String markdown) {
        return catalogue.renderFragment(cs.moduleId(), cs.sourceFile(), markdown).html();
    }
}

package org.sotcourseware.quiz;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.ModuleGate;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.QuestionType;
import org.sotcourseware.content.Quiz;
import org.sotcourseware.content.QuizSettings;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.SignedInUser;
import org.sotcourseware.security.UserId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking quizzes. Every method acts for the signed-in user on their own attempts only; every write locks
 * the attempt row, so double clicks, retries and two tabs cannot produce two results. Limits (attempts,
 * time) are enforced here, not in the browser.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class QuizService {

    private final CatalogueService catalogue;
    private final AttemptStore store;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private final ObjectProvider<ModuleGate> gate;

    QuizService(CatalogueService catalogue, AttemptStore store, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                ObjectProvider<ModuleGate> gate) {
        this.gate = gate;
        this.catalogue = catalogue;
        this.store = store;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The quiz intro and the student's history; empty when the module has no (valid) quiz. */
    @Transactional
    public Optional<QuizReadModel.Overview> overview(String moduleId) {
        SignedInUser me = currentUser.require();
        CourseModule module = catalogue.module(moduleId).orElse(null);
        if (module == null || module.publishedQuiz().isEmpty()) {
            return Optional.empty();
        }
        Quiz quiz = module.publishedQuiz().get();
        List<AttemptStore.AttemptRow> attempts = finaliseOverdue(store.forUser(me.id().value(), quiz.id()));
        AttemptId inProgress = attempts.stream().filter(a -> a.status().equals(AttemptStore.IN_PROGRESS)).map(a -> new AttemptId(a.id()))
                .findFirst().orElse(null);
        Double grade = QuizGrading.grade(quiz.settings().grading(), attempts);
        String intro = quiz.intro().isBlank() ? "" : catalogue.renderFragment(moduleId, quiz.sourceFile(), quiz.intro()).html();
        Message locked = inProgress != null ? null : gate.stream().flatMap(g -> g.lockedMessage(moduleId).stream()).findFirst().orElse(null);
        return Optional.of(new QuizReadModel.Overview(moduleId, module.title(), quiz.title(), intro, quiz.questionsPerAttempt(),
                quiz.settings().passMark(), quiz.settings().attempts(), attempts.size(), inProgress, grade,
                grade != null && grade >= quiz.settings().passMark(), quiz.settings().timeLimitMinutes(), quiz.settings().feedback(),
                quiz.settings().grading(), attempts.stream().map(AttemptStore.AttemptRow::summary).toList(), locked));
    }

    /** Resumes the student's unfinished attempt, or starts a new one if the attempt limit allows. */
    @Transactional
    public AttemptId startOrResume(String moduleId) {
        SignedInUser me = currentUser.require();
        Quiz quiz = catalogue.module(moduleId).flatMap(CourseModule::publishedQuiz)
                .orElseThrow(() -> new QuizException(Message.of("quiz.error.no-quiz-to-take")));
        List<AttemptStore.AttemptRow> attempts = finaliseOverdue(store.forUser(me.id().value(), quiz.id()));
        Optional<AttemptStore.AttemptRow> open = attempts.stream().filter(a -> a.status().equals(AttemptStore.IN_PROGRESS)).findFirst();
        if (open.isPresent()) {
            return new AttemptId(open.get().id());
        }
        gate.ifAvailable(g -> g.lockedMessage(moduleId).ifPresent(reason -> {
            throw new QuizException(Message.of("quiz.error.locked", reason));
        }));
        Integer allowed = quiz.settings().attempts();
        if (allowed != null && attempts.size() >= allowed) {
            throw new QuizException(Message.of("quiz.error.no-attempts-left", allowed));
        }
        long seed = random.nextLong();
        Instant now = clock.instant();
        Integer limit = quiz.settings().timeLimitMinutes();
        try {
            long id = store.insert(me.id().value(), moduleId, quiz.id(), quiz.version(), catalogue.curriculum().version(),
                    attempts.size() + 1, seed, AttemptDraw.draw(quiz, seed), quiz.settings().passMark(),
                    quiz.settings().feedback().name(), now, limit == null ? null : now.plusSeconds(limit * 60L));
            events.publishEvent(new QuizAttemptStarted(me.id(), moduleId, quiz.id(), new AttemptId(id), now));
            return new AttemptId(id);
        } catch (DuplicateKeyException e) {
            // another tab started the same attempt at the same moment: use that one
            throw new QuizException(Message.of("quiz.error.started-elsewhere"));
        }
    }

    /**
     * Every submitted attempt at the module's quiz, for item analysis: scores and answer ids, never names.
     * Instructors and administrators only.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ADMIN + "')")
    public List<QuizReadModel.AnalysisAttempt> submittedAttempts(String moduleId) {
        Quiz quiz = catalogue.module(moduleId).map(CourseModule::quiz)
                .orElseThrow(() -> new QuizException(Message.of("quiz.error.no-quiz")));
        return store.submittedForAnalysis(quiz.id());
    }

    /** The attempt to answer (or, once submitted, its state for the result page). */
    @Transactional
    public QuizReadModel.Session session(AttemptId attempt) {
        long attemptId = attempt.value();
        AttemptStore.AttemptRow a = finaliseIfOverdue(own(store.lock(attemptId)));
        Map<String, AttemptStore.AnswerRow> answers = store.answers(attemptId);
        Map<String, Answer> given = new LinkedHashMap<>();
        Map<String, QuizReadModel.Feedback> checked = new LinkedHashMap<>();
        for (DrawnQuestion d : a.questions()) {
            AttemptStore.AnswerRow row = answers.get(d.question().id());
            if (row != null && !row.answer().isEmpty()) {
                given.put(d.question().id(), row.answer());
            }
            if (row != null && row.checked()) {
                checked.put(d.question().id(), feedback(a, d, row.answer()));
            }
        }
        String moduleTitle = catalogue.module(a.moduleId()).map(CourseModule::title).orElse(a.moduleId());
        return new QuizReadModel.Session(new AttemptId(a.id()), a.moduleId(), moduleTitle, quizTitle(a), a.number(), presented(a), given, checked,
                a.deadline(), QuizSettings.FeedbackMode.valueOf(a.feedbackMode()), a.status().equals(AttemptStore.SUBMITTED));
    }

    /**
     * Saves an answer as given: one short transaction that locks the attempt's row, checks the answer against
     * the attempt's own question and writes that one answer. Refused once the attempt is submitted, the time
     * is up, or the question was checked. (A refusal does not roll back: an overdue attempt closed on the way
     * stays closed.) The view keeps what it shows; nothing is read back.
     */
    @Transactional(noRollbackFor = QuizException.class)
    public void saveAnswer(AttemptId attempt, String questionId, Answer answer) {
        long attemptId = attempt.value();
        AttemptStore.Header h = store.lockHeader(attemptId).orElseThrow(() -> new AccessDeniedException("no such attempt"));
        currentUser.requireOwner(h.userId(), "attempt");
        if (h.status().equals(AttemptStore.IN_PROGRESS) && h.deadline() != null && clock.instant().isAfter(h.deadline())) {
            openForWriting(attemptId); // closes the overdue attempt and says so
        }
        if (!h.status().equals(AttemptStore.IN_PROGRESS)) {
            throw new QuizException(Message.of("quiz.error.already-submitted"));
        }
        DrawnQuestion d = question(store.questions(attemptId), questionId);
        if (store.isChecked(attemptId, questionId)) {
            throw new QuizException(Message.of("quiz.error.already-checked"));
        }
        checkAnswerFits(d.question(), answer);
        if (answer.isEmpty()) {
            store.deleteAnswer(attemptId, questionId);
        } else {
            store.saveAnswer(attemptId, questionId, answer, clock.instant());
        }
    }

    /** With feedback after each question: grades one answered question, locks it and returns its feedback. */
    @Transactional(noRollbackFor = QuizException.class)
    public QuizReadModel.Feedback check(AttemptId attempt, String questionId) {
        long attemptId = attempt.value();
        AttemptStore.AttemptRow a = openForWriting(attemptId);
        if (!a.feedbackMode().equals(QuizSettings.FeedbackMode.AFTER_EACH.name())) {
            throw new QuizException(Message.of("quiz.error.feedback-after-submit"));
        }
        DrawnQuestion d = question(a.questions(), questionId);
        AttemptStore.AnswerRow row = store.answers(attemptId).get(questionId);
        if (row == null || row.answer().isEmpty()) {
            throw new QuizException(Message.of("quiz.error.answer-first"));
        }
        QuestionResult r = Grader.grade(d.question(), row.answer());
        store.markGraded(attemptId, questionId, r, true, clock.instant());
        return feedback(a, d, row.answer());
    }

    /** A question's hint, if it has one. */
    @Transactional(readOnly = true)
    public Optional<String> hint(AttemptId attempt, String questionId) {
        long attemptId = attempt.value();
        AttemptStore.AttemptRow a = own(store.find(attemptId));
        Question q = question(a.questions(), questionId).question();
        return Optional.ofNullable(q.hint()).map(h -> render(a, h));
    }

    /**
     * Submits and grades the attempt. Idempotent: submitting an attempt that is already submitted (a double
     * click, a retry, a second tab) returns the same result and grades nothing again.
     */
    @Transactional
    public QuizReadModel.Result submit(AttemptId attempt) {
        long attemptId = attempt.value();
        AttemptStore.AttemptRow a = own(store.lock(attemptId));
        if (a.status().equals(AttemptStore.IN_PROGRESS)) {
            gradeAndClose(a, clock.instant());
        }
        return result(attempt);
    }

    /** The result and review of a submitted attempt, as much as the feedback setting allows. */
    @Transactional(readOnly = true)
    public QuizReadModel.Result result(AttemptId attempt) {
        long attemptId = attempt.value();
        AttemptStore.AttemptRow a = own(store.find(attemptId));
        if (!a.status().equals(AttemptStore.SUBMITTED)) {
            throw new QuizException(Message.of("quiz.error.not-submitted"));
        }
        Map<String, AttemptStore.AnswerRow> answers = store.answers(attemptId);
        boolean visible = feedbackVisible(a);
        List<QuizReadModel.PresentedQuestion> presented = presented(a);
        List<QuizReadModel.ReviewItem> items = new ArrayList<>();
        for (int i = 0; i < a.questions().size(); i++) {
            DrawnQuestion d = a.questions().get(i);
            AttemptStore.AnswerRow row = answers.get(d.question().id());
            Answer answer = row == null || row.answer().isEmpty() ? null : row.answer();
            QuestionResult r = Grader.grade(d.question(), answer);
            items.add(new QuizReadModel.ReviewItem(presented.get(i), answer, render(a, AnswerMarkdown.given(d.question(), answer)), r.points(),
                    r.maxPoints(), visible ? feedback(a, d, answer) : null));
        }
        String moduleTitle = catalogue.module(a.moduleId()).map(CourseModule::title).orElse(a.moduleId());
        return new QuizReadModel.Result(a.summary(), a.moduleId(), moduleTitle, quizTitle(a), a.score() == null ? 0 : a.score(),
                a.maxScore() == null ? 0 : a.maxScore(), a.passMark(), visible, items);
    }

    /**
     * A student's standing in a module's quiz, for progress and certification. Students may read only their
     * own; instructors, organisers and admins anyone's.
     */
    @Transactional(readOnly = true)
    public Optional<QuizReadModel.Standing> standing(UserId userId, String moduleId) {
        currentUser.requireSelfOrStaff(userId);
        Quiz quiz = catalogue.module(moduleId).map(CourseModule::quiz).orElse(null);
        if (quiz == null) {
            return Optional.empty();
        }
        return Optional.of(QuizGrading.standing(moduleId, quiz, store.forUser(userId.value(), quiz.id()).stream()
                .map(AttemptStore.AttemptRow::light).toList()));
    }

    /** A student's standing in every quiz, in one query. Students read their own; staff anyone's. */
    @Transactional(readOnly = true)
    public Map<String, QuizReadModel.Standing> standings(UserId userId) {
        currentUser.requireSelfOrStaff(userId);
        Map<String, List<AttemptStore.Light>> byModule = store.lightForUser(userId.value()).stream()
                .collect(Collectors.groupingBy(AttemptStore.Light::moduleId));
        Map<String, QuizReadModel.Standing> out = new LinkedHashMap<>();
        for (CourseModule m : catalogue.curriculum().modules()) {
            if (m.quiz() != null) {
                List<AttemptStore.Light> attempts = byModule.getOrDefault(m.id(), List.of()).stream()
                        .filter(a -> a.quizId().equals(m.quiz().id())).toList();
                out.put(m.id(), QuizGrading.standing(m.id(), m.quiz(), attempts));
            }
        }
        return out;
    }

    /** One submitted attempt's score, as staff read a student's record (no answers). */
    public record AttemptScore(int number, double percent, boolean passed, Instant submittedAt) {
    }

    /** A student's submitted attempts per module, scores only: their own, or anyone's for staff. */
    @Transactional(readOnly = true)
    public Map<String, List<AttemptScore>> attemptScores(UserId userId) {
        currentUser.requireSelfOrStaff(userId);
        Map<String, List<AttemptScore>> out = new LinkedHashMap<>();
        for (AttemptStore.Light a : store.lightForUser(userId.value())) {
            if (a.status().equals(AttemptStore.SUBMITTED) && a.percent() != null && a.submittedAt() != null) {
                out.computeIfAbsent(a.moduleId(), k -> new ArrayList<>())
                        .add(new AttemptScore(a.number(), a.percent(), a.percent() >= a.passMark(), a.submittedAt()));
            }
        }
        return out;
    }

    /** Quiz standings of many students at once (staff screens over a cohort): user id to module id to standing. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ORGANISER
            + "','" + Roles.ADMIN + "')")
    public Map<Long, Map<String, QuizReadModel.Standing>> standingsOfAll() {
        Map<Long, Map<String, QuizReadModel.Standing>> out = new HashMap<>();
        List<CourseModule> withQuiz = catalogue.curriculum().modules().stream().filter(m -> m.quiz() != null).toList();
        store.lightForAll().forEach((userId, attempts) -> {
            Map<String, List<AttemptStore.Light>> byModule = attempts.stream().collect(Collectors.groupingBy(AttemptStore.Light::moduleId));
            Map<String, QuizReadModel.Standing> standings = new LinkedHashMap<>();
            for (CourseModule m : withQuiz) {
                List<AttemptStore.Light> mine = byModule.getOrDefault(m.id(), List.of()).stream().filter(a -> a.quizId().equals(m.quiz().id())).toList();
                standings.put(m.id(), QuizGrading.standing(m.id(), m.quiz(), mine));
            }
            out.put(userId, standings);
        });
        return out;
    }

    // ----- internals -----

    private void gradeAndClose(AttemptStore.AttemptRow a, Instant at) {
        Map<String, AttemptStore.AnswerRow> rows = store.answers(a.id());
        Map<String, Answer> answers = new LinkedHashMap<>();
        rows.forEach((id, row) -> answers.put(id, row.answer()));
        QuizGrading.AttemptGrade grade = QuizGrading.gradeAttempt(a.questions(), answers, a.passMark());
        store.markAllGraded(a.id(), grade.results(), rows.keySet(), rows.values().stream().filter(AttemptStore.AnswerRow::checked)
                .map(AttemptStore.AnswerRow::questionId).collect(Collectors.toSet()), at);
        Quiz quiz = catalogue.module(a.moduleId()).map(CourseModule::quiz).orElse(null);
        QuizSettings.GradingMethod method = quiz == null ? QuizSettings.GradingMethod.HIGHEST : quiz.settings().grading();
        QuizGrading.GradeChange change = QuizGrading.gradeChange(method, store.lightForQuiz(a.userId(), a.quizId()), a.number(),
                grade.percent(), a.passMark(), at);
        if (!store.submit(a.id(), at, grade.score(), grade.maxScore(), grade.percent(), grade.passed())) {
            return; // already submitted (cannot happen under the row lock, but never grade twice)
        }
        UserId user = new UserId(a.userId());
        events.publishEvent(new QuizAttemptSubmitted(user, a.moduleId(), a.quizId(), new AttemptId(a.id()), grade.percent(), grade.passed(), at,
                grade.results()));
        if (change.newlyPassed()) {
            events.publishEvent(new QuizPassed(user, a.moduleId(), a.quizId(), new AttemptId(a.id()), Objects.requireNonNull(change.after()), at));
        }
    }

    private List<AttemptStore.AttemptRow> finaliseOverdue(List<AttemptStore.AttemptRow> attempts) {
        boolean changed = false;
        for (AttemptStore.AttemptRow a : attempts) {
            if (overdue(a)) {
                store.lock(a.id()).filter(this::overdue).ifPresent(locked -> gradeAndClose(locked, locked.deadline()));
                changed = true;
            }
        }
        return changed && !attempts.isEmpty() ? store.forUser(attempts.getFirst().userId(), attempts.getFirst().quizId()) : attempts;
    }

    private AttemptStore.AttemptRow finaliseIfOverdue(AttemptStore.AttemptRow a) {
        if (overdue(a)) {
            gradeAndClose(a, a.deadline());
            return store.find(a.id()).orElseThrow();
        }
        return a;
    }

    private boolean overdue(AttemptStore.AttemptRow a) {
        return a.status().equals(AttemptStore.IN_PROGRESS) && a.deadline() != null && clock.instant().isAfter(a.deadline());
    }

    private AttemptStore.AttemptRow openForWriting(long attemptId) {
        AttemptStore.AttemptRow a = own(store.lock(attemptId));
        if (overdue(a)) {
            gradeAndClose(a, a.deadline());
            throw new QuizException(Message.of("quiz.error.time-up"));
        }
        if (!a.status().equals(AttemptStore.IN_PROGRESS)) {
            throw new QuizException(Message.of("quiz.error.already-submitted"));
        }
        return a;
    }

    /** The attempt, if it belongs to the signed-in user; otherwise it does not exist for them. */
    private AttemptStore.AttemptRow own(Optional<AttemptStore.AttemptRow> attempt) {
        AttemptStore.AttemptRow a = attempt.orElseThrow(() -> new AccessDeniedException("no such attempt"));
        currentUser.requireOwner(a.userId(), "attempt");
        return a;
    }

    private static DrawnQuestion question(List<DrawnQuestion> questions, String questionId) {
        return questions.stream().filter(d -> d.question().id().equals(questionId)).findFirst()
                .orElseThrow(() -> new QuizException(Message.of("quiz.error.not-in-attempt")));
    }

    /** Answers must refer to this question's own options, items and pairs (nothing invented by a client). */
    public static void checkAnswerFits(Question q, Answer answer) {
        boolean fits = switch (answer) {
            case Answer.Choice c -> q.type().isChoice() && q.options().stream().map(Question.Option::id).collect(Collectors.toSet())
                    .containsAll(c.optionIds()) && (q.type() == QuestionType.MULTIPLE || c.optionIds().size() <= 1);
            case Answer.Typed t -> (q.type() == QuestionType.NUMERIC || q.type() == QuestionType.TEXT) && t.text().length() <= org.sotcourseware.base.TextLimits.ANSWER;
            case Answer.Order o -> q.type() == QuestionType.ORDER && o.itemIds().size() == q.items().size()
                    && q.items().stream().map(Question.Item::id).collect(Collectors.toSet()).equals(Set.copyOf(o.itemIds()));
            case Answer.Match m -> q.type() == QuestionType.MATCH
                    && q.pairs().stream().map(Question.Pair::leftId).collect(Collectors.toSet()).containsAll(m.pairs().keySet())
                    && q.pairs().stream().map(Question.Pair::rightId).collect(Collectors.toSet()).containsAll(m.pairs().values());
        };
        if (!fits) {
            throw new QuizException(Message.of("quiz.error.answer-does-not-fit"));
        }
    }

    private boolean feedbackVisible(AttemptStore.AttemptRow a) {
        if (!a.feedbackMode().equals(QuizSettings.FeedbackMode.AFTER_PASS.name())) {
            return true;
        }
        List<AttemptStore.AttemptRow> all = store.forUser(a.userId(), a.quizId());
        Quiz quiz = catalogue.module(a.moduleId()).map(CourseModule::quiz).orElse(null);
        QuizSettings.GradingMethod method = quiz == null ? QuizSettings.GradingMethod.HIGHEST : quiz.settings().grading();
        Double grade = QuizGrading.grade(method, all);
        return grade != null && grade >= a.passMark();
    }

    private QuizReadModel.Feedback feedback(AttemptStore.AttemptRow a, DrawnQuestion d, @Nullable Answer answer) {
        return QuizPresentation.feedback(d.question(), answer, md -> render(a, md));
    }

    private List<QuizReadModel.PresentedQuestion> presented(AttemptStore.AttemptRow a) {
        return QuizPresentation.present(a.questions(), md -> render(a, md));
    }

    private String quizTitle(AttemptStore.AttemptRow a) {
        return catalogue.module(a.moduleId()).map(CourseModule::quiz).map(Quiz::title).orElse("Quiz");
    }

    private String render(AttemptStore.AttemptRow a, String markdown) {
        return catalogue.renderFragment(a.moduleId(), a.moduleId() + "/quiz.md", markdown).html();
    }

}

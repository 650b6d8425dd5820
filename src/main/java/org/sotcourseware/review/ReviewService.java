package org.sotcourseware.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.sotcourseware.base.Message;
import org.sotcourseware.base.ModuleGate;
import org.sotcourseware.base.ReviewQueue;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.Quiz;
import org.sotcourseware.quiz.Answer;
import org.sotcourseware.quiz.AttemptId;
import org.sotcourseware.quiz.Grader;
import org.sotcourseware.quiz.QuestionResult;
import org.sotcourseware.quiz.QuizPresentation;
import org.sotcourseware.quiz.QuizReadModel;
import org.sotcourseware.quiz.QuizService;
import org.sotcourseware.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in student's spaced review: today's due cards one at a time, answered and graded as in a quiz,
 * rated, and scheduled by FSRS. Every method acts on the signed-in user's own cards only (another user's card
 * does not exist for them). A card shows its question as currently published: a question removed from the
 * content retires its card the next time the card is looked at; a module the student may not open keeps its
 * cards hidden (they come back when it opens). Nothing here touches quiz attempts, grades or progress.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReviewService implements ReviewQueue {

    private final ReviewStore store;
    private final MissedQuestions cards;
    private final CatalogueService catalogue;
    private final QuizService quizzes;
    private final CurrentUser currentUser;
    private final ObjectProvider<ModuleGate> gate;
    private final Scheduler scheduler;
    private final Clock clock;

    ReviewService(ReviewStore store, MissedQuestions cards, CatalogueService catalogue, QuizService quizzes, CurrentUser currentUser,
                  ObjectProvider<ModuleGate> gate, ObjectProvider<Scheduler> scheduler, Clock clock) {
        this.store = store;
        this.cards = cards;
        this.catalogue = catalogue;
        this.quizzes = quizzes;
        this.currentUser = currentUser;
        this.gate = gate;
        this.scheduler = scheduler.getIfAvailable(Fsrs::new);
        this.clock = clock;
    }

    /** Counts, streak and retention figures of the signed-in user. */
    @Transactional
    public ReviewReadModel.Summary summary() {
        long me = me();
        LocalDate today = today();
        List<ReviewStore.CardRow> all = store.cards(me);
        List<Shown> visible = visible(all);
        int due = (int) visible.stream().filter(s -> !s.card().dueOn().isAfter(today)).count();
        LocalDate nextDue = visible.stream().map(s -> s.card().dueOn()).filter(d -> d.isAfter(today)).min(LocalDate::compareTo).orElse(null);
        List<ReviewStore.CardRow> now = store.cards(me); // after any retirement on the way
        int retired = (int) now.stream().filter(ReviewStore.CardRow::retired).count();
        int active = now.size() - retired;
        List<ReviewStore.LogRow> log = store.log(me);
        Set<LocalDate> days = log.stream().map(ReviewStore.LogRow::day).collect(Collectors.toCollection(TreeSet::new));
        List<ReviewStore.LogRow> recent = log.stream().filter(l -> !l.day().isBefore(today.minusDays(29))).toList();
        List<ReviewStore.LogRow> seenBefore = recent.stream().filter(l -> l.elapsedDays() != null).toList();
        Double retention = seenBefore.isEmpty() ? null
                : round1(100.0 * seenBefore.stream().filter(l -> l.rating() != Rating.AGAIN).count() / seenBefore.size());
        List<Double> recall = visible.stream().filter(s -> s.card().memory() != null && s.card().lastReviewOn() != null)
                .map(s -> scheduler.retrievability(s.card().memory(), (int) ChronoUnit.DAYS.between(s.card().lastReviewOn(), today))).toList();
        Double predicted = recall.isEmpty() ? null : round1(100 * recall.stream().mapToDouble(Double::doubleValue).average().orElse(0));
        return new ReviewReadModel.Summary(due, streak(days, today), days.contains(today), active, retired, recent.size(), retention, predicted,
                nextDue);
    }

    /** The first card due today in a module open to the student, or empty when today's review is done. */
    @Transactional
    public Optional<ReviewReadModel.Card> next() {
        LocalDate today = today();
        List<Shown> due = visible(store.cards(me())).stream().filter(s -> !s.card().dueOn().isAfter(today)).toList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Shown s = due.getFirst();
        ReviewStore.CardRow c = s.card();
        QuizReadModel.PresentedQuestion presented = QuizPresentation.presentOne(s.quiz(), s.question(), c.id() * 31 + c.reviews(), render(s));
        return Optional.of(new ReviewReadModel.Card(new ReviewCardId(c.id()), c.moduleId(), s.module().title(), s.quiz().title(), presented,
                c.reviews(), c.origin().equals(ReviewStore.MISSED), due.size()));
    }

    /**
     * Grades an answer to a due card with the quiz's grader and returns the quiz's feedback (the key reaches
     * the student only now), the suggested rating and what each rating would schedule. The grade waits on the
     * card for its rating; answering again replaces it.
     */
    @Transactional
    public ReviewReadModel.Checked check(ReviewCardId cardId, Answer answer) {
        ReviewStore.CardRow card = ownDue(cardId);
        Shown s = shown(card).orElseThrow(() -> new ReviewException(Message.of("review.error.question-gone")));
        if (answer.isEmpty()) {
            throw new ReviewException(Message.of("review.error.answer-first"));
        }
        QuizService.checkAnswerFits(s.question(), answer);
        QuestionResult r = Grader.grade(s.question(), answer);
        store.savePending(card.id(), r.correctness().name(), r.points(), r.maxPoints());
        Map<Rating, Integer> intervals = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            intervals.put(rating, scheduler.review(card.memory(), elapsed(card), rating).intervalDays());
        }
        return new ReviewReadModel.Checked(QuizPresentation.feedback(s.question(), answer, render(s)), Rating.suggested(r.correctness()), intervals);
    }

    /** Records the student's rating of a card they have just answered, and schedules its next review. */
    @Transactional
    public ReviewReadModel.Rated rate(ReviewCardId cardId, Rating rating) {
        ReviewStore.CardRow card = ownDue(cardId);
        if (card.pendingCorrectness() == null) {
            throw new ReviewException(Message.of("review.error.rate-first"));
        }
        LocalDate today = today();
        Scheduler.Next next = scheduler.review(card.memory(), elapsed(card), rating);
        LocalDate dueOn = today.plusDays(next.intervalDays());
        store.schedule(card.id(), next.memory(), today, dueOn, rating == Rating.AGAIN && card.memory() != null);
        store.log(card.id(), card.userId(), clock.instant(), today, rating, card.pendingCorrectness(),
                card.lastReviewOn() == null ? null : (int) ChronoUnit.DAYS.between(card.lastReviewOn(), today), next.memory(), dueOn);
        return new ReviewReadModel.Rated(rating, dueOn, next.intervalDays());
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> queued(String moduleId) {
        return store.cards(me()).stream().filter(c -> c.moduleId().equals(moduleId) && !c.retired()).map(ReviewStore.CardRow::questionId)
                .collect(Collectors.toSet());
    }

    /** Adds a question the student has seen the feedback of (in their own attempt) to their review, due tomorrow. */
    @Override
    @Transactional
    public void add(long attemptId, String questionId) {
        AttemptId attempt = new AttemptId(attemptId);
        QuizReadModel.Session session = quizzes.session(attempt); // the owner's only
        boolean seen = session.submitted()
                ? quizzes.result(attempt).items().stream().anyMatch(i -> i.question().id().equals(questionId) && i.feedback() != null)
                : session.checked().containsKey(questionId);
        if (!seen) {
            throw new ReviewException(Message.of("review.error.feedback-first"));
        }
        Quiz quiz = catalogue.module(session.moduleId()).flatMap(CourseModule::publishedQuiz)
                .orElseThrow(() -> new ReviewException(Message.of("review.error.quiz-gone")));
        cards.record(me(), session.moduleId(), quiz.id(), List.of(questionId), today().plusDays(1), ReviewStore.ADDED, clock.instant());
    }

    // ----- internals -----

    /** A card with the module, quiz and question it shows today. */
    private record Shown(ReviewStore.CardRow card, CourseModule module, Quiz quiz, Question question) {
    }

    /**
     * The active cards the student may see now, in due order; cards whose question (or module, or quiz) is gone
     * are retired on the way, cards of locked modules left out.
     */
    private List<Shown> visible(List<ReviewStore.CardRow> all) {
        List<Shown> out = new ArrayList<>();
        Set<String> locked = new HashSet<>();
        Set<String> open = new HashSet<>();
        for (ReviewStore.CardRow c : all) {
            if (c.retired()) {
                continue;
            }
            Optional<Shown> s = shown(c);
            if (s.isEmpty()) {
                store.retire(c.id(), clock.instant());
                continue;
            }
            if (!open.contains(c.moduleId()) && !locked.contains(c.moduleId())) {
                (isLocked(c.moduleId()) ? locked : open).add(c.moduleId());
            }
            if (open.contains(c.moduleId())) {
                out.add(s.get());
            }
        }
        return out;
    }

    private Optional<Shown> shown(ReviewStore.CardRow c) {
        CourseModule module = catalogue.module(c.moduleId()).orElse(null);
        Quiz quiz = module == null ? null : module.publishedQuiz().orElse(null);
        Question question = quiz == null ? null : quiz.question(c.questionId()).orElse(null);
        return question == null ? Optional.empty() : Optional.of(new Shown(c, module, quiz, question));
    }

    private boolean isLocked(String moduleId) {
        ModuleGate g = gate.getIfAvailable();
        return g != null && g.lockedReason(moduleId).isPresent();
    }

    /** The card, locked, if it is the signed-in user's, active, due and in a module open to them. */
    private ReviewStore.CardRow ownDue(ReviewCardId id) {
        ReviewStore.CardRow card = store.lock(id.value()).orElseThrow(() -> new AccessDeniedException("no such review card"));
        currentUser.requireOwner(card.userId(), "review card");
        if (card.retired()) {
            throw new ReviewException(Message.of("review.error.retired"));
        }
        if (isLocked(card.moduleId())) {
            throw new ReviewException(Message.of("review.error.module-locked"));
        }
        if (card.dueOn().isAfter(today())) {
            throw new ReviewException(Message.of("review.error.not-due", card.dueOn()));
        }
        return card;
    }

    private int elapsed(ReviewStore.CardRow card) {
        return card.lastReviewOn() == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(card.lastReviewOn(), today()));
    }

    private UnaryOperator<String> render(Shown s) {
        return md -> catalogue.renderFragment(s.module().id(), s.quiz().sourceFile(), md).html();
    }

    private long me() {
        return currentUser.require().id().value();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Days in a row with a review, ending today, or yesterday when today has none yet. */
    static int streak(Set<LocalDate> days, LocalDate today) {
        LocalDate d = days.contains(today) ? today : today.minusDays(1);
        int n = 0;
        while (days.contains(d)) {
            n++;
            d = d.minusDays(1);
        }
        return n;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}

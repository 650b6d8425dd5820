package org.sotcourseware.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

import org.sotcourseware.quiz.QuestionResult;
import org.sotcourseware.quiz.QuizAttemptSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the questions a student got wrong or partly right in a submitted attempt into review cards, due the
 * next day. Runs in the submitting transaction (decision 009), so the attempt and its cards commit together;
 * it reads only the event and never changes the attempt. A card that exists stays as it is, except that one
 * due later (or retired) comes back the next day: missing the question again says the memory failed.
 */
@Component
class MissedQuestions {

    private final ReviewStore store;
    private final Clock clock;

    MissedQuestions(ReviewStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @EventListener
    void on(QuizAttemptSubmitted e) {
        var missed = e.results().stream()
                .filter(r -> r.correctness() == QuestionResult.Correctness.WRONG || r.correctness() == QuestionResult.Correctness.PARTIAL)
                .map(QuestionResult::questionId).toList();
        LocalDate day = LocalDate.ofInstant(e.submittedAt(), clock.getZone());
        record(e.userId().value(), e.moduleId(), e.quizId(), missed, day.plusDays(1), ReviewStore.MISSED, clock.instant());
    }

    /** Puts the questions in the user's review, due on {@code dueOn} at the latest. */
    void record(long userId, String moduleId, String quizId, Collection<String> questionIds, LocalDate dueOn, String origin, Instant at) {
        for (String questionId : questionIds) {
            var card = store.find(userId, moduleId, questionId);
            if (card.isEmpty()) {
                store.insert(userId, moduleId, quizId, questionId, origin, at, dueOn);
            } else if (card.get().retired() || card.get().dueOn().isAfter(dueOn)) {
                store.reactivate(card.get().id(), dueOn);
            }
        }
    }
}

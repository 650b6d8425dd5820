package org.sotcourseware.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sotcourseware.base.DemoProperties;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Quiz;
import org.sotcourseware.quiz.QuizReadModel;
import org.sotcourseware.quiz.QuizService;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.DemoSignIn;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: the demo student's first Foundations attempt (made by the progress feature's demo data) left
 * questions unanswered, so the review page has something real to show: up to four of those questions go into
 * their review, due today. Runs once: only while the demo student has no review cards.
 */
@Component
@Order(20)
class DemoReview implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReview.class);
    static final int CARDS = 4;

    private final DemoProperties demo;
    private final TransactionTemplate transactions;
    private final DemoSignIn signIn;
    private final CurrentUser currentUser;
    private final QuizService quizzes;
    private final CatalogueService catalogue;
    private final ReviewStore store;
    private final MissedQuestions cards;
    private final Clock clock;

    DemoReview(DemoProperties demo, PlatformTransactionManager transactionManager, DemoSignIn signIn, CurrentUser currentUser, QuizService quizzes,
               CatalogueService catalogue, ReviewStore store, MissedQuestions cards, Clock clock) {
        this.demo = demo;
        this.transactions = new TransactionTemplate(transactionManager);
        this.signIn = signIn;
        this.currentUser = currentUser;
        this.quizzes = quizzes;
        this.catalogue = catalogue;
        this.store = store;
        this.cards = cards;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || catalogue.module("foundations").flatMap(CourseModule::publishedQuiz).isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            try {
                signIn.as("student");
                seed();
            } finally {
                signIn.signOut();
            }
        });
    }

    private void seed() {
        long me = currentUser.require().id().value();
        if (!store.cards(me).isEmpty()) {
            return;
        }
        Quiz quiz = catalogue.module("foundations").flatMap(CourseModule::publishedQuiz).orElseThrow();
        var attempt = quizzes.overview("foundations").flatMap(o -> o.history().stream().filter(QuizReadModel.AttemptSummary::submitted).findFirst());
        if (attempt.isEmpty()) {
            return;
        }
        List<String> missed = quizzes.result(attempt.get().id()).items().stream().filter(i -> i.points() < i.maxPoints())
                .map(i -> i.question().id()).limit(CARDS).toList();
        cards.record(me, "foundations", quiz.id(), missed, LocalDate.now(clock), ReviewStore.MISSED, clock.instant());
        log.info("Demo mode: put {} missed Foundations questions in the demo student's review, due today", missed.size());
    }
}

package org.sotcourseware.progress;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sotcourseware.base.DemoProperties;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.Quiz;
import org.sotcourseware.quiz.Answer;
import org.sotcourseware.quiz.QuizService;
import org.sotcourseware.quiz.QuizViews;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo mode: gives the demo student a start (three Foundations lessons read and a first, not yet passing
 * Foundations quiz attempt), made through the real services as that student, so the dashboard and the
 * staff screens show real figures on first run. Runs once: only while the demo student has no activity.
 */
@Component
@Order(10)
class DemoActivity implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoActivity.class);

    private final DemoProperties demo;
    private final JdbcClient jdbc;
    private final UserDetailsService users;
    private final ObjectProvider<SecurityContextHolderStrategy> strategy;
    private final ProgressService progress;
    private final QuizService quizzes;
    private final CatalogueService catalogue;

    DemoActivity(DemoProperties demo, JdbcClient jdbc, UserDetailsService users, ObjectProvider<SecurityContextHolderStrategy> strategy,
                 ProgressService progress, QuizService quizzes, CatalogueService catalogue) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.users = users;
        this.strategy = strategy;
        this.progress = progress;
        this.quizzes = quizzes;
        this.catalogue = catalogue;
    }

    @Override
    public void run(ApplicationArguments args) {
        var foundations = catalogue.module("foundations").orElse(null);
        if (!demo.enabled() || foundations == null || foundations.publishedQuiz().isEmpty()) {
            return; // not demo mode, or a content folder without the Foundations module
        }
        Integer activity = jdbc.sql("select count(*) from learning_activity a join app_user u on u.id = a.user_id where u.username = 'student'")
                .query(Integer.class).single();
        if (activity > 0) {
            return;
        }
        SecurityContextHolderStrategy holder = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        UserDetails student = users.loadUserByUsername("student");
        var ctx = holder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(student, null, student.getAuthorities()));
        holder.setContext(ctx);
        try {
            foundations.publishedLessons().stream().limit(3).forEach(l -> progress.markRead("foundations", l.id()));
            Quiz quiz = foundations.publishedQuiz().orElseThrow();
            long attempt = quizzes.startOrResume("foundations");
            List<QuizViews.PresentedQuestion> questions = quizzes.session(attempt).questions();
            // a plausible first attempt: the first half answered correctly, the rest left for later
            for (QuizViews.PresentedQuestion pq : questions.subList(0, questions.size() / 2)) {
                Question q = quiz.question(pq.id()).orElseThrow();
                if (q.type().isChoice()) {
                    Set<String> ids = new LinkedHashSet<>(q.correctOptions().stream().map(Question.Option::id).toList());
                    quizzes.saveAnswer(attempt, q.id(), new Answer.Choice(ids));
                }
            }
            quizzes.submit(attempt);
            log.info("Demo mode: gave the demo student a start in Foundations");
        } finally {
            holder.clearContext();
        }
    }
}

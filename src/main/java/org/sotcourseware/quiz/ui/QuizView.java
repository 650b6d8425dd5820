package org.sotcourseware.quiz.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sotcourseware.base.NotFound;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Breadcrumbs;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.base.ui.Places;
import org.sotcourseware.content.CoursePlace;
import org.sotcourseware.quiz.QuizException;
import org.sotcourseware.quiz.QuizService;
import org.sotcourseware.quiz.QuizReadModel;

/** A module's quiz: what it is, the student's attempts and grade, and the way in. */
@Route("modules/:moduleId/quiz")
@PermitAll
class QuizView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizService quizzes;
    private final Places places;
    private String title = "Quiz";

    public QuizView(QuizService quizzes, Places places) {
        this.quizzes = quizzes;
        this.places = places;
        addClassName("page");
        addClassName("quiz-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QuizReadModel.Overview o = quizzes.overview(event.getRouteParameters().get("moduleId").orElse(""))
                .orElseThrow(() -> new NotFound("This module has no quiz yet."));
        title = o.quizTitle();
        build(o);
    }

    private void build(QuizReadModel.Overview o) {
        removeAll();
        add(new Breadcrumbs().link("Modules", places.of(new CoursePlace.Catalogue()))
                .link(o.moduleTitle(), places.of(new CoursePlace.ModulePage(o.moduleId()))).current("Quiz"));
        if (!o.canStart() && o.lockedReason() != null) {
            // the same panel a locked lesson or case shows, instead of a start button that could only fail
            Div lock = new Div();
            lock.addClassName("status-card");
            lock.addClassName("lock-card");
            var back = places.link(new CoursePlace.ModulePage(o.moduleId()), "Back to " + o.moduleTitle());
            back.addClassName("button-link");
            lock.add(new H1(o.quizTitle()), new Paragraph(o.lockedReason()), new Div(back));
            add(lock);
            return;
        }

        Div hero = new Div();
        hero.addClassName("module-hero");
        Span eyebrow = new Span("Module quiz");
        eyebrow.addClassName("eyebrow");
        hero.add(eyebrow, new H1(o.quizTitle()));
        if (!o.introHtml().isBlank()) {
            Div intro = new Div(new Html(o.introHtml()));
            intro.addClassName("quiz-intro");
            hero.add(intro);
        }
        Div facts = new Div();
        facts.addClassName("fact-row");
        facts.add(fact(o.questionsPerAttempt() + " questions"), fact("Pass mark " + o.passMark() + "%"),
                fact(o.attemptsAllowed() == null ? "Unlimited attempts" : o.attemptsUsed() + " of " + o.attemptsAllowed() + " attempts used"),
                fact(o.timeLimitMinutes() == null ? "No time limit" : "Time limit " + o.timeLimitMinutes() + " min"),
                fact(QuizParts.feedbackMode(o.feedback())));
        hero.add(facts);

        Div actions = new Div();
        actions.addClassName("quiz-actions");
        if (o.canStart()) {
            Button start = new Button(o.inProgressAttemptId() != null ? "Continue your attempt" : o.attemptsUsed() == 0 ? "Start the quiz" : "Start a new attempt",
                    e -> start(o.moduleId()));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            start.addClassName("quiz-start");
            actions.add(start);
        } else {
            Paragraph none = new Paragraph("You have used all your attempts at this quiz.");
            none.addClassName("quiz-no-attempts");
            actions.add(none);
        }
        hero.add(actions);
        add(hero);

        Div grade = new Div();
        grade.addClassName("side-box");
        grade.addClassName("quiz-grade");
        if (o.grade() == null) {
            grade.add(new Span("No grade yet: submit an attempt to get one."));
        } else {
            Span g = new Span("Your grade: " + QuizParts.percent(o.grade()));
            g.addClassName("quiz-grade-value");
            grade.add(g, QuizParts.passBadge(o.passed()), new Span(" (" + QuizParts.grading(o.grading()) + ")"));
        }
        add(grade);

        H2 historyTitle = new H2("Your attempts");
        historyTitle.addClassName("section-title");
        add(historyTitle);
        if (o.history().isEmpty()) {
            Paragraph empty = PageParts.empty("You have not taken this quiz yet.");
            add(empty);
        } else {
            Div list = new Div();
            list.addClassName("attempt-list");
            for (QuizReadModel.AttemptSummary a : o.history().reversed()) {
                Div row = new Div();
                row.addClassName("attempt-row");
                Span n = new Span("Attempt " + a.number());
                n.addClassName("attempt-number");
                Span when = new Span(a.submitted() ? "Submitted " + QuizParts.when(a.submittedAt()) : "Started " + QuizParts.when(a.startedAt()));
                when.addClassName("attempt-when");
                Span score = new Span(a.submitted() ? QuizParts.percent(a.percent()) : "In progress");
                score.addClassName("attempt-score");
                var link = Links.to(QuizNavigation.attempt(o.moduleId(), a.id()), a.submitted() ? "Review" : "Continue");
                link.addClassName("attempt-link");
                row.add(n, when, score, QuizParts.passBadge(a.submitted() ? a.passed() : null), link);
                list.add(row);
            }
            add(list);
        }
    }

    private void start(String moduleId) {
        try {
            QuizNavigation.attempt(moduleId, quizzes.startOrResume(moduleId)).navigate();
        } catch (QuizException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static Span fact(String text) {
        Span s = new Span(text);
        s.addClassName("fact");
        return s;
    }

    @Override
    public String getPageTitle() {
        return title + " · SOT Courseware";
    }
}

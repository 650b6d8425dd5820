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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.NotFound;
import org.sotcourseware.base.Numbers;
import org.sotcourseware.base.ui.Toasts;
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
    private String title = "";

    public QuizView(QuizService quizzes, Places places) {
        this.quizzes = quizzes;
        this.places = places;
        addClassName("page");
        addClassName("quiz-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QuizReadModel.Overview o = quizzes.overview(event.getRouteParameters().get("moduleId").orElse(""))
                .orElseThrow(() -> new NotFound(Message.of("quiz.no-quiz-yet")));
        title = o.quizTitle();
        build(o);
    }

    private void build(QuizReadModel.Overview o) {
        removeAll();
        add(new Breadcrumbs().link(getTranslation("quiz.breadcrumb.modules"), places.of(new CoursePlace.Catalogue()))
                .link(o.moduleTitle(), places.of(new CoursePlace.ModulePage(o.moduleId()))).current(getTranslation("quiz.breadcrumb.quiz")));
        if (!o.canStart() && o.lockedReason() != null) {
            // the same panel a locked lesson or case shows, instead of a start button that could only fail
            Div lock = new Div();
            lock.addClassName("status-card");
            lock.addClassName("lock-card");
            var back = places.link(new CoursePlace.ModulePage(o.moduleId()), getTranslation("quiz.back-to-module", o.moduleTitle()));
            back.addClassName("button-link");
            lock.add(QuizParts.content(new H1(o.quizTitle())), new Paragraph(o.lockedReason().in(getLocale())), new Div(back));
            add(lock);
            return;
        }

        Div hero = new Div();
        hero.addClassName("module-hero");
        Span eyebrow = new Span(getTranslation("quiz.overview.eyebrow"));
        eyebrow.addClassName("eyebrow");
        hero.add(eyebrow, QuizParts.content(new H1(o.quizTitle())));
        if (!o.introHtml().isBlank()) {
            Div intro = QuizParts.content(new Div(new Html(o.introHtml())));
            intro.addClassName("quiz-intro");
            hero.add(intro);
        }
        Div facts = new Div();
        facts.addClassName("fact-row");
        facts.add(fact(getTranslation("quiz.overview.questions", o.questionsPerAttempt())),
                fact(getTranslation("quiz.overview.pass-mark", Numbers.percent(o.passMark(), 0, getLocale()))),
                fact(o.attemptsAllowed() == null ? getTranslation("quiz.overview.unlimited-attempts")
                        : getTranslation("quiz.overview.attempts-used", o.attemptsUsed(), o.attemptsAllowed())),
                fact(o.timeLimitMinutes() == null ? getTranslation("quiz.overview.no-time-limit")
                        : getTranslation("quiz.overview.time-limit", o.timeLimitMinutes())),
                fact(QuizParts.feedbackMode(o.feedback(), getLocale())));
        hero.add(facts);

        Div actions = new Div();
        actions.addClassName("quiz-actions");
        if (o.canStart()) {
            Button start = new Button(getTranslation(o.inProgressAttemptId() != null ? "quiz.overview.continue"
                    : o.attemptsUsed() == 0 ? "quiz.overview.start" : "quiz.overview.start-new"), e -> start(o.moduleId()));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            start.addClassName("quiz-start");
            actions.add(start);
        } else {
            Paragraph none = new Paragraph(getTranslation("quiz.overview.no-attempts-left"));
            none.addClassName("quiz-no-attempts");
            actions.add(none);
        }
        hero.add(actions);
        add(hero);

        Div grade = new Div();
        grade.addClassName("side-box");
        grade.addClassName("quiz-grade");
        if (o.grade() == null) {
            grade.add(new Span(getTranslation("quiz.overview.no-grade")));
        } else {
            Span g = new Span(getTranslation("quiz.overview.grade", QuizParts.percent(o.grade(), getLocale())));
            g.addClassName("quiz-grade-value");
            grade.add(g, QuizParts.passBadge(o.passed(), getLocale()), new Span(" (" + QuizParts.grading(o.grading(), getLocale()) + ")"));
        }
        add(grade);

        H2 historyTitle = new H2(getTranslation("quiz.overview.your-attempts"));
        historyTitle.addClassName("section-title");
        add(historyTitle);
        if (o.history().isEmpty()) {
            Paragraph empty = PageParts.empty(getTranslation("quiz.overview.no-attempts-yet"));
            add(empty);
        } else {
            Div list = new Div();
            list.addClassName("attempt-list");
            for (QuizReadModel.AttemptSummary a : o.history().reversed()) {
                Div row = new Div();
                row.addClassName("attempt-row");
                Span n = new Span(getTranslation("quiz.attempt.name", a.number()));
                n.addClassName("attempt-number");
                Span when = new Span(a.submitted() ? getTranslation("quiz.overview.submitted-at", QuizParts.when(a.submittedAt(), getLocale()))
                        : getTranslation("quiz.overview.started-at", QuizParts.when(a.startedAt(), getLocale())));
                when.addClassName("attempt-when");
                Span score = new Span(a.submitted() ? QuizParts.percent(a.percent(), getLocale()) : getTranslation("quiz.status.in-progress"));
                score.addClassName("attempt-score");
                var link = Links.to(QuizNavigation.attempt(o.moduleId(), a.id()),
                        getTranslation(a.submitted() ? "quiz.overview.review" : "quiz.overview.continue-attempt"));
                link.addClassName("attempt-link");
                row.add(n, when, score, QuizParts.passBadge(a.submitted() ? a.passed() : null, getLocale()), link);
                list.add(row);
            }
            add(list);
        }
    }

    private void start(String moduleId) {
        try {
            QuizNavigation.attempt(moduleId, quizzes.startOrResume(moduleId)).navigate();
        } catch (QuizException e) {
            Toasts.error(e);
        }
    }

    private static Span fact(String text) {
        Span s = new Span(text);
        s.addClassName("fact");
        return s;
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("quiz.breadcrumb.quiz") : title) + " · " + getTranslation("shell.product");
    }
}

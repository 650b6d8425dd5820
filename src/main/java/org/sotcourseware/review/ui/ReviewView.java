package org.sotcourseware.review.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.Places;
import org.sotcourseware.base.ui.Toasts;
import org.sotcourseware.content.CoursePlace;
import org.sotcourseware.quiz.Answer;
import org.sotcourseware.quiz.QuizException;
import org.sotcourseware.quiz.ui.QuestionParts;
import org.sotcourseware.review.Rating;
import org.sotcourseware.review.ReviewException;
import org.sotcourseware.review.ReviewReadModel;
import org.sotcourseware.review.ReviewService;

/**
 * Today's review: the figures (due today, streak, retention), then the due cards one at a time, each answered
 * with the quiz's own input, checked (the feedback and correct answer arrive only now), and rated
 * Again/Hard/Good/Easy with the rating the answer suggests marked, each with the interval it would give.
 */
@Route("review")
@PermitAll
class ReviewView extends Main implements HasDynamicTitle {

    private final ReviewService review;
    private final Places places;
    private final Clock clock;
    private final Div figures = new Div();
    private final Div body = new Div();
    /** What the last rating did, read out by screen readers; replaces a pile of notifications. */
    private final Span status = new Span();
    private @Nullable Answer answer;

    ReviewView(ReviewService review, Places places, Clock clock) {
        this.review = review;
        this.places = places;
        this.clock = clock;
        addClassNames("page", "review-page");
        Span eyebrow = PageParts.classed(new Span(getTranslation("review.eyebrow")), "eyebrow");
        add(eyebrow, new H1(getTranslation("review.title")), PageParts.lead(getTranslation("review.lead")));
        figures.addClassName("review-figures");
        body.addClassName("review-body");
        status.addClassName("review-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(figures, status, body);
        showNext();
    }

    private void showFigures() {
        ReviewReadModel.Summary s = review.summary();
        figures.removeAll();
        Locale locale = getLocale();
        Div due = PageParts.stat(String.valueOf(s.dueToday()), getTranslation("review.figures.due-today"));
        due.getElement().setAttribute("data-due", String.valueOf(s.dueToday()));
        Div streak = PageParts.stat(ReviewParts.days(s.streakDays(), locale),
                getTranslation(s.reviewedToday() ? "review.figures.streak-today-done" : "review.figures.streak"));
        streak.getElement().setAttribute("data-streak", String.valueOf(s.streakDays()));
        figures.add(due, streak, PageParts.stat(ReviewParts.percent(s.retention30(), locale), getTranslation("review.figures.retention")),
                PageParts.stat(ReviewParts.percent(s.predictedRecall(), locale), getTranslation("review.figures.predicted-recall")),
                PageParts.stat(ReviewParts.cards(s.activeCards(), locale), s.retiredCards() > 0
                        ? getTranslation("review.figures.in-review-retired", s.retiredCards()) : getTranslation("review.figures.in-review")));
        figures.getElement().setAttribute("title", getTranslation("review.figures.reviews-30", s.reviews30()));
    }

    private void showNext() {
        showFigures();
        body.removeAll();
        answer = null;
        review.next().ifPresentOrElse(this::showCard, this::showDone);
    }

    private void showDone() {
        ReviewReadModel.Summary s = review.summary();
        Div done = PageParts.classed(new Div(), "review-done");
        LocalDate today = LocalDate.now(clock);
        String next = s.nextDue() == null ? getTranslation("review.done.empty")
                : getTranslation("review.done.next-due", ReviewParts.date(s.nextDue(), today));
        done.add(PageParts.empty(getTranslation(s.reviewedToday() ? "review.done.all-done" : "review.done.nothing-due") + " " + next));
        var modules = places.link(new CoursePlace.Catalogue(), getTranslation("review.done.modules"));
        modules.addClassName("button-link");
        done.add(modules);
        body.add(done);
    }

    private void showCard(ReviewReadModel.Card card) {
        Div box = PageParts.classed(new Div(), "question-card");
        box.addClassName("review-question");
        box.getElement().setAttribute("data-question", card.question().id()).setAttribute("data-card", String.valueOf(card.id().value()));
        Span eyebrow = PageParts.classed(new Span(getTranslation("review.card.eyebrow", card.moduleTitle(),
                Message.of(card.missedInQuiz() ? "review.card.missed" : "review.card.added"), card.dueLeft(), QuestionParts.type(card.question()))),
                "eyebrow");
        Div prompt = QuestionParts.content(PageParts.classed(new Div(new Html(card.question().promptHtml())), "question-prompt"));
        Div input = PageParts.classed(new Div(QuestionParts.input(card.question(), null, false, a -> answer = a)), "question-input");
        Div tools = PageParts.classed(new Div(), "question-tools");
        Div after = new Div();
        Button check = new Button(getTranslation("review.card.check"));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClassName("review-check");
        check.addClickListener(e -> check(card, input, check, after));
        tools.add(check);
        box.add(eyebrow, prompt, input, tools, after);
        body.add(box);
    }

    private void check(ReviewReadModel.Card card, Div input, Button check, Div after) {
        if (answer == null || answer.isEmpty()) {
            Toasts.error(getTranslation("review.error.answer-first"));
            return;
        }
        ReviewReadModel.Checked checked;
        try {
            checked = review.check(card.id(), Objects.requireNonNull(answer));
        } catch (ReviewException | QuizException e) {
            Toasts.error(e);
            return;
        }
        check.setVisible(false);
        input.removeAll();
        input.add(QuestionParts.input(card.question(), answer, true, a -> { }));
        after.removeAll();
        after.add(QuestionParts.feedback(checked.feedback()), ratings(card, checked));
    }

    private Component ratings(ReviewReadModel.Card card, ReviewReadModel.Checked checked) {
        Div box = PageParts.classed(new Div(), "review-rating");
        Locale locale = getLocale();
        box.add(PageParts.classed(new Paragraph(getTranslation("review.rate.hint", ReviewParts.rating(checked.suggested(), locale))),
                "review-rating-hint"));
        Div buttons = PageParts.classed(new Div(), "review-rating-buttons");
        for (Rating r : Rating.values()) {
            int days = checked.intervals().get(r);
            Button b = new Button(ReviewParts.rating(r, locale) + " · " + ReviewParts.days(days, locale), e -> rate(card, r));
            b.addClassName("review-rate");
            b.getElement().setAttribute("data-rating", r.name());
            b.setAriaLabel(getTranslation(r == checked.suggested() ? "review.rate.aria-suggested" : "review.rate.aria",
                    ReviewParts.rating(r, locale), days));
            if (r == checked.suggested()) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                b.addClassName("suggested");
            }
            buttons.add(b);
        }
        box.add(buttons);
        return box;
    }

    private void rate(ReviewReadModel.Card card, Rating rating) {
        try {
            ReviewReadModel.Rated rated = review.rate(card.id(), rating);
            status.setText(getTranslation("review.rate.done", ReviewParts.rating(rating, getLocale()), rated.intervalDays()));
        } catch (ReviewException e) {
            Toasts.error(e);
        }
        showNext();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " · " + getTranslation("shell.product");
    }
}

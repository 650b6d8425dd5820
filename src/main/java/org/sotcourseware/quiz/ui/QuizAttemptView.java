package org.sotcourseware.quiz.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.Numbers;
import org.sotcourseware.base.ReviewQueue;
import org.sotcourseware.base.ui.Toasts;
import org.sotcourseware.base.ui.Breadcrumbs;
import org.sotcourseware.base.ui.Focus;
import org.sotcourseware.base.ui.Links;
import org.sotcourseware.base.ui.Places;
import org.sotcourseware.content.CoursePlace;
import org.sotcourseware.content.QuizSettings;
import org.sotcourseware.quiz.Answer;
import org.sotcourseware.quiz.AttemptId;
import org.sotcourseware.quiz.QuestionResult;
import org.sotcourseware.quiz.QuizException;
import org.sotcourseware.quiz.QuizService;
import org.sotcourseware.quiz.QuizReadModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/**
 * Taking an attempt (one question at a time, a progress bar, a question palette, answers saved as they
 * change) and, once submitted, its result and review.
 */
@Route("modules/:moduleId/quiz/attempt/:attemptId")
@PermitAll
class QuizAttemptView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizService quizzes;
    private final Places places;
    private QuizReadModel.@Nullable Session session;
    /** The answers as saved: the view's own copy, kept in step with each save (nothing is read back). */
    private final Map<String, Answer> answers = new HashMap<>();
    private int index;
    private String title = "";
    private final Span saved = new Span();
    private final ProgressBar bar = new ProgressBar();
    private final Span progressText = new Span();
    private final List<Button> paletteButtons = new ArrayList<>();
    /** The heading of the question on screen (focus goes there after a move). */
    private @Nullable H2 heading;

    private final ObjectProvider<ReviewQueue> reviewQueue;

    public QuizAttemptView(QuizService quizzes, Places places, ObjectProvider<ReviewQueue> reviewQueue) {
        this.quizzes = quizzes;
        this.places = places;
        this.reviewQueue = reviewQueue;
        addClassName("page");
        addClassName("attempt-page");
        saved.addClassName("save-state");
        saved.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String moduleId = event.getRouteParameters().get("moduleId").orElse("");
        AttemptId attemptId;
        try {
            attemptId = new AttemptId(Long.parseLong(event.getRouteParameters().get(QuizNavigation.ATTEMPT_ID).orElse("")));
            session = quizzes.session(attemptId);
        } catch (NumberFormatException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("quiz.attempt.not-found"));
            return;
        }
        if (!session.moduleId().equals(moduleId)) {
            event.rerouteToError(NotFoundException.class, getTranslation("quiz.attempt.not-found"));
            return;
        }
        title = session.quizTitle();
        answers.clear();
        answers.putAll(session.answers());
        if (session.submitted()) {
            showResult(quizzes.result(attemptId));
        } else {
            index = firstUnanswered();
            showQuestion(false);
        }
    }

    private QuizReadModel.Session s() {
        return Objects.requireNonNull(session);
    }

    private int firstUnanswered() {
        List<QuizReadModel.PresentedQuestion> qs = s().questions();
        for (int i = 0; i < qs.size(); i++) {
            if (!answers.containsKey(qs.get(i).id()) && !s().checked().containsKey(qs.get(i).id())) {
                return i;
            }
        }
        return 0;
    }

    // ---------- taking ----------

    /** Shows the current question; after the student moved to it ({@code moveFocus}) focus goes to its heading. */
    private void showQuestion(boolean moveFocus) {
        removeAll();
        QuizReadModel.Session st = s();
        add(breadcrumbs(st.moduleId(), st.moduleTitle(), st.number()));

        Div header = new Div();
        header.addClassName("attempt-header");
        H1 h = QuizParts.content(new H1(st.quizTitle()));
        h.addClassName("attempt-title");
        Div top = new Div(h);
        top.addClassName("attempt-top");
        if (st.deadline() != null) {
            top.add(timer(st.deadline()));
        }
        Button submit = new Button(getTranslation("quiz.attempt.submit"), e -> confirmSubmit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("attempt-submit");
        top.add(submit);
        header.add(top);

        int total = st.questions().size();
        bar.setMin(0);
        bar.setMax(Math.max(1, total));
        bar.addClassName("attempt-progress");
        progressText.addClassName("attempt-progress-text");
        updateProgress();
        Div progress = new Div(bar, progressText, saved);
        progress.addClassName("attempt-progress-row");
        header.add(progress, palette());
        add(header);

        QuizReadModel.PresentedQuestion q = st.questions().get(index);
        Div card = new Div();
        card.addClassName("question-card");
        card.getElement().setAttribute("data-question", q.id()); // an id, not a key: lets tests and analytics find it
        H2 number = new H2(getTranslation("quiz.question.heading", q.number(), total, q.points(), QuizParts.type(q.type())));
        number.addClassName("eyebrow");
        number.addClassName("question-heading");
        heading = number;
        if (moveFocus) {
            Focus.heading(number);
        }
        Div prompt = QuizParts.content(new Div(new Html(q.promptHtml())));
        prompt.addClassName("question-prompt");
        QuizReadModel.Feedback checked = st.checked().get(q.id());
        Component input = AnswerInput.create(q, answers.get(q.id()), checked != null, answer -> save(q, answer));
        Div inputWrap = new Div(input);
        inputWrap.addClassName("question-input");
        card.add(number, prompt, inputWrap);

        Div tools = new Div();
        tools.addClassName("question-tools");
        if (q.hasHint()) {
            Div hintBox = new Div();
            hintBox.addClassName("hint-box");
            QuizParts.content(hintBox);
            Button hint = new Button(getTranslation("quiz.question.show-hint"), e -> {
                quizzes.hint(st.attemptId(), q.id()).ifPresent(html -> hintBox.add(new Html(html)));
                e.getSource().setEnabled(false);
            });
            hint.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            tools.add(hint);
            card.add(hintBox);
        }
        if (st.feedbackMode() == QuizSettings.FeedbackMode.AFTER_EACH && checked == null) {
            Button check = new Button(getTranslation("quiz.question.check"), e -> check(q));
            check.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            tools.add(check);
        }
        card.add(tools);
        if (checked != null) {
            card.add(QuizParts.feedbackBox(checked, getLocale()));
            ReviewQueue queue = reviewQueue.getIfAvailable();
            if (queue != null) {
                Button add = reviewButton(queue, st.attemptId(), q, queue.queued(st.moduleId()).contains(q.id()));
                add.setText(getTranslation(add.isEnabled() ? "quiz.review.add" : "quiz.review.in-review"));
                card.add(QuizParts.div("add-to-review", add));
            }
        }
        add(card);

        Div nav = new Div();
        nav.addClassName("question-nav");
        Button prev = new Button(getTranslation("quiz.attempt.previous"), e -> go(index - 1));
        prev.setEnabled(index > 0);
        Button next = index < total - 1 ? new Button(getTranslation("quiz.attempt.next"), e -> go(index + 1))
                : new Button(getTranslation("quiz.attempt.review-and-submit"), e -> confirmSubmit());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        nav.add(prev, next);
        add(nav);
    }

    private Component palette() {
        Nav palette = new Nav();
        palette.addClassName("question-palette");
        palette.getElement().setAttribute("aria-label", getTranslation("quiz.attempt.palette"));
        List<QuizReadModel.PresentedQuestion> qs = s().questions();
        paletteButtons.clear();
        for (int i = 0; i < qs.size(); i++) {
            int target = i;
            Button b = new Button(String.valueOf(i + 1), e -> go(target));
            b.addClassName("palette-item");
            if (i == index) {
                b.addClassName("current");
                b.getElement().setAttribute("aria-current", "step");
            }
            paletteButtons.add(b);
            markAnswered(i);
            palette.add(b);
        }
        return palette;
    }

    /** Shows whether question {@code i} is answered on its palette button, changing only that button. */
    private void markAnswered(int i) {
        boolean answered = answers.containsKey(s().questions().get(i).id());
        Button b = paletteButtons.get(i);
        b.setClassName("answered", answered);
        b.setAriaLabel(getTranslation(answered ? "quiz.attempt.palette-answered" : "quiz.attempt.palette-unanswered", i + 1));
    }

    private Component timer(Instant deadline) {
        Span t = new Span();
        t.addClassName("attempt-timer");
        t.getElement().setAttribute("aria-live", "off");
        // the server enforces the limit; this only shows it, and reloads at zero so the server can close the attempt
        t.getElement().executeJs("""
                const end = $0; const el = this; const label = $1;
                const tick = () => { const s = Math.max(0, Math.round((end - Date.now()) / 1000));
                  el.textContent = label + ' ' + Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
                  if (s === 0) { clearInterval(el._t); setTimeout(() => location.reload(), 1500); } };
                clearInterval(el._t); el._t = setInterval(tick, 1000); tick();""", deadline.toEpochMilli(),
                getTranslation("quiz.attempt.time-left"));
        return t;
    }

    private void go(int target) {
        int to = Math.max(0, Math.min(target, s().questions().size() - 1));
        if (to == index && heading != null) {
            Focus.heading(heading); // the question already shown: nothing is rebuilt under the student's next click
            return;
        }
        index = to;
        showQuestion(true);
    }

    private void save(QuizReadModel.PresentedQuestion q, Answer answer) {
        try {
            quizzes.saveAnswer(s().attemptId(), q.id(), answer);
            if (answer.isEmpty()) {
                answers.remove(q.id());
            } else {
                answers.put(q.id(), answer);
            }
            saved.setText(getTranslation("quiz.attempt.saved"));
            markAnswered(q.number() - 1);
            updateProgress();
        } catch (QuizException e) {
            Toasts.error(e);
            reload();
        }
    }

    /** The progress bar and its text, updated in place (the question and its input stay, so focus does too). */
    private void updateProgress() {
        int total = s().questions().size();
        long answered = s().questions().stream().filter(q -> answers.containsKey(q.id())).count();
        bar.setValue(answered);
        bar.getElement().setAttribute("aria-label", getTranslation("quiz.attempt.progress-label", answered, total));
        progressText.setText(getTranslation("quiz.attempt.progress", answered, total));
    }

    private void check(QuizReadModel.PresentedQuestion q) {
        try {
            quizzes.check(s().attemptId(), q.id());
            reload();
        } catch (QuizException e) {
            Toasts.error(e);
        }
    }

    private void confirmSubmit() {
        List<QuizReadModel.PresentedQuestion> unanswered = s().questions().stream().filter(q -> !answers.containsKey(q.id())).toList();
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("quiz.submit.title"));
        d.addClassName("submit-dialog");
        if (unanswered.isEmpty()) {
            d.add(new Paragraph(getTranslation("quiz.submit.all-answered", s().questions().size())));
        } else {
            Paragraph p = new Paragraph(getTranslation("quiz.submit.unanswered", unanswered.size()));
            Div links = new Div();
            links.addClassName("unanswered-list");
            for (QuizReadModel.PresentedQuestion q : unanswered) {
                Button b = new Button(getTranslation("quiz.question.name", q.number()), e -> {
                    d.close();
                    go(q.number() - 1);
                });
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                links.add(b);
            }
            d.add(p, links, new Paragraph(getTranslation("quiz.submit.unanswered-score-zero")));
        }
        Button cancel = new Button(getTranslation("quiz.submit.keep-working"), e -> d.close());
        Button submit = new Button(getTranslation("quiz.submit.now"), e -> {
            e.getSource().setEnabled(false); // the server is idempotent too; this only avoids a second request
            d.close();
            submit();
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("confirm-submit");
        d.getFooter().add(cancel, submit);
        d.open();
    }

    private void submit() {
        try {
            showResult(quizzes.submit(s().attemptId()));
        } catch (QuizException e) {
            Toasts.error(e);
            reload();
        }
    }

    private void reload() {
        session = quizzes.session(s().attemptId());
        answers.clear();
        answers.putAll(s().answers());
        if (s().submitted()) {
            showResult(quizzes.result(s().attemptId()));
        } else {
            showQuestion(true);
        }
    }

    // ---------- result ----------

    private void showResult(QuizReadModel.Result r) {
        removeAll();
        heading = null;
        add(breadcrumbs(r.moduleId(), r.moduleTitle(), r.attempt().number()));
        Div card = new Div();
        card.addClassName("result-card");
        boolean passed = Boolean.TRUE.equals(r.attempt().passed());
        card.addClassName(passed ? "result-passed" : "result-failed");
        Span eyebrow = new Span(getTranslation("quiz.result.eyebrow", r.attempt().number(), QuizParts.when(r.attempt().submittedAt(), getLocale())));
        eyebrow.addClassName("eyebrow");
        H1 score = new H1(QuizParts.percent(r.attempt().percent(), getLocale()));
        score.addClassName("result-score");
        Paragraph detail = new Paragraph(getTranslation("quiz.result.detail", r.score(), r.maxScore(),
                Numbers.percent(r.passMark(), 0, getLocale())));
        card.add(eyebrow, new Div(score, QuizParts.passBadge(passed, getLocale())), detail,
                new Paragraph(passed ? getTranslation("quiz.result.passed", r.quizTitle()) : getTranslation("quiz.result.not-passed")));
        Div actions = new Div();
        actions.addClassName("result-actions");
        var back = Links.to(QuizNavigation.quiz(r.moduleId()), getTranslation("quiz.result.back-to-quiz"));
        back.addClassName("button-link");
        var module = places.link(new CoursePlace.ModulePage(r.moduleId()), getTranslation("quiz.back-to-module", r.moduleTitle()));
        actions.add(back, module);
        card.add(actions);
        add(card);

        H2 review = new H2(getTranslation("quiz.result.review"));
        review.addClassName("section-title");
        add(review);
        if (!r.feedbackVisible()) {
            Paragraph hidden = new Paragraph(getTranslation("quiz.result.feedback-hidden"));
            hidden.addClassName("empty-state");
            add(hidden);
        }
        if (!r.items().isEmpty()) {
            add(new Html(QuizParts.reviewHtml(r.items(), getLocale())));
        }
        ReviewQueue queue = reviewQueue.getIfAvailable();
        if (queue != null && r.feedbackVisible() && !r.items().isEmpty()) {
            add(addToReview(queue, r));
        }
    }

    /** "Add to review" for each question (after its feedback is shown); missed ones are in the review already. */
    private Component addToReview(ReviewQueue queue, QuizReadModel.Result r) {
        Div box = new Div();
        box.addClassName("add-to-review");
        box.add(new H2(getTranslation("quiz.review.title")));
        box.add(new Paragraph(getTranslation("quiz.review.text")));
        java.util.Set<String> queued = queue.queued(r.moduleId());
        Div buttons = new Div();
        buttons.addClassName("add-to-review-buttons");
        for (QuizReadModel.ReviewItem item : r.items()) {
            buttons.add(reviewButton(queue, r.attempt().id(), item.question(), queued.contains(item.question().id())));
        }
        box.add(buttons);
        return box;
    }

    /** "Add to review" for one question whose feedback the student has seen; says so once it is in review. */
    private static Button reviewButton(ReviewQueue queue, AttemptId attempt, QuizReadModel.PresentedQuestion q, boolean queued) {
        Locale locale = Locales.current();
        String inReview = QuizParts.t(locale, "quiz.review.question-in-review", q.number());
        Button b = new Button(queued ? inReview : QuizParts.t(locale, "quiz.question.name", q.number()));
        b.addClassName("add-to-review-button");
        b.getElement().setAttribute("data-question", q.id());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.setEnabled(!queued);
        b.setAriaLabel(QuizParts.t(locale, "quiz.review.add-question", q.number()));
        b.addClickListener(e -> {
            try {
                queue.add(attempt.value(), q.id());
                b.setText(inReview);
                b.setEnabled(false);
            } catch (RuntimeException ex) {
                Toasts.error(ex);
            }
        });
        return b;
    }

    private Breadcrumbs breadcrumbs(String moduleId, String moduleTitle, int attemptNumber) {
        return new Breadcrumbs().link(getTranslation("quiz.breadcrumb.modules"), places.of(new CoursePlace.Catalogue()))
                .link(moduleTitle, places.of(new CoursePlace.ModulePage(moduleId)))
                .link(getTranslation("quiz.breadcrumb.quiz"), QuizNavigation.quiz(moduleId))
                .current(getTranslation("quiz.attempt.name", attemptNumber));
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("quiz.breadcrumb.quiz") : title) + " · " + getTranslation("shell.product");
    }
}

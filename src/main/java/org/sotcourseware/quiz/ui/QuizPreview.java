package org.sotcourseware.quiz.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.Numbers;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.Quiz;
import org.sotcourseware.quiz.Answer;
import org.sotcourseware.quiz.QuizPresentation;
import org.sotcourseware.quiz.QuizReadModel;
import org.springframework.modulith.NamedInterface;

/**
 * A quiz as students get it, for authors: every question with the real answer input, and a "Check" that
 * grades the author's answer with the real grader and shows the feedback, correct answer and explanation a
 * student would see. Nothing is stored.
 */
@NamedInterface("preview")
public class QuizPreview extends Div {

    public QuizPreview(Quiz quiz, UnaryOperator<String> html) {
        addClassName("quiz-preview");
        Locale locale = Locales.current();
        Span eyebrow = new Span(QuizParts.t(locale, "quiz.preview.eyebrow"));
        eyebrow.addClassName("eyebrow");
        add(eyebrow, QuizParts.content(new H2(quiz.title())));
        Integer attempts = quiz.settings().attempts();
        Integer minutes = quiz.settings().timeLimitMinutes();
        add(new Paragraph(QuizParts.t(locale, "quiz.preview.settings", quiz.questionsPerAttempt(), quiz.questions().size(),
                Numbers.percent(quiz.settings().passMark(), 0, locale),
                attempts == null ? Message.of("quiz.preview.unlimited-attempts") : Message.of("quiz.preview.attempts", attempts),
                QuizParts.feedbackMode(quiz.settings().feedback(), locale))
                + (minutes == null ? "" : " · " + QuizParts.t(locale, "quiz.preview.minutes", minutes))));
        if (!quiz.intro().isBlank()) {
            add(QuizParts.content(QuizParts.div("quiz-intro", new Html(html.apply(quiz.intro())))));
        }
        List<QuizReadModel.PresentedQuestion> presented = QuizPresentation.preview(quiz, html);
        for (int i = 0; i < presented.size(); i++) {
            add(card(quiz.questions().get(i), presented.get(i), presented.size(), html));
        }
    }

    private static Div card(Question q, QuizReadModel.PresentedQuestion p, int total, UnaryOperator<String> html) {
        Div card = new Div();
        card.addClassName("question-card");
        card.getElement().setAttribute("data-question", q.id());
        Locale locale = Locales.current();
        Span number = new Span(QuizParts.t(locale, "quiz.question.heading", p.number(), total, p.points(), QuizParts.type(q.type()))
                + " · " + q.id());
        number.addClassName("eyebrow");
        card.add(number, QuizParts.content(QuizParts.div("question-prompt", new Html(p.promptHtml()))));
        Answer[] given = new Answer[1];
        Div feedback = new Div();
        card.add(QuizParts.div("question-input", AnswerInput.create(p, null, false, a -> given[0] = a)));
        Div tools = new Div();
        tools.addClassName("question-tools");
        if (q.hint() != null) {
            Div hintBox = new Div();
            hintBox.addClassName("hint-box");
            QuizParts.content(hintBox);
            Button hint = new Button(QuizParts.t(locale, "quiz.question.show-hint"), e -> {
                hintBox.add(new Html(html.apply(q.hint())));
                e.getSource().setEnabled(false);
            });
            hint.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            tools.add(hint);
            card.add(hintBox);
        }
        Button check = new Button(QuizParts.t(locale, "quiz.preview.check"), e -> show(feedback, q, given[0], html));
        check.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        check.addClassName("preview-check");
        tools.add(check);
        card.add(tools, feedback);
        return card;
    }

    private static void show(Div target, Question q, @Nullable Answer answer, UnaryOperator<String> html) {
        target.removeAll();
        target.add(QuizParts.feedbackBox(QuizPresentation.feedback(q, answer, html), Locales.current()));
    }
}

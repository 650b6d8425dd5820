package org.sotcourseware.quiz.ui;

import java.util.List;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
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
        Span eyebrow = new Span("Quiz preview");
        eyebrow.addClassName("eyebrow");
        add(eyebrow, new H2(quiz.title()));
        add(new Paragraph(quiz.questionsPerAttempt() + " of " + quiz.questions().size() + " questions per attempt · pass mark "
                + quiz.settings().passMark() + "% · " + (quiz.settings().attempts() == null ? "unlimited attempts" : quiz.settings().attempts()
                + " attempts") + " · " + QuizParts.feedbackMode(quiz.settings().feedback())
                + (quiz.settings().timeLimitMinutes() == null ? "" : " · " + quiz.settings().timeLimitMinutes() + " minutes")));
        if (!quiz.intro().isBlank()) {
            add(QuizParts.div("quiz-intro", new Html(html.apply(quiz.intro()))));
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
        Span number = new Span("Question " + p.number() + " of " + total + " · " + QuizParts.points(p.points())
                + (p.points() == 1 ? " point" : " points") + " · " + q.type().label() + " · " + q.id());
        number.addClassName("eyebrow");
        card.add(number, QuizParts.div("question-prompt", new Html(p.promptHtml())));
        Answer[] given = new Answer[1];
        Div feedback = new Div();
        card.add(QuizParts.div("question-input", AnswerInput.create(p, null, false, a -> given[0] = a)));
        Div tools = new Div();
        tools.addClassName("question-tools");
        if (q.hint() != null) {
            Div hintBox = new Div();
            hintBox.addClassName("hint-box");
            Button hint = new Button("Show hint", e -> {
                hintBox.add(new Html(html.apply(q.hint())));
                e.getSource().setEnabled(false);
            });
            hint.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            tools.add(hint);
            card.add(hintBox);
        }
        Button check = new Button("Check my answer", e -> show(feedback, q, given[0], html));
        check.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        check.addClassName("preview-check");
        tools.add(check);
        card.add(tools, feedback);
        return card;
    }

    private static void show(Div target, Question q, @Nullable Answer answer, UnaryOperator<String> html) {
        target.removeAll();
        target.add(QuizParts.feedbackBox(QuizPresentation.feedback(q, answer, html)));
    }
}

package org.sotcourseware.quiz.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Locales;
import org.sotcourseware.base.Message;
import org.sotcourseware.quiz.Answer;
import org.sotcourseware.quiz.QuizReadModel;
import org.springframework.modulith.NamedInterface;

/**
 * The quiz's answer inputs and feedback box for other features' screens (spaced review answers questions with
 * exactly the inputs and feedback of a quiz attempt). The named interface {@code question}; the rest of
 * {@code quiz.ui} stays internal.
 */
@NamedInterface("question")
public final class QuestionParts {

    private QuestionParts() {
    }

    /** The input for a question, by type; reports every change. Knows nothing of the key. */
    public static Component input(QuizReadModel.PresentedQuestion question, @Nullable Answer current, boolean readOnly,
                                  Consumer<Answer> onChange) {
        return AnswerInput.create(question, current, readOnly, onChange);
    }

    /** The feedback on one answer, as a quiz shows it: correctness, feedback, the correct answer, the explanation. */
    public static Component feedback(QuizReadModel.Feedback feedback) {
        return QuizParts.feedbackBox(feedback, Locales.current());
    }

    /** A question's type in words to translate ("Single choice"). */
    public static Message type(QuizReadModel.PresentedQuestion question) {
        return QuizParts.type(question.type());
    }

    /** Marks {@code c} as holding curriculum text (a question's stem), in the curriculum's language. */
    public static <T extends Component> T content(T c) {
        return QuizParts.content(c);
    }
}

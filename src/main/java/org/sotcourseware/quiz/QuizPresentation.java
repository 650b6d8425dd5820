package org.sotcourseware.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.QuestionType;
import org.sotcourseware.content.Quiz;
import org.sotcourseware.content.QuizSettings;
import org.sotcourseware.content.RenderedDocument;

/**
 * How questions are shown to a student and how feedback reads: the one place both real attempts and the
 * authoring preview use, so an author previews exactly what students get.
 */
public final class QuizPresentation {

    private QuizPresentation() {
    }

    /** Every question of a quiz (no draw, file order) presented as in an attempt, options shuffled as the quiz says. */
    public static List<QuizReadModel.PresentedQuestion> preview(Quiz quiz, UnaryOperator<String> render) {
        Quiz all = new Quiz(quiz.moduleId(), quiz.id(), quiz.title(), quiz.intro(),
                new QuizSettings(quiz.settings().passMark(), null, quiz.settings().grading(), false,
                        quiz.settings().shuffleOptions(), null, List.of(), null, quiz.settings().feedback()),
                quiz.questions(), quiz.sourceFile(), quiz.version(), quiz.problems());
        return present(AttemptDraw.draw(all, 1L), render);
    }

    /**
     * One question of a quiz presented on its own (spaced review): options shuffled as the quiz says with
     * {@code seed}, order and match items always shuffled. No key.
     */
    public static QuizReadModel.PresentedQuestion presentOne(Quiz quiz, Question question, long seed, UnaryOperator<String> render) {
        Quiz one = new Quiz(quiz.moduleId(), quiz.id(), quiz.title(), quiz.intro(),
                new QuizSettings(quiz.settings().passMark(), null, quiz.settings().grading(), false,
                        quiz.settings().shuffleOptions(), null, List.of(), null, quiz.settings().feedback()),
                List.of(question), quiz.sourceFile(), quiz.version(), quiz.problems());
        return present(AttemptDraw.draw(one, seed), render).getFirst();
    }

    static List<QuizReadModel.PresentedQuestion> present(List<DrawnQuestion> drawn, UnaryOperator<String> render) {
        List<QuizReadModel.PresentedQuestion> out = new ArrayList<>();
        int n = 1;
        for (DrawnQuestion d : drawn) {
            Question q = d.question();
            Map<String, Question.Option> options = q.options().stream().collect(Collectors.toMap(Question.Option::id, o -> o, (x, y) -> x));
            Map<String, Question.Item> items = q.items().stream().collect(Collectors.toMap(Question.Item::id, i -> i, (x, y) -> x));
            Map<String, Question.Pair> rights = q.pairs().stream().collect(Collectors.toMap(Question.Pair::rightId, p -> p, (x, y) -> x));
            List<QuizReadModel.Choice> shownOptions = q.type().isChoice()
                    ? d.optionOrder().stream().map(options::get).map(o -> new QuizReadModel.Choice(o.id(), inline(render, o.text()))).toList()
                    : List.of();
            List<QuizReadModel.Choice> shownItems = d.itemOrder().stream().map(items::get)
                    .map(i -> new QuizReadModel.Choice(i.id(), inline(render, i.text()))).toList();
            List<QuizReadModel.Choice> lefts = q.pairs().stream().map(p -> new QuizReadModel.Choice(p.leftId(), inline(render, p.left()))).toList();
            List<QuizReadModel.Choice> shownRights = d.rightOrder().stream().map(rights::get)
                    .map(p -> new QuizReadModel.Choice(p.rightId(), inline(render, p.right()))).toList();
            String unit = q.type() == QuestionType.NUMERIC ? q.correctOptions().stream().map(Question.Option::unit)
                    .filter(Objects::nonNull).findFirst().orElse(null) : null;
            out.add(new QuizReadModel.PresentedQuestion(q.id(), n++, q.type(), render.apply(q.prompt()), q.points(), shownOptions, shownItems,
                    lefts, shownRights, q.hint() != null, unit));
        }
        return out;
    }

    /** The feedback a student gets for {@code answer}: grade, the chosen options' feedback, the correct answer, the explanation. */
    public static QuizReadModel.Feedback feedback(Question q, @Nullable Answer answer, UnaryOperator<String> render) {
        QuestionResult r = Grader.grade(q, answer);
        return new QuizReadModel.Feedback(q.id(), r.points(), r.maxPoints(), r.correctness(),
                r.feedback().stream().map(render).toList(), render.apply(AnswerMarkdown.correct(q)),
                q.explanation() == null ? null : render.apply(q.explanation()));
    }

    /** Option text rendered without the paragraph wrapper, for labels. */
    static String inline(UnaryOperator<String> render, String markdown) {
        return RenderedDocument.inline(render.apply(markdown));
    }
}

package org.sotcourseware.quiz;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.QuestionType;

/**
 * An answer a client sends must refer to the question's own options, items and pairs: anything invented,
 * of the wrong kind, or too much for the question is refused before it is saved ({@code QuizService.checkAnswerFits}).
 */
class AnswerFitsTest {

    static final Question SINGLE = choice(QuestionType.SINGLE);
    static final Question MULTIPLE = choice(QuestionType.MULTIPLE);
    static final Question ORDER = new Question("o", QuestionType.ORDER, "Order them", 1, List.of(), List.of(),
            List.of(new Question.Item("i1", "First"), new Question.Item("i2", "Second"), new Question.Item("i3", "Third")), List.of(), null, null, 1);
    static final Question MATCH = new Question("m", QuestionType.MATCH, "Match them", 1, List.of(), List.of(), List.of(),
            List.of(new Question.Pair("l1", "Left 1", "r1", "Right 1"), new Question.Pair("l2", "Left 2", "r2", "Right 2")), null, null, 1);
    static final Question TEXT = new Question("t", QuestionType.TEXT, "Name it", 1, List.of(),
            List.of(Question.Option.choice("t1", "sacrum", true, null)), List.of(), List.of(), null, null, 1);

    static Question choice(QuestionType type) {
        return new Question("c", type, "Pick", 1, List.of(), List.of(Question.Option.choice("a", "A", true, null),
                Question.Option.choice("b", "B", false, null), Question.Option.choice("c", "C", true, null)), List.of(), List.of(), null, null, 1);
    }

    static void fits(Question q, Answer a) {
        assertThatCode(() -> QuizService.checkAnswerFits(q, a)).doesNotThrowAnyException();
    }

    static void refused(Question q, Answer a) {
        assertThatThrownBy(() -> QuizService.checkAnswerFits(q, a)).isInstanceOf(QuizException.class)
                .hasMessage("That answer does not fit the question.");
    }

    @Test
    void a_choice_names_only_the_questions_options_and_one_of_them_for_a_single_choice() {
        fits(SINGLE, new Answer.Choice(Set.of("b")));
        fits(SINGLE, new Answer.Choice(Set.of()));
        fits(MULTIPLE, new Answer.Choice(Set.of("a", "c")));
        refused(SINGLE, new Answer.Choice(Set.of("a", "c")));
        refused(MULTIPLE, new Answer.Choice(Set.of("a", "invented")));
    }

    @Test
    void typed_text_is_for_numeric_and_text_questions_and_at_most_500_characters() {
        fits(TEXT, new Answer.Typed("sacrum"));
        fits(TEXT, new Answer.Typed("x".repeat(500)));
        refused(TEXT, new Answer.Typed("x".repeat(501)));
        refused(SINGLE, new Answer.Typed("a"));
    }

    @Test
    void an_order_has_every_item_of_the_question_exactly_once() {
        fits(ORDER, new Answer.Order(List.of("i3", "i1", "i2")));
        refused(ORDER, new Answer.Order(List.of("i1", "i2")));
        refused(ORDER, new Answer.Order(List.of("i1", "i1", "i2")));
        refused(ORDER, new Answer.Order(List.of("i1", "i2", "i9")));
    }

    @Test
    void a_match_pairs_the_questions_own_left_and_right_items() {
        fits(MATCH, new Answer.Match(Map.of("l1", "r2", "l2", "r1")));
        fits(MATCH, new Answer.Match(Map.of("l1", "r1")));
        refused(MATCH, new Answer.Match(Map.of("l9", "r1")));
        refused(MATCH, new Answer.Match(Map.of("l1", "r9")));
    }

    @Test
    void an_answer_of_another_kind_is_refused() {
        refused(ORDER, new Answer.Choice(Set.of("i1")));
        refused(MATCH, new Answer.Order(List.of("l1", "l2")));
        refused(MULTIPLE, new Answer.Match(Map.of("a", "b")));
    }
}

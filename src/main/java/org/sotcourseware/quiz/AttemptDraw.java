package org.sotcourseware.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.sotcourseware.content.Question;
import org.sotcourseware.content.QuestionType;
import org.sotcourseware.content.Quiz;
import org.sotcourseware.content.QuizSettings;

/**
 * Which questions an attempt shows, and in which order: a pure function of the quiz and a seed, so an
 * attempt can be reproduced and tested. Order items are always shuffled (the file lists them in the
 * correct order); options and questions only when the quiz says so.
 */
final class AttemptDraw {

    private AttemptDraw() {
    }

    static List<DrawnQuestion> draw(Quiz quiz, long seed) {
        Random random = new Random(seed);
        QuizSettings s = quiz.settings();
        List<Question> pool = new ArrayList<>(quiz.questions());
        if (!s.drawTags().isEmpty()) {
            pool.removeIf(q -> q.tags().stream().noneMatch(s.drawTags()::contains));
        }
        List<Question> chosen;
        if (s.draw() != null && s.draw() < pool.size()) {
            List<Question> shuffled = new ArrayList<>(pool);
            Collections.shuffle(shuffled, random);
            List<Question> picked = shuffled.subList(0, s.draw());
            // keep the file order among the drawn questions unless questions are shuffled too
            chosen = new ArrayList<>(pool.stream().filter(picked::contains).toList());
        } else {
            chosen = new ArrayList<>(pool);
        }
        if (s.shuffleQuestions()) {
            Collections.shuffle(chosen, random);
        }
        List<DrawnQuestion> out = new ArrayList<>();
        for (Question q : chosen) {
            List<String> options = new ArrayList<>(q.options().stream().map(Question.Option::id).toList());
            if (s.shuffleOptions() && q.type() != QuestionType.TRUEFALSE) {
                Collections.shuffle(options, random);
            }
            List<String> items = new ArrayList<>(q.items().stream().map(Question.Item::id).toList());
            shuffleAwayFromIdentity(items, random);
            List<String> rights = new ArrayList<>(q.pairs().stream().map(Question.Pair::rightId).toList());
            shuffleAwayFromIdentity(rights, random);
            out.add(new DrawnQuestion(q, options, items, rights));
        }
        return out;
    }

    /** Shuffles; a list that comes back in its original order is rotated so the answer is never given away. */
    private static void shuffleAwayFromIdentity(List<String> list, Random random) {
        if (list.size() < 2) {
            return;
        }
        List<String> original = List.copyOf(list);
        Collections.shuffle(list, random);
        if (list.equals(original)) {
            Collections.rotate(list, 1);
        }
    }
}

package org.sotcourseware.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.Quiz;
import org.sotcourseware.content.QuizSettings;
import org.sotcourseware.content.internal.ContentLoader;
import org.sotcourseware.content.internal.MarkdownRenderer;
import org.sotcourseware.testsupport.Learner;

/**
 * Property: whatever order an attempt shows questions, options, order items and match items in, a student
 * who gives the same answer (by content, picked on screen by position) gets the same grade. Checked over
 * every question of every quiz in content/, 300 random answers each, across pairs of random draws.
 */
class ShuffleNeverChangesAGradeTest {

    @Test
    void shuffling_never_changes_a_grade() {
        Curriculum c = new ContentLoader(new MarkdownRenderer()).load(Path.of("content"));
        Random random = new Random(20261121);
        int checks = 0;
        for (var module : c.modules()) {
            Quiz quiz = shuffled(module.quiz());
            for (int round = 0; round < 300; round++) {
                Map<String, DrawnQuestion> a = byId(AttemptDraw.draw(quiz, random.nextLong()));
                Map<String, DrawnQuestion> b = byId(AttemptDraw.draw(quiz, random.nextLong()));
                for (Question q : quiz.questions()) {
                    long intent = random.nextLong();
                    double gradeA = Grader.grade(q, answerOnScreen(a.get(q.id()), new Random(intent))).points();
                    double gradeB = Grader.grade(q, answerOnScreen(b.get(q.id()), new Random(intent))).points();
                    assertThat(gradeB).as(q.id()).isEqualTo(gradeA);
                    checks++;
                }
            }
            // and the key itself always scores full marks, in any draw
            for (DrawnQuestion d : AttemptDraw.draw(quiz, random.nextLong())) {
                assertThat(Grader.grade(d.question(), Learner.key(d.question())).points()).as(d.question().id()).isEqualTo(d.question().points());
            }
        }
        assertThat(checks).isGreaterThan(50_000);
    }

    private static Quiz shuffled(Quiz q) {
        QuizSettings s = q.settings();
        return new Quiz(q.moduleId(), q.id(), q.title(), q.intro(), new QuizSettings(s.passMark(), s.attempts(), s.grading(), true, true,
                null, List.of(), s.timeLimitMinutes(), s.feedback()), q.questions(), q.sourceFile(), q.version(), q.problems());
    }

    private static Map<String, DrawnQuestion> byId(List<DrawnQuestion> drawn) {
        Map<String, DrawnQuestion> m = new LinkedHashMap<>();
        drawn.forEach(d -> m.put(d.question().id(), d));
        return m;
    }

    /**
     * A student who means the same content each time (decided by {@code intent}) and finds it on screen:
     * the decision is made on the texts, then translated through the displayed order, as the UI does.
     */
    private static Answer answerOnScreen(DrawnQuestion d, Random intent) {
        Question q = d.question();
        Map<String, String> textOfOption = new LinkedHashMap<>();
        q.options().forEach(o -> textOfOption.put(o.id(), o.text()));
        return switch (q.type()) {
            case SINGLE, TRUEFALSE, MULTIPLE -> {
                List<String> wantedTexts = q.options().stream().map(Question.Option::text).filter(t -> intent.nextBoolean()).toList();
                Set<String> picked = new HashSet<>();
                for (String shownId : d.optionOrder()) {           // what the screen shows, position by position
                    if (wantedTexts.contains(textOfOption.get(shownId))) {
                        picked.add(shownId);
                    }
                }
                if (q.type() != org.sotcourseware.content.QuestionType.MULTIPLE && picked.size() > 1) {
                    // a radio button takes one answer: the student means the first text they had in mind
                    String meant = wantedTexts.getFirst();
                    picked = new HashSet<>(d.optionOrder().stream().filter(id -> textOfOption.get(id).equals(meant)).toList());
                }
                yield new Answer.Choice(picked);
            }
            case NUMERIC, TEXT -> new Answer.Typed(q.options().get(intent.nextInt(q.options().size())).text().replaceAll("±.*", ""));
            case ORDER -> {
                List<String> texts = new ArrayList<>(q.items().stream().map(Question.Item::text).toList());
                java.util.Collections.shuffle(texts, intent);
                List<String> ids = new ArrayList<>();
                for (String t : texts) {
                    ids.add(d.itemOrder().stream().filter(id -> q.items().stream().anyMatch(i -> i.id().equals(id) && i.text().equals(t)))
                            .findFirst().orElseThrow());
                }
                yield new Answer.Order(ids);
            }
            case MATCH -> {
                Map<String, String> chosen = new LinkedHashMap<>();
                for (Question.Pair p : q.pairs()) {
                    String rightText = q.pairs().get(intent.nextInt(q.pairs().size())).right();
                    String shownRight = d.rightOrder().stream().filter(id -> q.pairs().stream().anyMatch(x -> x.rightId().equals(id) && x.right().equals(rightText)))
                            .findFirst().orElseThrow();
                    chosen.put(p.leftId(), shownRight);
                }
                yield new Answer.Match(chosen);
            }
        };
    }
}

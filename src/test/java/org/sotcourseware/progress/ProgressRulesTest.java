package org.sotcourseware.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.CompletionRule;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.CoursePlace;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.content.Lesson;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.QuestionType;
import org.sotcourseware.content.Quiz;
import org.sotcourseware.content.QuizSettings;
import org.sotcourseware.content.Track;
import org.sotcourseware.quiz.QuizReadModel;

class ProgressRulesTest {

    static final Instant T1 = Instant.parse("2026-01-01T10:00:00Z");
    static final Instant T2 = Instant.parse("2026-01-02T10:00:00Z");
    static final Instant T3 = Instant.parse("2026-01-03T10:00:00Z");

    static Lesson lesson(String module, String id) {
        return new Lesson(module, id, "Lesson " + id, 1, 10, module + "/lessons/" + id + ".md", "# " + id, 1, 800, true, List.of());
    }

    static Quiz quiz(String module) {
        Question q = new Question("q-1", QuestionType.SINGLE, "Q", 1, List.of(),
                List.of(Question.Option.choice("a", "A", true, null), Question.Option.choice("b", "B", false, "no")), List.of(), List.of(), null, null, 1);
        return new Quiz(module, module + "-quiz", "Quiz", "", QuizSettings.defaults(), List.of(q), module + "/quiz.md", "v", List.of());
    }

    static CaseStudy caseStudy(String module, String id) {
        return new CaseStudy(module, id, "Case " + id, 10, List.of(), "", List.of(
                new CaseStudy.Stage("s-end", "End", CaseStudy.StageType.END, "", null, null, List.of(new CaseStudy.ScoreBand(0, 0, "ok")), 1)),
                module + "/cases/" + id + ".md", "v", List.of());
    }

    static CourseModule module(String id, List<String> requires, CompletionRule rule, int lessons, int cases) {
        List<Lesson> ls = new java.util.ArrayList<>();
        for (int i = 1; i <= lessons; i++) {
            ls.add(lesson(id, "l" + i));
        }
        List<CaseStudy> cs = new java.util.ArrayList<>();
        for (int i = 1; i <= cases; i++) {
            cs.add(caseStudy(id, "c" + i));
        }
        return new CourseModule(id, "Module " + id, "", 1, "", List.of(), requires, rule, "", id + "/module.md", ls, quiz(id), cs, List.of());
    }

    static Curriculum curriculum(CourseModule... modules) {
        return new Curriculum("C", List.of(modules), List.of(new Track("t", "Track", List.of("a", "b"))), "v1", List.of());
    }

    static QuizReadModel.Standing passed(String module, Instant at) {
        return new QuizReadModel.Standing(module, module + "-quiz", 1, 80.0, 80.0, true, at);
    }

    static QuizReadModel.Standing failed(String module) {
        return new QuizReadModel.Standing(module, module + "-quiz", 1, 40.0, 40.0, false, null);
    }

    static ProgressFacts facts(Map<String, Map<String, Instant>> read, Map<String, QuizReadModel.Standing> quizzes,
                               Map<String, Map<String, Instant>> cases, Set<String> overrides, Map<String, Instant> earned) {
        return new ProgressFacts(read, quizzes, cases, overrides, earned, Set.of());
    }

    @Test
    void by_default_a_module_needs_every_lesson_read_the_quiz_passed_and_every_case_completed() {
        Curriculum c = curriculum(module("a", List.of(), CompletionRule.defaults(), 2, 1));
        var m = ProgressRules.modules(c, facts(Map.of("a", Map.of("l1", T1)), Map.of(), Map.of(), Set.of(), Map.of())).getFirst();
        assertThat(m.total()).isEqualTo(4);
        assertThat(m.done()).isEqualTo(1);
        assertThat(m.percent()).isEqualTo(25);
        assertThat(m.status()).isEqualTo(ProgressReadModel.Status.IN_PROGRESS);
        assertThat(m.firstUnmet().text()).isEqualTo("Read “Lesson l2”");

        var done = ProgressRules.modules(c, facts(Map.of("a", Map.of("l1", T1, "l2", T2)), Map.of("a", passed("a", T3)),
                Map.of("a", Map.of("c1", T2)), Set.of(), Map.of())).getFirst();
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.status()).isEqualTo(ProgressReadModel.Status.COMPLETED);
        assertThat(done.completedAt()).as("when the last requirement was met").isEqualTo(T3);
    }

    @Test
    void a_failed_quiz_does_not_count_unless_the_rule_only_asks_for_an_attempt() {
        CourseModule passedRule = module("a", List.of(), CompletionRule.defaults(), 0, 0);
        CourseModule attemptedRule = module("a", List.of(), new CompletionRule(null, CompletionRule.QuizRequirement.ATTEMPTED, null), 0, 0);
        CourseModule noQuizRule = module("a", List.of(), new CompletionRule(null, CompletionRule.QuizRequirement.NONE, null), 1, 0);
        var f = facts(Map.of(), Map.of("a", failed("a")), Map.of(), Set.of(), Map.of());
        assertThat(ProgressRules.modules(curriculum(passedRule), f).getFirst().status()).isEqualTo(ProgressReadModel.Status.NOT_STARTED);
        assertThat(ProgressRules.modules(curriculum(attemptedRule), f).getFirst().status()).isEqualTo(ProgressReadModel.Status.COMPLETED);
        assertThat(ProgressRules.modules(curriculum(noQuizRule), f).getFirst().total()).isEqualTo(1);
    }

    @Test
    void a_rule_may_name_the_lessons_and_a_number_of_cases() {
        CourseModule m = module("a", List.of(), new CompletionRule(List.of("l2"), CompletionRule.QuizRequirement.NONE, 1), 3, 2);
        var p = ProgressRules.modules(curriculum(m), facts(Map.of("a", Map.of("l2", T1)), Map.of(), Map.of("a", Map.of("c2", T2)),
                Set.of(), Map.of())).getFirst();
        assertThat(p.total()).isEqualTo(2);
        assertThat(p.status()).isEqualTo(ProgressReadModel.Status.COMPLETED);
        assertThat(p.completedAt()).isEqualTo(T2);
    }

    @Test
    void a_module_is_locked_until_its_prerequisites_are_completed_or_an_override_opens_it() {
        Curriculum c = curriculum(module("a", List.of(), CompletionRule.defaults(), 1, 0), module("b", List.of("a"), CompletionRule.defaults(), 1, 0));
        var locked = ProgressRules.modules(c, facts(Map.of(), Map.of(), Map.of(), Set.of(), Map.of())).get(1);
        assertThat(locked.locked()).isTrue();
        assertThat(locked.missingPrerequisites()).extracting(ProgressReadModel.ModuleRef::id).containsExactly("a");

        var overridden = ProgressRules.modules(c, facts(Map.of(), Map.of(), Map.of(), Set.of("b"), Map.of())).get(1);
        assertThat(overridden.locked()).isFalse();
        assertThat(overridden.overridden()).isTrue();

        var opened = ProgressRules.modules(c, facts(Map.of("a", Map.of("l1", T1)), Map.of("a", passed("a", T2)), Map.of(), Set.of(), Map.of())).get(1);
        assertThat(opened.locked()).isFalse();
    }

    @Test
    void completion_earned_stays_earned_when_content_grows_and_the_percentage_is_recomputed() {
        // earned when the module had one lesson; an author has since added a second
        Curriculum grown = curriculum(module("a", List.of(), new CompletionRule(null, CompletionRule.QuizRequirement.NONE, null), 2, 0),
                module("b", List.of("a"), CompletionRule.defaults(), 1, 0));
        var p = ProgressRules.modules(grown, facts(Map.of("a", Map.of("l1", T1)), Map.of(), Map.of(), Set.of(), Map.of("a", T1)));
        assertThat(p.getFirst().status()).isEqualTo(ProgressReadModel.Status.COMPLETED);
        assertThat(p.getFirst().completedAt()).isEqualTo(T1);
        assertThat(p.getFirst().percent()).isEqualTo(50);
        assertThat(p.get(1).locked()).as("what depends on it stays open").isFalse();
    }

    @Test
    void the_curriculum_figures_tracks_and_next_step_follow_from_the_modules() {
        Curriculum c = curriculum(module("a", List.of(), CompletionRule.defaults(), 1, 0), module("b", List.of("a"), CompletionRule.defaults(), 2, 0));
        List<ProgressReadModel.Module> modules = ProgressRules.modules(c, facts(Map.of("a", Map.of("l1", T1)), Map.of("a", passed("a", T2)),
                Map.of(), Set.of(), Map.of()));
        assertThat(ProgressRules.totals(modules)).containsExactly(2, 5);
        assertThat(ProgressRules.tracks(c, modules)).singleElement().satisfies(t -> assertThat(t.completed()).isEqualTo(1));
        assertThat(ProgressRules.next(modules)).satisfies(n -> {
            assertThat(n.moduleTitle()).isEqualTo("Module b");
            assertThat(n.place()).isEqualTo(new CoursePlace.LessonPage("b", "l1"));
        });
    }

    @Test
    void requirements_and_the_next_step_are_words_to_translate_with_their_values() {
        CourseModule m = module("a", List.of(), new CompletionRule(null, CompletionRule.QuizRequirement.PASSED, 2), 1, 3);
        var f = facts(Map.of(), Map.of("a", failed("a")), Map.of("a", Map.of("c1", T1)), Set.of(), Map.of());
        List<ProgressReadModel.Requirement> reqs = ProgressRules.modules(curriculum(m), f).getFirst().requirements();
        assertThat(reqs).extracting(r -> r.label().key())
                .containsExactly("progress.requirement.read", "progress.requirement.pass-quiz-graded", "progress.requirement.cases");
        assertThat(reqs.get(0).label().args()).containsExactly("Lesson l1");
        assertThat(reqs.get(2).label().args()).containsExactly(2, 1);
        assertThat(reqs.get(2).text()).isEqualTo("Complete 2 cases (1 done)");
        assertThat(reqs.get(2).label().in(java.util.Locale.GERMAN)).isEqualTo("2 Fallstudien abschließen (1 erledigt)");
        assertThat(reqs.get(0).label().in(java.util.Locale.GERMAN)).isEqualTo("„Lesson l1“ lesen");
        assertThat(ProgressRules.next(ProgressRules.modules(curriculum(m), f)).text()).isEqualTo(reqs.getFirst().label());
    }

    @Test
    void percent_is_rounded_down_so_100_means_everything() {
        CourseModule m = module("a", List.of(), new CompletionRule(null, CompletionRule.QuizRequirement.NONE, null), 3, 0);
        Map<String, Instant> two = new HashMap<>(Map.of("l1", T1, "l2", T2));
        assertThat(ProgressRules.modules(curriculum(m), facts(Map.of("a", two), Map.of(), Map.of(), Set.of(), Map.of())).getFirst().percent()).isEqualTo(66);
    }
}

package org.sotcourseware.progress;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.sotcourseware.casestudy.CaseService;
import org.sotcourseware.quiz.QuizService;
import org.sotcourseware.security.UserId;
import org.springframework.stereotype.Component;

/**
 * Reads the {@link ProgressFacts} progress is computed from, from where each is recorded: lessons read,
 * overrides, earned completions and started modules in progress's own store, quiz standings from the quiz
 * feature, completed cases from the case feature. One student in a few queries, or a cohort in a few
 * queries for all of them. Not secured itself: {@link ProgressService} checks who may read whose facts.
 */
@Component
class LearningFacts {

    private final QuizService quizzes;
    private final CaseService cases;
    private final ProgressStore store;

    LearningFacts(QuizService quizzes, CaseService cases, ProgressStore store) {
        this.quizzes = quizzes;
        this.cases = cases;
        this.store = store;
    }

    /** One student's facts. */
    ProgressFacts of(UserId userId) {
        long id = userId.value();
        return new ProgressFacts(store.lessonsRead(id), quizzes.standings(userId), cases.completions(userId),
                store.overrides(id), store.earned(id), store.startedModules(id));
    }

    /** The facts of each of {@code students}, read for everyone at once (a student with none gets empty facts). */
    Map<UserId, ProgressFacts> ofAll(Collection<UserId> students) {
        var read = store.lessonsReadAll();
        var earned = store.earnedAll();
        var overrides = store.overridesAll();
        var started = store.startedAll();
        var quizStandings = quizzes.standingsOfAll();
        var caseCompletions = cases.completionsOfAll();
        Map<UserId, ProgressFacts> out = new LinkedHashMap<>();
        for (UserId u : students) {
            long id = u.value();
            out.put(u, new ProgressFacts(read.getOrDefault(id, Map.of()), quizStandings.getOrDefault(id, Map.of()),
                    caseCompletions.getOrDefault(id, Map.of()), overrides.getOrDefault(id, Set.of()), earned.getOrDefault(id, Map.of()),
                    started.getOrDefault(id, Set.of())));
        }
        return out;
    }
}

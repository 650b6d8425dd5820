package org.sotcourseware.content;

import java.util.List;
import java.util.Optional;

/**
 * A module's quiz, parsed from {@code quiz.md}.
 *
 * @param version a hash of the quiz file: attempts record the version they were taken against
 */
public record Quiz(String moduleId, String id, String title, String intro, QuizSettings settings, List<Question> questions,
                   String sourceFile, String version, List<ContentProblem> problems) {

    public Quiz {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }

    public boolean broken() {
        return !problems.isEmpty();
    }

    /** The number of questions one attempt shows. */
    public int questionsPerAttempt() {
        return settings.draw() == null ? questions.size() : Math.min(settings.draw(), questions.size());
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}

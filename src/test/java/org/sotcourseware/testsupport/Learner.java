package org.sotcourseware.testsupport;

import org.sotcourseware.casestudy.CaseReadModel;
import org.sotcourseware.content.Question;
import org.sotcourseware.progress.DemoLearner;
import org.sotcourseware.quiz.Answer;
import org.sotcourseware.quiz.QuizReadModel;
import org.springframework.stereotype.Component;

/** A student's work through the real services, for tests (the same code that makes the demo data). */
@Component
public class Learner {

    private final DemoLearner learner;

    public Learner(DemoLearner learner) {
        this.learner = learner;
    }

    public void readAll(String moduleId) {
        learner.readAll(moduleId);
    }

    /** Submits one attempt; {@code correct} decides whether every answer is right or everything is left empty. */
    public QuizReadModel.Result takeQuiz(String moduleId, boolean correct) {
        return learner.takeQuiz(moduleId, correct ? 1.0 : 0.0);
    }

    public static Answer key(Question q) {
        return DemoLearner.key(q);
    }

    public CaseReadModel.Run workCase(String moduleId, String caseId) {
        return learner.workCase(moduleId, caseId);
    }

    public void completeModule(String moduleId) {
        learner.completeModule(moduleId);
    }
}

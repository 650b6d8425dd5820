package org.sotcourseware.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.progress.DemoLearner;
import org.sotcourseware.progress.ModuleCompleted;
import org.sotcourseware.quiz.QuizPassed;
import org.sotcourseware.security.UserId;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;

/**
 * Certification with everything it builds on: a student's quizzes ({@link QuizPassed}) complete modules in
 * progress ({@link ModuleCompleted}), and certification reads those completions as the module requirement
 * of a track, with nothing else in between.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(TestUsers.class)
class CertificationEventsModuleTest {

    static final List<String> PROFICIENCY = List.of("foundations", "category-one", "category-two", "category-three", "extremities");

    @Autowired DemoLearner learner;
    @Autowired CertificationService certification;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void completing_the_proficiency_modules_meets_the_tracks_module_requirement(PublishedEvents events) {
        String name = users.newStudent("cert-events");
        UserId student = new UserId(users.id(name));
        users.signIn(name);
        TrackRules.Requirement before = modules(certification.evaluations(student));
        assertThat(before.met()).isFalse();

        PROFICIENCY.forEach(learner::completeModule);

        assertThat(events.ofType(QuizPassed.class).matching(e -> e.userId().equals(student)))
                .extracting(QuizPassed::moduleId).containsExactlyInAnyOrderElementsOf(PROFICIENCY);
        assertThat(events.ofType(ModuleCompleted.class).matching(e -> e.userId().equals(student)))
                .extracting(ModuleCompleted::moduleId).containsExactlyInAnyOrderElementsOf(PROFICIENCY);
        TrackRules.Requirement after = modules(certification.evaluations(student));
        assertThat(after.met()).isTrue();
        assertThat(after.figure().english()).isEqualTo(PROFICIENCY.size() + " of " + PROFICIENCY.size() + " modules completed");
    }

    private static TrackRules.Requirement modules(List<TrackRules.Evaluation> evaluations) {
        return evaluations.stream().filter(e -> e.track().id().equals("proficiency")).findFirst().orElseThrow()
                .requirements().stream().filter(r -> r.kind() == TrackRules.Kind.MODULES).findFirst().orElseThrow();
    }
}

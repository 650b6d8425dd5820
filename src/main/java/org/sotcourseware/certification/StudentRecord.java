package org.sotcourseware.certification;

import java.util.List;
import java.util.Map;

import org.sotcourseware.progress.ProgressReadModel;
import org.sotcourseware.quiz.QuizService;
import org.sotcourseware.security.UserSummary;
import org.sotcourseware.seminar.SeminarReadModel;

/**
 * One student's whole record as organisers and instructors read it, in one read: who they are, their
 * progress through the modules, their standing on every track (certificates and evaluations), their quiz
 * scores per module, their seminars and exam results, and whether the reader may award and revoke
 * certificates. Built by {@link CertificationService#studentRecord}.
 *
 * @param mayManageCertificates the reader is an organiser or admin, who award and revoke
 * @param attempts module id to the student's submitted quiz attempts, oldest first
 */
public record StudentRecord(UserSummary student, boolean mayManageCertificates, ProgressReadModel.Student progress,
                            CertificationService.Standing standing, Map<String, List<QuizService.AttemptScore>> attempts,
                            SeminarReadModel.StudentRecord seminars) {

    public StudentRecord {
        attempts = Map.copyOf(attempts);
    }

    /** The title of a track the student is evaluated on, or its id if the curriculum no longer has it. */
    public String trackTitle(String trackId) {
        return standing.evaluations().stream().filter(e -> e.track().id().equals(trackId)).map(e -> e.track().title()).findFirst()
                .orElse(trackId);
    }

    /** The student's submitted attempts at a module's quiz, oldest first; empty if none. */
    public List<QuizService.AttemptScore> attempts(String moduleId) {
        return attempts.getOrDefault(moduleId, List.of());
    }
}

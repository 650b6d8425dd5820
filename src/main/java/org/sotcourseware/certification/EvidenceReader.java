package org.sotcourseware.certification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.progress.ProgressService;
import org.sotcourseware.progress.ProgressReadModel;
import org.sotcourseware.quiz.QuizService;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.UserDirectory;
import org.sotcourseware.security.UserId;
import org.sotcourseware.security.UserSummary;
import org.sotcourseware.seminar.SeminarId;
import org.sotcourseware.seminar.SeminarService;
import org.sotcourseware.seminar.SeminarReadModel;
import org.springframework.stereotype.Component;

/**
 * Reads students' {@link TrackEvidence} from the features that record it (progress, seminars, the
 * certificate store): one student, or a whole cohort in a few queries. Also says who is in a cohort (every
 * student, or those enrolled in a seminar) and which seminars there are to choose one by. Not secured
 * itself: {@link CertificationService} checks who may read whose evidence.
 */
@Component
class EvidenceReader {

    private final ProgressService progress;
    private final SeminarService seminars;
    private final UserDirectory directory;
    private final CertificateStore store;
    private final CurrentUser currentUser;
    private final QuizService quizzes;

    EvidenceReader(ProgressService progress, SeminarService seminars, UserDirectory directory, CertificateStore store, CurrentUser currentUser,
                   QuizService quizzes) {
        this.quizzes = quizzes;
        this.progress = progress;
        this.seminars = seminars;
        this.directory = directory;
        this.store = store;
        this.currentUser = currentUser;
    }

    /** One student's evidence (the signed-in student's own progress read as theirs). */
    TrackEvidence of(UserId student) {
        ProgressReadModel.Student p = student.equals(currentUser.require().id()) ? progress.mine() : progress.student(student);
        return new TrackEvidence(p, seminars.record(student), store.ofUser(student.value()));
    }

    /** A student's submitted quiz scores per module (not evidence for the tracks, but part of their record). */
    Map<String, List<QuizService.AttemptScore>> quizScores(UserId student) {
        return quizzes.attemptScores(student);
    }

    /** Every student, or those enrolled in {@code seminarId}, in the directory's order. */
    List<UserSummary> cohort(@Nullable SeminarId seminarId) {
        List<UserSummary> students = directory.students();
        if (seminarId == null) {
            return students;
        }
        Set<UserId> enrolled = new HashSet<>(seminars.enrolled(seminarId));
        return students.stream().filter(s -> enrolled.contains(s.id())).toList();
    }

    /** The evidence of each of {@code students}, read for all of them at once. */
    Map<UserId, TrackEvidence> ofAll(List<UserId> students) {
        Map<UserId, ProgressReadModel.Student> prog = progress.cohort(students);
        Map<UserId, SeminarReadModel.StudentRecord> records = seminars.records(students);
        Map<Long, List<CertificateStore.Row>> certs = new HashMap<>();
        store.all().forEach(c -> certs.computeIfAbsent(c.userId(), k -> new ArrayList<>()).add(c));
        Map<UserId, TrackEvidence> out = new LinkedHashMap<>();
        for (UserId s : students) {
            out.put(s, new TrackEvidence(prog.get(s), records.getOrDefault(s, SeminarReadModel.StudentRecord.empty()),
                    certs.getOrDefault(s.value(), List.of())));
        }
        return out;
    }

    /** The seminars a cohort can be chosen by. */
    List<SeminarReadModel.Summary> seminars() {
        return seminars.list();
    }
}

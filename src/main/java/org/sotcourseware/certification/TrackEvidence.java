package org.sotcourseware.certification;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sotcourseware.progress.ProgressReadModel;
import org.sotcourseware.seminar.SeminarReadModel;

/**
 * What the track rules are evaluated on for one student, as the features that record it hold it: their
 * progress through the modules, their seminar record (hours attended, exam results) and the certificates
 * they hold. Read by {@link EvidenceReader}; {@link #record()} is the form {@link TrackRules} takes.
 */
record TrackEvidence(ProgressReadModel.Student progress, SeminarReadModel.StudentRecord seminars, List<CertificateStore.Row> certificates) {

    TrackEvidence {
        certificates = List.copyOf(certificates);
    }

    /** The evidence as the pure track rules read it. */
    TrackRules.Record record() {
        Map<String, Instant> completed = new HashMap<>();
        Set<String> started = new HashSet<>();
        for (ProgressReadModel.Module m : progress.modules()) {
            if (m.status() == ProgressReadModel.Status.COMPLETED) {
                completed.put(m.moduleId(), m.completedAt() == null ? Instant.EPOCH : m.completedAt());
            }
            if (m.status() != ProgressReadModel.Status.NOT_STARTED) {
                started.add(m.moduleId());
            }
        }
        return new TrackRules.Record(completed, started,
                seminars.seminars().stream().map(s -> new TrackRules.SeminarHours(s.seminarId(), s.title(), s.modules(), s.hours())).toList(),
                seminars.exams().stream().map(e -> new TrackRules.ExamResult(e.trackId(), e.written(), e.practical(), e.date())).toList(),
                certificates.stream().map(c -> new TrackRules.Held(c.trackId(), c.issuedOn(), c.expiresOn(), c.revokedAt() != null)).toList());
    }
}

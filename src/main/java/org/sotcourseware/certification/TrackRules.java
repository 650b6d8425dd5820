package org.sotcourseware.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.content.Track;
import org.sotcourseware.seminar.SeminarId;

/**
 * Whether a student meets a certification track, as a pure function over what has been recorded: each
 * requirement met or missing, with its figure ("seminar hours 24 of 40"). Rules (docs/certification.md):
 * <ul>
 *   <li>the track it requires must be held: a certificate that is neither revoked nor expired;</li>
 *   <li>every module of the track completed;</li>
 *   <li>seminar hours: hours attended at seminars that cover at least one of the track's modules;</li>
 *   <li>written and practical exams: the best recorded result for the track at or above the pass mark.</li>
 * </ul>
 */
public final class TrackRules {

    private TrackRules() {
    }

    /** Hours a student attended at one seminar, and the modules that seminar covers. */
    public record SeminarHours(SeminarId seminarId, String title, Set<String> modules, double hours) {
        public SeminarHours {
            modules = Set.copyOf(modules);
        }
    }

    /** One recorded exam result for a track (either part may be missing). */
    public record ExamResult(String trackId, @Nullable Double written, @Nullable Double practical, LocalDate date) {
    }

    /** A certificate the student has or had. */
    public record Held(String trackId, LocalDate issuedOn, @Nullable LocalDate expiresOn, boolean revoked) {
        public boolean validOn(LocalDate day) {
            return !revoked && (expiresOn == null || !day.isAfter(expiresOn));
        }
    }

    /**
     * Everything recorded about one student that certification reads.
     *
     * @param startedModules modules the student has done anything in (for "working towards" against "not started")
     */
    public record Record(Map<String, Instant> completedModules, Set<String> startedModules, List<SeminarHours> seminars,
                         List<ExamResult> exams, List<Held> certificates) {
        public Record {
            completedModules = Map.copyOf(completedModules);
            startedModules = Set.copyOf(startedModules);
            seminars = List.copyOf(seminars);
            exams = List.copyOf(exams);
            certificates = List.copyOf(certificates);
        }

        public Record(Map<String, Instant> completedModules, List<SeminarHours> seminars, List<ExamResult> exams, List<Held> certificates) {
            this(completedModules, completedModules.keySet(), seminars, exams, certificates);
        }
    }

    public enum Kind {
        TRACK, MODULES, HOURS, WRITTEN, PRACTICAL
    }

    /**
     * One requirement: what, whether met, the figure ("seminar hours 24 of 40"), and what is missing (module titles for
     * MODULES). The words are {@link Message}s: the screens show them in the reader's language, CSV files in English.
     */
    public record Requirement(Kind kind, Message text, boolean met, Message figure, List<String> missing) {
        public Requirement {
            missing = List.copyOf(missing);
        }
    }

    public enum Status {
        /** A valid certificate is held. */
        CERTIFIED,
        /** Every requirement is met; a certificate may be awarded. */
        ELIGIBLE,
        /** A certificate was held but has expired (or was revoked) and requirements are not met again. */
        LAPSED,
        /** Some requirements are met. */
        IN_PROGRESS,
        /** Nothing yet. */
        NOT_STARTED;

        /** The status as people read it ("Certified", "Zertifiziert"). */
        public Message message() {
            return Message.of("certification.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }

        /** The status in English, as CSV files write it. */
        public String label() {
            return message().english();
        }
    }

    /** A student against a track. */
    public record Evaluation(Track track, Status status, List<Requirement> requirements, @Nullable Held current, double hours,
                             int modulesDone) {
        public Evaluation {
            requirements = List.copyOf(requirements);
        }

        public boolean eligible() {
            return requirements.stream().allMatch(Requirement::met);
        }

        public List<Requirement> missing() {
            return requirements.stream().filter(r -> !r.met()).toList();
        }

        /**
         * What is left to do, counted in steps a student takes one at a time: each missing module is a step,
         * and so are the seminar hours, each exam and the required certificate. "One step away" means one
         * module, or the hours, or one exam, not four modules that happen to form one requirement.
         */
        public int stepsLeft() {
            int steps = 0;
            for (Requirement r : requirements) {
                if (!r.met()) {
                    steps += r.kind() == Kind.MODULES ? Math.max(1, r.missing().size()) : 1;
                }
            }
            return steps;
        }
    }

    /**
     * Evaluates one track. {@code moduleTitles} names modules in figures; {@code trackTitles} names the
     * required track.
     */
    public static Evaluation evaluate(Track track, Record r, LocalDate today, Map<String, String> moduleTitles,
                                      Map<String, String> trackTitles) {
        List<Requirement> reqs = new ArrayList<>();
        if (track.requiresTrack() != null) {
            String t = trackTitles.getOrDefault(track.requiresTrack(), track.requiresTrack());
            boolean held = r.certificates().stream().anyMatch(c -> c.trackId().equals(track.requiresTrack()) && c.validOn(today));
            reqs.add(new Requirement(Kind.TRACK, Message.of("certification.requirement.track", t), held,
                    Message.of(held ? "certification.requirement.track-held" : "certification.requirement.track-not-held"),
                    held ? List.of() : List.of(t)));
        }
        List<String> missing = track.modules().stream().filter(m -> !r.completedModules().containsKey(m))
                .map(m -> moduleTitles.getOrDefault(m, m)).toList();
        int done = track.modules().size() - missing.size();
        reqs.add(new Requirement(Kind.MODULES, Message.of("certification.requirement.modules"), missing.isEmpty(),
                Message.of("certification.requirement.modules-figure", done, track.modules().size()), missing));
        double hours = hours(track, r.seminars());
        if (track.seminarHours() > 0) {
            reqs.add(new Requirement(Kind.HOURS, Message.of("certification.requirement.hours", oneDecimal(track.seminarHours())),
                    hours + 1e-9 >= track.seminarHours(),
                    Message.of("certification.requirement.hours-figure", oneDecimal(hours), oneDecimal(track.seminarHours())), List.of()));
        }
        if (track.writtenPassMark() != null) {
            reqs.add(exam(Kind.WRITTEN, "written", track.writtenPassMark(),
                    best(r.exams(), track.id(), true)));
        }
        if (track.practicalPassMark() != null) {
            reqs.add(exam(Kind.PRACTICAL, "practical", track.practicalPassMark(),
                    best(r.exams(), track.id(), false)));
        }
        Held current = r.certificates().stream().filter(c -> c.trackId().equals(track.id()) && c.validOn(today))
                .max(Comparator.comparing(Held::issuedOn)).orElse(null);
        boolean everHeld = r.certificates().stream().anyMatch(c -> c.trackId().equals(track.id()));
        boolean allMet = reqs.stream().allMatch(Requirement::met);
        boolean anyProgress = done > 0 || hours > 0 || track.modules().stream().anyMatch(r.startedModules()::contains)
                || r.exams().stream().anyMatch(e -> e.trackId().equals(track.id()));
        Status status = current != null ? Status.CERTIFIED
                : allMet ? Status.ELIGIBLE
                : everHeld ? Status.LAPSED
                : anyProgress ? Status.IN_PROGRESS : Status.NOT_STARTED;
        return new Evaluation(track, status, reqs, current, hours, done);
    }

    /** Hours at seminars that cover at least one of the track's modules. */
    public static double hours(Track track, List<SeminarHours> seminars) {
        double sum = 0;
        for (SeminarHours s : seminars) {
            if (s.modules().stream().anyMatch(track.modules()::contains)) {
                sum += s.hours();
            }
        }
        return sum;
    }

    /** The date a certificate awarded on {@code issued} expires, or null when the track's certificates do not. */
    public static @Nullable LocalDate expiry(Track track, LocalDate issued) {
        return track.validMonths() == null ? null : issued.plusMonths(track.validMonths()).minusDays(1);
    }

    private static Optional<ExamResult> best(List<ExamResult> exams, String trackId, boolean written) {
        if (exams.isEmpty()) {
            return Optional.empty();
        }
        return exams.stream().filter(e -> e.trackId().equals(trackId) && (written ? e.written() : e.practical()) != null)
                .max(Comparator.comparingDouble((ExamResult e) -> written ? e.written() : e.practical()).thenComparing(ExamResult::date));
    }

    /** {@code name} is the key part of the exam ("written", "practical"). */
    private static Requirement exam(Kind kind, String name, int passMark, Optional<ExamResult> best) {
        Message text = Message.of("certification.requirement." + name, passMark);
        if (best.isEmpty()) {
            return new Requirement(kind, text, false, Message.of("certification.requirement." + name + "-not-taken"), List.of());
        }
        double v = kind == Kind.WRITTEN ? best.get().written() : best.get().practical();
        return new Requirement(kind, text, v + 1e-9 >= passMark, Message.of("certification.requirement." + name + "-best", oneDecimal(v), passMark),
                List.of());
    }

    /** A figure rounded to one decimal, as {@code {0,number,#.#}} then writes it ("24", "74.5", "74,5"). */
    static double oneDecimal(double v) {
        return Math.round(v * 10) / 10.0;
    }
}

package org.sotcourseware.certification;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.audit.AuditLog;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.Refusal;
import org.sotcourseware.certification.internal.CertificatePdf;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.content.Track;
import org.sotcourseware.progress.ProgressReadModel;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.SignedInUser;
import org.sotcourseware.security.UserDirectory;
import org.sotcourseware.security.UserId;
import org.sotcourseware.security.UserSummary;
import org.sotcourseware.seminar.SeminarId;
import org.sotcourseware.seminar.SeminarReadModel;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certification: evaluates students against the tracks of the curriculum file (with the pure
 * {@link TrackRules}), builds the organisers' progress matrix and eligibility lists, awards certificates
 * to eligible students only, revokes them with a reason, renders them as PDF, and answers the public
 * verification page. Awards and revocations are audited.
 */
@Service
public class CertificationService {

    static final String STAFF = "hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ORGANISER + "','" + Roles.ADMIN + "')";
    static final String ORGANISERS = "hasAnyRole('" + Roles.ORGANISER + "','" + Roles.ADMIN + "')";
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base 32: no I, L, O, U
    private static final SecureRandom RANDOM = new SecureRandom();
    private final CatalogueService catalogue;
    private final EvidenceReader evidence;
    private final UserDirectory directory;
    private final CertificateStore store;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final CertificationProperties properties;
    private final Clock clock;

    CertificationService(CatalogueService catalogue, EvidenceReader evidence, UserDirectory directory,
                         CertificateStore store, CurrentUser currentUser, AuditLog audit, CertificationProperties properties, Clock clock) {
        this.catalogue = catalogue;
        this.evidence = evidence;
        this.directory = directory;
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** An award refused because requirements are missing; lists them. */
    public static class NotEligible extends Refusal {
        private final transient List<TrackRules.Requirement> missing;

        NotEligible(Message message, List<TrackRules.Requirement> missing) {
            super(message);
            this.missing = List.copyOf(missing);
        }

        public List<TrackRules.Requirement> missing() {
            return missing;
        }
    }

    /** A request refused, in plain words. */
    public static class CertificationException extends Refusal {
        public CertificationException(Message message) {
            super(message);
        }
    }

    /** A certificate as its holder and staff see it. */
    public record Certificate(CertificateId id, String code, UserId holder, String holderName, String trackId, String trackTitle, String issuer,
                              LocalDate issuedOn, @Nullable LocalDate expiresOn, List<String> achievements, @Nullable Instant revokedAt,
                              @Nullable String revokeReason, String verifyUrl) {
        public Certificate {
            achievements = List.copyOf(achievements);
        }

        public boolean revoked() {
            return revokedAt != null;
        }

        public boolean expiredOn(LocalDate day) {
            return expiresOn != null && day.isAfter(expiresOn);
        }
    }

    // ----- one student -----

    /** A student against every track: their own, or anyone's for staff. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<TrackRules.Evaluation> evaluations(UserId student) {
        currentUser.requireSelfOrStaff(student);
        return evaluate(evidence.of(student));
    }

    /** A student's certificates, newest first, and every track's evaluation: what the dashboard and the record show. */
    public record Standing(List<Certificate> certificates, List<TrackRules.Evaluation> evaluations) {
        public Standing {
            certificates = List.copyOf(certificates);
            evaluations = List.copyOf(evaluations);
        }
    }

    /** A student's certificates and track evaluations in one read: their own, or anyone's for staff. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Standing standing(UserId student) {
        currentUser.requireSelfOrStaff(student);
        return standing(evidence.of(student));
    }

    private Standing standing(TrackEvidence e) {
        return new Standing(e.certificates().stream().map(this::view).toList(), evaluate(e));
    }

    /**
     * Everything the student record screen shows, in one read: the student, their progress, standing, quiz
     * scores and seminar record, and whether the reader may award and revoke. Empty when {@code student} is
     * not a student account.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public Optional<StudentRecord> studentRecord(UserId student) {
        Optional<UserSummary> account = directory.find(student).filter(u -> u.hasRole(Roles.STUDENT));
        if (account.isEmpty()) {
            return Optional.empty();
        }
        SignedInUser me = currentUser.require();
        TrackEvidence e = evidence.of(student);
        return Optional.of(new StudentRecord(account.get(), me.hasRole(Roles.ORGANISER) || me.hasRole(Roles.ADMIN), e.progress(), standing(e),
                evidence.quizScores(student), e.seminars()));
    }

    /** A student's certificates, newest first: their own, or anyone's for staff. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Certificate> certificates(UserId student) {
        currentUser.requireSelfOrStaff(student);
        return store.ofUser(student.value()).stream().map(this::view).toList();
    }

    /**
     * The PDF of a certificate, for its holder or staff. It is an official document and reads the same whoever downloads
     * it: in the language its holder picked for the interface ({@code app_user.language}), English while they have not
     * picked one (English is also the language of the curriculum and of the verification page's fallback).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] pdf(CertificateId certificate) {
        long certificateId = certificate.value();
        CertificateStore.Row r = store.find(certificateId).orElseThrow(() -> new AccessDeniedException("no such certificate"));
        currentUser.requireSelfOrStaff(new UserId(r.userId()));
        Locale language = pdfLanguage(r.userId());
        return CertificatePdf.render(new CertificatePdf.Data(r.holderName(), r.trackTitle(), r.issuer(), r.issuedOn(), r.expiresOn(), r.code(),
                properties.verifyUrl(r.code()), Achievements.in(achievements(r.achievements()), language)), language);
    }

    /** The language a holder's certificates are printed in: the one they picked, else English. */
    Locale pdfLanguage(long holderId) {
        return store.holderLanguage(holderId).flatMap(org.sotcourseware.base.Locales::supported).orElse(org.sotcourseware.base.Locales.ENGLISH);
    }

    /** The file name a certificate downloads as. */
    public static String pdfName(Certificate c) {
        return "certificate-" + c.trackId() + "-" + c.holderName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "")
                + ".pdf";
    }

    // ----- awarding and revoking -----

    /**
     * Awards a certificate for a track to a student who meets every requirement now. Refused with the
     * missing requirements otherwise, or when the student already holds a valid one.
     */
    @Transactional
    @PreAuthorize(ORGANISERS)
    public Certificate award(UserId student, String trackId) {
        SignedInUser me = currentUser.require();
        UserSummary holder = directory.find(student).filter(u -> u.hasRole(Roles.STUDENT))
                .orElseThrow(() -> new CertificationException(Message.of("certification.award.students-only")));
        Track track = track(trackId);
        TrackRules.Evaluation e = evaluations(student).stream().filter(x -> x.track().id().equals(trackId)).findFirst().orElseThrow();
        if (e.current() != null) {
            throw new CertificationException(Message.of("certification.award.already-held", holder.displayName(), track.title()));
        }
        if (!e.eligible()) {
            throw new NotEligible(Message.of("certification.award.not-eligible", holder.displayName(), track.title()), e.missing());
        }
        LocalDate today = LocalDate.now(clock);
        String code = newCode();
        List<String> achievements = achievementLines(track, e);
        long id = store.insert(code, student.value(), track.id(), track.title(), holder.displayName(), properties.issuer(), today,
                TrackRules.expiry(track, today), String.join("\n", achievements), me.id().value(), clock.instant());
        audit.record("certificate-awarded", "certificate " + code, holder.displayName() + " (" + holder.username() + "): " + track.title());
        return view(store.find(id).orElseThrow());
    }

    /** Revokes a certificate with a reason; verification shows it revoked from now on. */
    @Transactional
    @PreAuthorize(ORGANISERS)
    public Certificate revoke(CertificateId certificate, String reason) {
        long certificateId = certificate.value();
        SignedInUser me = currentUser.require();
        CertificateStore.Row r = store.lock(certificateId).orElseThrow(() -> new CertificationException(Message.of("certification.revoke.no-such-certificate")));
        if (r.revokedAt() != null) {
            throw new CertificationException(Message.of("certification.revoke.already-revoked"));
        }
        if (reason.strip().length() < 5) {
            throw new CertificationException(Message.of("certification.revoke.reason-required"));
        }
        if (reason.strip().length() > org.sotcourseware.base.TextLimits.REASON) {
            throw new CertificationException(Message.of("certification.revoke.reason-too-long", reason.strip().length(),
                    org.sotcourseware.base.TextLimits.REASON));
        }
        store.revoke(certificateId, me.id().value(), clock.instant(), reason.strip());
        audit.record("certificate-revoked", "certificate " + r.code(), r.holderName() + ": " + r.trackTitle() + ". Reason: " + reason.strip());
        return view(store.find(certificateId).orElseThrow());
    }

    // ----- public verification -----

    public enum Validity {
        VALID, REVOKED, EXPIRED, UNKNOWN
    }

    /** What the public page shows for a code. UNKNOWN carries nothing else. */
    public record Verification(Validity validity, @Nullable String holderName, @Nullable String trackTitle, @Nullable String issuer,
                               @Nullable LocalDate issuedOn, @Nullable LocalDate expiresOn, @Nullable LocalDate revokedOn) {
        static Verification unknown() {
            return new Verification(Validity.UNKNOWN, null, null, null, null, null, null);
        }
    }

    /** Looks a code up for anyone, signed in or not; a malformed or unknown code reveals nothing. */
    @Transactional(readOnly = true)
    public Verification verify(String code) {
        String c = code.length() > org.sotcourseware.base.TextLimits.SEARCH ? null : normaliseCode(code);
        if (c == null) {
            return Verification.unknown();
        }
        return store.byCode(c).map(r -> {
            LocalDate today = LocalDate.now(clock);
            Validity v = r.revokedAt() != null ? Validity.REVOKED : r.expiresOn() != null && today.isAfter(r.expiresOn()) ? Validity.EXPIRED
                    : Validity.VALID;
            return new Verification(v, r.holderName(), r.trackTitle(), r.issuer(), r.issuedOn(), r.expiresOn(),
                    r.revokedAt() == null ? null : LocalDate.ofInstant(r.revokedAt(), clock.getZone()));
        }).orElse(Verification.unknown());
    }

    /** A code as typed (any case, spaces or missing dashes) in its canonical form, or null if it cannot be one. */
    static @Nullable String normaliseCode(String code) {
        String raw = code.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1').replace('L', '1');
        if (raw.length() != 20 || raw.chars().anyMatch(ch -> CODE_ALPHABET.indexOf(ch) < 0)) {
            return null;
        }
        return raw.substring(0, 5) + "-" + raw.substring(5, 10) + "-" + raw.substring(10, 15) + "-" + raw.substring(15);
    }

    static String newCode() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                sb.append('-');
            }
            sb.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return sb.toString();
    }

    // ----- the cohort: matrix and eligibility -----

    /**
     * Every student (or those enrolled in {@code seminarId}) with their progress per module and status per
     * track: the same figures each student sees, computed for the whole cohort in a few queries.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public ProgressMatrix matrix(@Nullable SeminarId seminarId) {
        long start = System.nanoTime();
        List<UserSummary> students = evidence.cohort(seminarId);
        Map<UserId, TrackEvidence> all = evidence.ofAll(students.stream().map(UserSummary::id).toList());
        Curriculum curriculum = catalogue.curriculum();
        Titles titles = new Titles(curriculum);
        LocalDate today = LocalDate.now(clock);
        List<ProgressMatrix.Row> rows = new ArrayList<>(students.size());
        for (UserSummary s : students) {
            TrackEvidence e = all.get(s.id());
            ProgressReadModel.Student p = e.progress();
            List<TrackRules.Evaluation> evals = evaluate(e, titles, today);
            Map<String, ProgressReadModel.Module> modules = new LinkedHashMap<>();
            p.modules().forEach(m -> modules.put(m.moduleId(), m));
            Map<String, TrackRules.Evaluation> tracks = new LinkedHashMap<>();
            evals.forEach(x -> tracks.put(x.track().id(), x));
            rows.add(new ProgressMatrix.Row(s.id(), s.displayName(), s.username(), s.email(), p.percent(), p.modulesCompleted(), modules, tracks,
                    e.seminars().seminars().stream().map(SeminarReadModel.AttendedHours::seminarId).toList()));
        }
        return new ProgressMatrix(curriculum.modules(), curriculum.tracks(), rows, (System.nanoTime() - start) / 1_000_000);
    }

    // ----- helpers -----

    private List<TrackRules.Evaluation> evaluate(TrackEvidence e) {
        return evaluate(e, new Titles(catalogue.curriculum()), LocalDate.now(clock));
    }

    /** The curriculum's tracks with the module and track titles their requirements name. */
    private record Titles(List<Track> tracks, Map<String, String> modules, Map<String, String> trackTitles) {
        Titles(Curriculum curriculum) {
            this(curriculum.tracks(),
                    curriculum.modules().stream().collect(Collectors.toMap(CourseModule::id, CourseModule::title, (x, y) -> x)),
                    curriculum.tracks().stream().collect(Collectors.toMap(Track::id, Track::title, (x, y) -> x)));
        }
    }

    private static List<TrackRules.Evaluation> evaluate(TrackEvidence e, Titles titles, LocalDate today) {
        TrackRules.Record record = e.record();
        return titles.tracks().stream().map(t -> TrackRules.evaluate(t, record, today, titles.modules(), titles.trackTitles())).toList();
    }

    private Track track(String trackId) {
        return catalogue.curriculum().tracks().stream().filter(t -> t.id().equals(trackId)).findFirst()
                .orElseThrow(() -> new CertificationException(Message.of("certification.award.no-such-track", trackId)));
    }

    /**
     * The achievement lines stored with a certificate, in English ("Modules: ...", "Seminar hours: 42", "Written exam 82%,
     * practical exam 79%"); {@link Achievements#in} writes them in the language of the certificate's PDF.
     */
    private List<String> achievementLines(Track track, TrackRules.Evaluation e) {
        Map<String, String> titles = new Titles(catalogue.curriculum()).modules();
        return Achievements.lines(track.modules().stream().map(m -> titles.getOrDefault(m, m)).toList(),
                track.seminarHours() > 0 ? e.hours() : null, best(e, TrackRules.Kind.WRITTEN), best(e, TrackRules.Kind.PRACTICAL));
    }

    /** The best result of an exam requirement (its figure's value), or null when the track has no such exam or it was not taken. */
    private static @Nullable Double best(TrackRules.Evaluation e, TrackRules.Kind kind) {
        return e.requirements().stream().filter(r -> r.kind() == kind && r.figure().args().size() == 2)
                .map(r -> ((Number) r.figure().args().getFirst()).doubleValue()).findFirst().orElse(null);
    }

    private static List<String> achievements(String stored) {
        return stored.isBlank() ? List.of() : List.of(stored.split("\n"));
    }

    private Certificate view(CertificateStore.Row r) {
        return new Certificate(new CertificateId(r.id()), r.code(), new UserId(r.userId()), r.holderName(), r.trackId(), r.trackTitle(), r.issuer(), r.issuedOn(),
                r.expiresOn(), achievements(r.achievements()), r.revokedAt(), r.revokeReason(), properties.verifyUrl(r.code()));
    }

    /** The seminars, for the matrix's filter. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<SeminarReadModel.Summary> seminars() {
        return evidence.seminars();
    }
}

package org.sotcourseware.seminar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.audit.AuditLog;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.Refusal;
import org.sotcourseware.base.Translatable;
import org.sotcourseware.mail.Mail;
import org.sotcourseware.mail.MailTemplate;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Track;
import org.sotcourseware.security.AccountProvisioning;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.SignedInUser;
import org.sotcourseware.security.UserAdminService;
import org.sotcourseware.security.UserDirectory;
import org.sotcourseware.security.UserId;
import org.sotcourseware.security.UserSummary;
import org.sotcourseware.seminar.SeminarReadModel.Form;
import org.sotcourseware.seminar.internal.EnrolmentCsv;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seminars: organisers create them and enrol students (one by one or from a CSV that is previewed and
 * applied whole or not at all); organisers and instructors record attendance per day and exam results.
 * Certification reads each student's attended hours and exams from here.
 */
@Service
public class SeminarService {

    static final String STAFF = "hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ORGANISER + "','" + Roles.ADMIN + "')";
    static final String ORGANISERS = "hasAnyRole('" + Roles.ORGANISER + "','" + Roles.ADMIN + "')";
    public static final int MAX_DAYS = 14;

    private final SeminarStore store;
    private final CatalogueService catalogue;
    private final UserDirectory directory;
    private final AccountProvisioning accounts;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final Mail mail;

    SeminarService(SeminarStore store, CatalogueService catalogue, UserDirectory directory, AccountProvisioning accounts,
                   CurrentUser currentUser, AuditLog audit, Clock clock, Mail mail) {
        this.store = store;
        this.catalogue = catalogue;
        this.directory = directory;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.mail = mail;
    }

    /** A request refused, with what to fix in plain words. */
    public static class SeminarException extends Refusal {
        public SeminarException(Message message) {
            super(message);
        }

        public SeminarException(String key, Object... args) {
            this(Message.of(key, args));
        }
    }

    /** Several problems as one message, in order, each a sentence. */
    static Message joined(List<Message> problems) {
        Message out = problems.getLast();
        for (int i = problems.size() - 2; i >= 0; i--) {
            out = Message.of("seminar.joined", problems.get(i), out);
        }
        return out;
    }

    /** "The title is 250 characters long; at most 200 are allowed.", or nothing when {@code value} fits. */
    private static java.util.Optional<Message> tooLong(String what, @Nullable String value, int max) {
        return value == null || value.length() <= max ? java.util.Optional.empty()
                : java.util.Optional.of(Message.of("seminar.problem.too-long", Message.of(what), value.length(), max));
    }

    // ----- seminars -----

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<SeminarReadModel.Summary> list() {
        Map<Long, Set<String>> modules = store.modules();
        Map<Long, Integer> counts = store.enrolledCounts();
        return store.all().stream().map(r -> summary(r, modules.getOrDefault(r.id(), Set.of()), counts.getOrDefault(r.id(), 0))).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public SeminarReadModel.Detail detail(SeminarId seminar) {
        long id = seminar.value();
        SeminarStore.Row r = store.find(id).orElseThrow(() -> new SeminarException("seminar.refusal.no-such-seminar"));
        Set<String> modules = store.modules().getOrDefault(id, Set.of());
        List<Long> enrolled = store.enrolled(id);
        List<Long> instructorIds = store.instructors(id);
        Set<UserId> everyone = new HashSet<>();
        enrolled.forEach(u -> everyone.add(new UserId(u)));
        instructorIds.forEach(u -> everyone.add(new UserId(u)));
        Map<UserId, UserSummary> people = directory.findAll(everyone);
        Map<Long, Map<LocalDate, SeminarReadModel.Attendance>> attendance = new HashMap<>();
        for (SeminarStore.AttendanceRow a : store.attendance(id)) {
            attendance.computeIfAbsent(a.userId(), k -> new LinkedHashMap<>()).put(a.day(), new SeminarReadModel.Attendance(a.day(), a.presence(), a.hours()));
        }
        Map<Long, List<SeminarReadModel.Exam>> exams = new HashMap<>();
        for (SeminarStore.ExamRow e : store.exams(id)) {
            exams.computeIfAbsent(e.userId(), k -> new ArrayList<>()).add(new SeminarReadModel.Exam(e.id(), e.trackId(), e.written(), e.practical(),
                    e.date(), e.examiner()));
        }
        List<SeminarReadModel.Participant> participants = new ArrayList<>();
        for (Long u : enrolled) {
            Map<LocalDate, SeminarReadModel.Attendance> a = attendance.getOrDefault(u, Map.of());
            participants.add(new SeminarReadModel.Participant(person(people, u), a, a.values().stream().mapToDouble(SeminarReadModel.Attendance::hours).sum(),
                    exams.getOrDefault(u, List.of())));
        }
        participants.sort(Comparator.comparing(p -> p.person().name().toLowerCase(Locale.ROOT)));
        List<SeminarReadModel.Person> instructors = instructorIds.stream().map(u -> person(people, u)).toList();
        Form form = new Form(r.title(), r.venue(), r.online(), r.startsOn(), r.endsOn(), r.hoursPerDay(), r.capacity(), r.status(), modules,
                Set.copyOf(instructorIds.stream().map(UserId::new).toList()), r.notes());
        return new SeminarReadModel.Detail(summary(r, modules, enrolled.size()), form, instructors, participants, days(r.startsOn(), r.endsOn()), r.notes());
    }

    @Transactional
    @PreAuthorize(ORGANISERS)
    public SeminarId create(Form form) {
        Form f = check(form, 0);
        long id = store.insert(f, clock.instant());
        audit.record("seminar-created", "seminar " + id + " " + f.title(), f.startsOn() + " to " + f.endsOn() + ", " + f.venue());
        return new SeminarId(id);
    }

    @Transactional
    @PreAuthorize(ORGANISERS)
    public void update(SeminarId seminar, Form form) {
        long id = seminar.value();
        store.lock(id).orElseThrow(() -> new SeminarException("seminar.refusal.no-such-seminar"));
        Form f = check(form, store.enrolled(id).size());
        store.update(id, f, clock.instant());
        store.deleteAttendanceOutside(id, f.startsOn(), f.endsOn());
    }

    private Form check(Form f, int enrolled) {
        List<Message> problems = new ArrayList<>();
        if (f.title().isBlank()) {
            problems.add(Message.of("seminar.form.problem.title"));
        }
        tooLong("seminar.form.what.title", f.title(), org.sotcourseware.base.TextLimits.NAME).ifPresent(problems::add);
        tooLong("seminar.form.what.venue", f.venue(), org.sotcourseware.base.TextLimits.NAME).ifPresent(problems::add);
        tooLong("seminar.form.what.notes", f.notes(), org.sotcourseware.base.TextLimits.NOTES).ifPresent(problems::add);
        if (f.venue().isBlank() && !f.online()) {
            problems.add(Message.of("seminar.form.problem.venue"));
        }
        if (f.endsOn().isBefore(f.startsOn())) {
            problems.add(Message.of("seminar.form.problem.last-before-first"));
        } else if (ChronoUnit.DAYS.between(f.startsOn(), f.endsOn()) + 1 > MAX_DAYS) {
            problems.add(Message.of("seminar.form.problem.too-many-days", MAX_DAYS));
        }
        if (f.hoursPerDay() <= 0 || f.hoursPerDay() > 12) {
            problems.add(Message.of("seminar.form.problem.hours"));
        }
        if (f.capacity() < 1 || f.capacity() > 5000) {
            problems.add(Message.of("seminar.form.problem.capacity"));
        } else if (f.capacity() < enrolled) {
            problems.add(Message.of("seminar.form.problem.capacity-below-enrolled", enrolled));
        }
        if (f.modules().isEmpty()) {
            problems.add(Message.of("seminar.form.problem.modules"));
        }
        f.modules().stream().filter(m -> catalogue.module(m).isEmpty()).forEach(m -> problems.add(Message.of("seminar.form.problem.no-such-module", m)));
        if (!problems.isEmpty()) {
            throw new SeminarException(joined(problems));
        }
        return new Form(f.title().strip(), f.online() && f.venue().isBlank() ? "Online" : f.venue().strip(), f.online(), f.startsOn(),
                f.endsOn(), f.hoursPerDay(), f.capacity(), f.status(), f.modules(), f.instructors(),
                f.notes() == null || f.notes().isBlank() ? null : f.notes().strip());
    }

    // ----- enrolment -----

    @Transactional
    @PreAuthorize(ORGANISERS)
    public boolean enrol(SeminarId seminar, UserId student) {
        long seminarId = seminar.value();
        SeminarStore.Row r = store.lock(seminarId).orElseThrow(() -> new SeminarException("seminar.refusal.no-such-seminar"));
        UserSummary s = directory.find(student).filter(u -> u.hasRole(Roles.STUDENT))
                .orElseThrow(() -> new SeminarException("seminar.refusal.only-students"));
        List<Long> enrolled = store.enrolled(seminarId);
        if (enrolled.contains(student.value())) {
            return false;
        }
        if (enrolled.size() >= r.capacity()) {
            throw new SeminarException("seminar.refusal.full", r.capacity());
        }
        store.enrol(seminarId, student.value(), currentUser.require().id().value(), clock.instant());
        audit.record("enrolled", "seminar " + seminarId + " " + r.title(), s.displayName() + " (" + s.username() + ")");
        return true;
    }

    @Transactional
    @PreAuthorize(ORGANISERS)
    public void unenrol(SeminarId seminar, UserId student) {
        long seminarId = seminar.value();
        SeminarStore.Row r = store.lock(seminarId).orElseThrow(() -> new SeminarException("seminar.refusal.no-such-seminar"));
        if (store.unenrol(seminarId, student.value())) {
            audit.record("unenrolled", "seminar " + seminarId + " " + r.title(), "user " + student.value());
        }
    }

    /** What a CSV of students would do for this seminar: nothing is changed. */
    @Transactional(readOnly = true)
    @PreAuthorize(ORGANISERS)
    public SeminarReadModel.ImportPreview previewImport(SeminarId seminar, String csv) {
        long seminarId = seminar.value();
        SeminarStore.Row r = store.find(seminarId).orElseThrow(() -> new SeminarException("seminar.refusal.no-such-seminar"));
        EnrolmentCsv.Parsed parsed = EnrolmentCsv.parse(csv);
        List<SeminarReadModel.ImportProblem> problems = new ArrayList<>(parsed.problems().stream()
                .map(p -> new SeminarReadModel.ImportProblem(p.line(), p.message())).toList());
        Set<Long> enrolled = new HashSet<>(store.enrolled(seminarId));
        List<SeminarReadModel.ImportRow> rows = new ArrayList<>();
        int created = 0;
        int existing = 0;
        int already = 0;
        for (EnrolmentCsv.Row row : parsed.rows()) {
            var account = accounts.findByEmail(row.email());
            SeminarReadModel.ImportAction action;
            if (account.isPresent()) {
                UserSummary u = account.get();
                if (!u.hasRole(Roles.STUDENT)) {
                    problems.add(new SeminarReadModel.ImportProblem(row.line(), Message.of("seminar.import.problem.staff", row.email(), u.username())));
                    continue;
                }
                if (!u.enabled()) {
                    problems.add(new SeminarReadModel.ImportProblem(row.line(), Message.of("seminar.import.problem.disabled", row.email(), u.username())));
                    continue;
                }
                if (enrolled.contains(u.id().value())) {
                    action = SeminarReadModel.ImportAction.ALREADY_ENROLLED;
                    already++;
                } else {
                    action = SeminarReadModel.ImportAction.EXISTING;
                    existing++;
                }
            } else {
                if (row.username() != null && accounts.usernameTaken(row.username())) {
                    problems.add(new SeminarReadModel.ImportProblem(row.line(), Message.of("seminar.import.problem.username-taken", row.username())));
                    continue;
                }
                action = SeminarReadModel.ImportAction.NEW_ACCOUNT;
                created++;
            }
            rows.add(new SeminarReadModel.ImportRow(row.line(), row.email(), row.displayName(), row.username(), action));
        }
        int after = enrolled.size() + created + existing;
        if (after > r.capacity()) {
            problems.add(new SeminarReadModel.ImportProblem(0, Message.of("seminar.import.problem.capacity", r.capacity(), enrolled.size(), created + existing)));
        }
        problems.sort(Comparator.comparingInt(SeminarReadModel.ImportProblem::line));
        return new SeminarReadModel.ImportPreview(rows, problems, created, existing, already);
    }

    /**
     * Applies a CSV: creates the new accounts (each with a one-time set-up link) and enrols everyone, in
     * one transaction. Refused whole, changing nothing, when any row has a problem.
     */
    @Transactional
    @PreAuthorize(ORGANISERS)
    public SeminarReadModel.ImportResult applyImport(SeminarId seminar, String csv, String linkBase) {
        long seminarId = seminar.value();
        SeminarStore.Row r = store.lock(seminarId).orElseThrow(() -> new SeminarException("seminar.refusal.no-such-seminar"));
        SeminarReadModel.ImportPreview preview = previewImport(seminar, csv);
        if (!preview.ok()) {
            throw new SeminarException("seminar.import.refused", preview.problems().size());
        }
        SignedInUser me = currentUser.require();
        Instant now = clock.instant();
        List<SeminarReadModel.SetupLink> links = new ArrayList<>();
        int enrolled = 0;
        for (SeminarReadModel.ImportRow row : preview.rows()) {
            UserId id;
            switch (row.action()) {
                case NEW_ACCOUNT -> {
                    AccountProvisioning.Created c;
                    try {
                        c = accounts.createStudent(row.email(), row.name(), row.username());
                    } catch (UserAdminService.InvalidUserException e) {
                        throw new SeminarException("seminar.import.line-refused", row.line(),
                                e instanceof Translatable t ? t.message() : String.valueOf(e.getMessage()));
                    }
                    id = c.user().id();
                    links.add(new SeminarReadModel.SetupLink(row.name(), row.email(), c.user().username(), linkBase + c.setupToken()));
                    mail.send(row.email(), MailTemplate.ACCOUNT_SETUP, Map.of("name", row.name(), "username", c.user().username(),
                            "seminar", r.title(), "link", mail.link("/account/setup/" + c.setupToken()),
                            "days", String.valueOf(AccountProvisioning.LINK_VALIDITY.toDays())));
                }
                case EXISTING -> id = accounts.findByEmail(row.email()).orElseThrow().id();
                default -> {
                    continue;
                }
            }
            if (store.enrol(seminarId, id.value(), me.id().value(), now)) {
                enrolled++;
            }
        }
        audit.record("enrolment-import", "seminar " + seminarId + " " + r.title(), enrolled + " enrolled, " + links.size() + " accounts created"
                + (mail.enabled() && !links.isEmpty() ? ", set-up links emailed" : ""));
        return new SeminarReadModel.ImportResult(enrolled, links.size(), mail.enabled() ? List.of() : links, mail.enabled());
    }

    // ----- attendance and exams -----

    @Transactional
    @PreAuthorize(STAFF)
    public void recordAttendance(SeminarId seminar, UserId student, LocalDate day, SeminarReadModel.Presence presence, @Nullable Double partialHours) {
        long seminarId = seminar.value();
        SeminarStore.Row r = store.lock(seminarId).orElseThrow(() -> new SeminarException("seminar.refusal.no-such-seminar"));
        if (day.isBefore(r.startsOn()) || day.isAfter(r.endsOn())) {
            throw new SeminarException("seminar.refusal.not-a-day", day);
        }
        if (!store.enrolled(seminarId).contains(student.value())) {
            throw new SeminarException("seminar.refusal.not-enrolled");
        }
        double hours = switch (presence) {
            case PRESENT -> r.hoursPerDay();
            case ABSENT -> 0;
            case PARTIAL -> {
                if (partialHours == null || partialHours <= 0 || partialHours >= r.hoursPerDay()) {
                    throw new SeminarException("seminar.refusal.partial-hours", r.hoursPerDay());
                }
                yield partialHours;
            }
        };
        store.setAttendance(seminarId, student.value(), day, presence, hours, currentUser.require().id().value(), clock.instant());
    }

    /** Marks every enrolled student present on one day who has no attendance recorded for it yet. */
    @Transactional
    @PreAuthorize(STAFF)
    public int markRestPresent(SeminarId seminar, LocalDate day) {
        long seminarId = seminar.value();
        SeminarStore.Row r = store.lock(seminarId).orElseThrow(() -> new SeminarException("seminar.refusal.no-such-seminar"));
        if (day.isBefore(r.startsOn()) || day.isAfter(r.endsOn())) {
            throw new SeminarException("seminar.refusal.not-a-day", day);
        }
        Set<Long> recorded = new HashSet<>();
        store.attendance(seminarId).stream().filter(a -> a.day().equals(day)).forEach(a -> recorded.add(a.userId()));
        int n = 0;
        for (Long u : store.enrolled(seminarId)) {
            if (!recorded.contains(u)) {
                store.setAttendance(seminarId, u, day, SeminarReadModel.Presence.PRESENT, r.hoursPerDay(), currentUser.require().id().value(), clock.instant());
                n++;
            }
        }
        return n;
    }

    /** Records (or corrects) a student's exam results for a track at this seminar. */
    @Transactional
    @PreAuthorize(STAFF)
    public long recordExam(SeminarId seminar, UserId student, String trackId, @Nullable Double written, @Nullable Double practical, LocalDate date,
                           String examiner) {
        long seminarId = seminar.value();
        SeminarStore.Row r = store.lock(seminarId).orElseThrow(() -> new SeminarException("seminar.refusal.no-such-seminar"));
        if (!store.enrolled(seminarId).contains(student.value())) {
            throw new SeminarException("seminar.refusal.not-enrolled");
        }
        Track track = catalogue.curriculum().tracks().stream().filter(t -> t.id().equals(trackId)).findFirst()
                .orElseThrow(() -> new SeminarException("seminar.refusal.no-such-track", trackId));
        tooLong("seminar.exam.what.examiner", examiner, org.sotcourseware.base.TextLimits.NAME).ifPresent(m -> {
            throw new SeminarException(m);
        });
        if (written == null && practical == null) {
            throw new SeminarException("seminar.exam.problem.none");
        }
        for (Double v : new Double[] {written, practical}) {
            if (v != null && (v < 0 || v > 100 || v.isNaN())) {
                throw new SeminarException("seminar.exam.problem.percent");
            }
        }
        if (examiner.isBlank()) {
            throw new SeminarException("seminar.exam.problem.examiner");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new SeminarException("seminar.exam.problem.future");
        }
        if (date.isBefore(r.startsOn().minusDays(1))) {
            throw new SeminarException("seminar.exam.problem.before-seminar");
        }
        long id = store.saveExam(seminarId, student.value(), track.id(), written, practical, date, examiner.strip(), currentUser.require().id().value(),
                clock.instant());
        audit.record("exam-recorded", "seminar " + seminarId + " " + r.title(), "user " + student.value() + ", " + track.title() + ": written "
                + (written == null ? "–" : written + "%") + ", practical " + (practical == null ? "–" : practical + "%") + " (" + examiner.strip() + ")");
        return id;
    }

    /**
     * Records the practical figures of a practical exam (OSCE) run at this seminar, one per candidate, keeping
     * each candidate's written result: what {@code exam.ExamService} writes when an organiser releases results,
     * and again after a re-mark. One audit entry for the lot.
     */
    @Transactional
    @PreAuthorize(ORGANISERS)
    public void recordPracticalResults(SeminarId seminar, String trackId, Map<UserId, Double> figures, LocalDate date, String examiner) {
        long seminarId = seminar.value();
        SeminarStore.Row r = store.lock(seminarId).orElseThrow(() -> new SeminarException("seminar.refusal.no-such-seminar"));
        Track track = catalogue.curriculum().tracks().stream().filter(t -> t.id().equals(trackId)).findFirst()
                .orElseThrow(() -> new SeminarException("seminar.refusal.no-such-track", trackId));
        Set<Long> enrolled = new HashSet<>(store.enrolled(seminarId));
        Map<Long, SeminarStore.ExamRow> existing = new HashMap<>();
        store.exams(seminarId).stream().filter(e -> e.trackId().equals(track.id())).forEach(e -> existing.put(e.userId(), e));
        long by = currentUser.require().id().value();
        List<String> figuresText = new ArrayList<>();
        for (Map.Entry<UserId, Double> f : figures.entrySet()) {
            double v = f.getValue();
            if (!enrolled.contains(f.getKey().value())) {
                throw new SeminarException("seminar.refusal.user-not-enrolled", f.getKey().value());
            }
            if (v < 0 || v > 100 || Double.isNaN(v)) {
                throw new SeminarException("seminar.exam.problem.percent");
            }
            SeminarStore.ExamRow old = existing.get(f.getKey().value());
            store.saveExam(seminarId, f.getKey().value(), track.id(), old == null ? null : old.written(), v, date, examiner, by, clock.instant());
            figuresText.add("user " + f.getKey().value() + " " + v + "%");
        }
        audit.record("practical-results-recorded", "seminar " + seminarId + " " + r.title(), track.title() + " (" + examiner + "): "
                + String.join(", ", figuresText));
    }

    // ----- what certification reads -----

    /** A student's attended hours per seminar and exam results: their own, or anyone's for staff. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SeminarReadModel.StudentRecord record(UserId student) {
        currentUser.requireSelfOrStaff(student);
        return records(List.of(student), false).getOrDefault(student, SeminarReadModel.StudentRecord.empty());
    }

    /** The records of many students at once (staff screens over a cohort). */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public Map<UserId, SeminarReadModel.StudentRecord> records(Collection<UserId> students) {
        return records(students, students.size() > 500);
    }

    private Map<UserId, SeminarReadModel.StudentRecord> records(Collection<UserId> students, boolean all) {
        List<Long> ids = students.stream().map(UserId::value).toList();
        Map<Long, SeminarStore.Row> seminars = new HashMap<>();
        store.all().forEach(r -> seminars.put(r.id(), r));
        Map<Long, Set<String>> modules = store.modules();
        Map<Long, Map<Long, Double>> hours = store.hours(all ? null : ids);
        Map<Long, List<SeminarStore.ExamRow>> exams = new HashMap<>();
        store.examsOf(all ? null : ids).forEach(e -> exams.computeIfAbsent(e.userId(), k -> new ArrayList<>()).add(e));
        Map<Long, List<Long>> enrolments = store.enrolments(all ? null : ids);
        Map<UserId, SeminarReadModel.StudentRecord> out = new LinkedHashMap<>();
        for (UserId u : students) {
            List<SeminarReadModel.AttendedHours> attended = new ArrayList<>();
            Map<Long, Double> mine = hours.getOrDefault(u.value(), Map.of());
            for (Long s : enrolments.getOrDefault(u.value(), List.of())) {
                SeminarStore.Row r = seminars.get(s);
                if (r != null) {
                    attended.add(new SeminarReadModel.AttendedHours(new SeminarId(s), r.title(), modules.getOrDefault(s, Set.of()), mine.getOrDefault(s, 0.0), r.status(),
                            r.startsOn()));
                }
            }
            attended.sort(Comparator.comparing(SeminarReadModel.AttendedHours::startsOn));
            List<SeminarReadModel.ExamRecord> exam = exams.getOrDefault(u.value(), List.of()).stream()
                    .map(e -> new SeminarReadModel.ExamRecord(new SeminarId(e.seminarId()), seminars.containsKey(e.seminarId()) ? seminars.get(e.seminarId()).title() : "",
                            e.trackId(), e.written(), e.practical(), e.date(), e.examiner())).toList();
            out.put(u, new SeminarReadModel.StudentRecord(attended, exam));
        }
        return out;
    }

    /** The students enrolled in a seminar. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<UserId> enrolled(SeminarId seminar) {
        long seminarId = seminar.value();
        return store.enrolled(seminarId).stream().map(UserId::new).toList();
    }

    // ----- helpers -----

    private SeminarReadModel.Summary summary(SeminarStore.Row r, Set<String> modules, int enrolled) {
        List<String> titles = catalogue.curriculum().modules().stream().filter(m -> modules.contains(m.id())).map(CourseModule::title).toList();
        long days = ChronoUnit.DAYS.between(r.startsOn(), r.endsOn()) + 1;
        return new SeminarReadModel.Summary(new SeminarId(r.id()), r.title(), r.venue(), r.online(), r.startsOn(), r.endsOn(), r.hoursPerDay(), r.status(), enrolled,
                r.capacity(), titles, days * r.hoursPerDay());
    }

    private static SeminarReadModel.Person person(Map<UserId, UserSummary> people, long id) {
        UserSummary u = people.get(new UserId(id));
        return u == null ? new SeminarReadModel.Person(new UserId(id), "User " + id, "", null)
                : new SeminarReadModel.Person(u.id(), u.displayName(), u.username(), u.email());
    }

    static List<LocalDate> days(LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to) && out.size() < MAX_DAYS; d = d.plusDays(1)) {
            out.add(d);
        }
        return out;
    }
}

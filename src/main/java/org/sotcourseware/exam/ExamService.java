package org.sotcourseware.exam;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
import org.sotcourseware.base.CsvExport;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.Refusal;
import org.sotcourseware.base.Translations;
import org.sotcourseware.base.Numbers;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Station;
import org.sotcourseware.content.Track;
import org.sotcourseware.exam.ExamStore.ExamRow;
import org.sotcourseware.exam.internal.ExamPdf;
import org.sotcourseware.exam.ExamStore.MarkRow;
import org.sotcourseware.exam.ExamStore.SheetRow;
import org.sotcourseware.exam.ExamStore.StationRow;
import org.sotcourseware.exam.OsceScoring.CandidateResult;
import org.sotcourseware.exam.OsceScoring.Sheet;
import org.sotcourseware.exam.OsceScoring.SheetScore;
import org.sotcourseware.exam.OsceScoring.StationResult;
import org.sotcourseware.exam.OsceStatistics.Figure;
import org.sotcourseware.exam.OsceStatistics.Standard;
import org.sotcourseware.exam.PracticalExams.Cell;
import org.sotcourseware.exam.PracticalExams.Correction;
import org.sotcourseware.exam.PracticalExams.CorrectionKind;
import org.sotcourseware.exam.PracticalExams.Detail;
import org.sotcourseware.exam.PracticalExams.ExamStation;
import org.sotcourseware.exam.PracticalExams.Feedback;
import org.sotcourseware.exam.PracticalExams.Missed;
import org.sotcourseware.exam.PracticalExams.MyStation;
import org.sotcourseware.exam.PracticalExams.Options;
import org.sotcourseware.exam.PracticalExams.Person;
import org.sotcourseware.exam.PracticalExams.Phase;
import org.sotcourseware.exam.PracticalExams.Queue;
import org.sotcourseware.exam.PracticalExams.QueueEntry;
import org.sotcourseware.exam.PracticalExams.Results;
import org.sotcourseware.exam.PracticalExams.Row;
import org.sotcourseware.exam.PracticalExams.Saved;
import org.sotcourseware.exam.PracticalExams.Setup;
import org.sotcourseware.exam.PracticalExams.SheetState;
import org.sotcourseware.exam.PracticalExams.SheetSummary;
import org.sotcourseware.exam.PracticalExams.SheetView;
import org.sotcourseware.exam.PracticalExams.Slot;
import org.sotcourseware.exam.PracticalExams.StationColumn;
import org.sotcourseware.exam.PracticalExams.StationFeedback;
import org.sotcourseware.exam.PracticalExams.StationSetup;
import org.sotcourseware.exam.PracticalExams.Summary;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.SignedInUser;
import org.sotcourseware.security.UserDirectory;
import org.sotcourseware.security.UserId;
import org.sotcourseware.security.UserSummary;
import org.sotcourseware.seminar.SeminarId;
import org.sotcourseware.seminar.SeminarService;
import org.sotcourseware.seminar.SeminarReadModel;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practical exams (OSCE): organisers set them up for a seminar and download the running order; examiners
 * score the candidates at their own station, and only while the exam runs, one tap at a time; organisers
 * read the results with the standard setting and quality figures, correct or re-mark a submitted sheet
 * with a reason, and release the results, which records each candidate's practical figure at the seminar
 * (what certification reads) and opens the candidate's feedback. docs/certification.md.
 */
@Service
public class ExamService {

    static final String STAFF = "hasAnyRole('" + Roles.INSTRUCTOR + "','" + Roles.ORGANISER + "','" + Roles.ADMIN + "')";
    static final String ORGANISERS = "hasAnyRole('" + Roles.ORGANISER + "','" + Roles.ADMIN + "')";
    /** Examiners may open their sheets this long before the first round. */
    public static final int OPENS_MINUTES_BEFORE = 30;
    /** …and keep scoring this long after the last round (a sheet finished after the candidate left). */
    public static final int CLOSES_MINUTES_AFTER = 120;
    public static final int MAX_COMMENT = 1000;

    private final ExamStore store;
    private final SeminarService seminars;
    private final CatalogueService catalogue;
    private final UserDirectory directory;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ExamService(ExamStore store, SeminarService seminars, CatalogueService catalogue, UserDirectory directory, CurrentUser currentUser,
                AuditLog audit, Clock clock) {
        this.store = store;
        this.seminars = seminars;
        this.catalogue = catalogue;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** A request refused, with what to fix in plain words: {@link #message()} to translate, {@code getMessage()} in English. */
    public static class ExamException extends Refusal {
        public ExamException(Message message) {
            super(message);
        }

        public ExamException(String key, Object... args) {
            this(Message.of(key, args));
        }
    }

    /** Several problems as one message, in order, each a sentence. */
    static Message joined(List<Message> problems) {
        Message out = problems.getLast();
        for (int i = problems.size() - 2; i >= 0; i--) {
            out = Message.of("exam.joined", problems.get(i), out);
        }
        return out;
    }

    // ----- set-up -----

    @Transactional(readOnly = true)
    @PreAuthorize(ORGANISERS)
    public List<Summary> list() {
        Map<Long, String> titles = seminarTitles();
        return store.all().stream().map(e -> summary(e, titles.getOrDefault(e.seminarId(), "seminar " + e.seminarId()))).toList();
    }

    /** The stations (from the seminar's modules), candidates (the enrolment), staff and tracks an exam for this seminar can use. */
    @Transactional(readOnly = true)
    @PreAuthorize(ORGANISERS)
    public Options options(SeminarId seminar) {
        SeminarReadModel.Detail d = seminars.detail(seminar);
        List<PracticalExams.StationChoice> stations = new ArrayList<>();
        for (CourseModule m : catalogue.curriculum().modules()) {
            if (d.form().modules().contains(m.id())) {
                for (Station s : m.publishedStations()) {
                    stations.add(new PracticalExams.StationChoice(m.id(), m.title(), s.id(), s.title(), s.minutes(), s.totalMarks()));
                }
            }
        }
        List<Person> candidates = d.participants().stream().map(p -> new Person(p.person().id(), p.person().name())).toList();
        List<Person> staff = directory.staff().stream().map(u -> new Person(u.id(), u.displayName())).toList();
        List<PracticalExams.TrackChoice> tracks = catalogue.curriculum().tracks().stream().filter(t -> t.practicalPassMark() != null)
                .map(t -> new PracticalExams.TrackChoice(t.id(), t.title())).toList();
        return new Options(seminar, d.summary().title(), candidates, staff, stations, tracks);
    }

    @Transactional
    @PreAuthorize(ORGANISERS)
    public PracticalExamId create(Setup setup) {
        Options o = options(setup.seminar());
        List<Message> problems = new ArrayList<>();
        if (setup.title().isBlank() || setup.title().length() > 200) {
            problems.add(Message.of("exam.setup.problem.title", 200));
        }
        if (o.tracks().stream().noneMatch(t -> t.id().equals(setup.trackId()))) {
            problems.add(Message.of("exam.setup.problem.track"));
        }
        if (setup.slotMinutes() < 1 || setup.slotMinutes() > 120) {
            problems.add(Message.of("exam.setup.problem.slot", 1, 120));
        }
        if (setup.changeoverMinutes() < 0 || setup.changeoverMinutes() > 30) {
            problems.add(Message.of("exam.setup.problem.changeover", 0, 30));
        }
        if (setup.stations().isEmpty()) {
            problems.add(Message.of("exam.setup.problem.no-station"));
        }
        if (setup.mustPass() < 0 || setup.mustPass() > setup.stations().size()) {
            problems.add(Message.of("exam.setup.problem.must-pass", setup.stations().size()));
        }
        Set<String> seen = new HashSet<>();
        Set<UserId> staff = new HashSet<>(o.staff().stream().map(Person::id).toList());
        Set<UserId> examiners = new HashSet<>();
        for (int i = 0; i < setup.stations().size(); i++) {
            StationSetup s = setup.stations().get(i);
            int where = i + 1;
            if (o.stations().stream().noneMatch(c -> c.stationId().equals(s.stationId()))) {
                problems.add(Message.of("exam.setup.problem.not-a-station", where, s.stationId()));
            }
            if (!seen.add(s.stationId())) {
                problems.add(Message.of("exam.setup.problem.station-twice", where, s.stationId()));
            }
            if (s.room().isBlank() || s.room().length() > 100) {
                problems.add(Message.of("exam.setup.problem.room", where, 100));
            }
            if (s.examiners().isEmpty() || s.examiners().size() > 2) {
                problems.add(Message.of("exam.setup.problem.examiner-count", where));
            }
            for (UserId u : s.examiners()) {
                if (!staff.contains(u)) {
                    problems.add(Message.of("exam.setup.problem.examiner-not-staff", where));
                } else if (!examiners.add(u)) {
                    problems.add(Message.of("exam.setup.problem.examiner-twice", where, name(o.staff(), u)));
                }
            }
        }
        Set<UserId> enrolled = new HashSet<>(o.candidates().stream().map(Person::id).toList());
        if (setup.candidates().isEmpty()) {
            problems.add(Message.of("exam.setup.problem.no-candidate"));
        }
        if (!enrolled.containsAll(setup.candidates())) {
            problems.add(Message.of("exam.setup.problem.not-enrolled"));
        }
        if (new HashSet<>(setup.candidates()).size() != setup.candidates().size()) {
            problems.add(Message.of("exam.setup.problem.candidate-twice"));
        }
        if (!problems.isEmpty()) {
            throw new ExamException(joined(problems));
        }
        long by = currentUser.require().id().value();
        long id = store.insert(setup.seminar().value(), setup.trackId(), setup.title().strip(), setup.startsAt(), setup.slotMinutes(),
                setup.changeoverMinutes(), setup.method(), setup.mustPass(), by, clock.instant());
        for (int i = 0; i < setup.stations().size(); i++) {
            StationSetup s = setup.stations().get(i);
            String module = o.stations().stream().filter(c -> c.stationId().equals(s.stationId())).findFirst().orElseThrow().moduleId();
            store.addStation(id, i + 1, module, s.stationId(), s.room().strip());
            for (UserId u : s.examiners()) {
                store.addExaminer(id, i + 1, u.value());
            }
        }
        for (int i = 0; i < setup.candidates().size(); i++) {
            store.addCandidate(id, setup.candidates().get(i).value(), i);
        }
        audit.record("practical-exam-created", "practical exam " + id + " " + setup.title().strip(), "seminar " + setup.seminar().value() + ", "
                + setup.stations().size() + " stations, " + setup.candidates().size() + " candidates, starts " + setup.startsAt());
        return new PracticalExamId(id);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ORGANISERS)
    public Detail detail(PracticalExamId exam) {
        ExamRow e = exam(exam);
        return detail(e, summary(e, seminarTitles().getOrDefault(e.seminarId(), "")));
    }

    /** The running order as CSV: one line per candidate per station, in time order. */
    @Transactional(readOnly = true)
    @PreAuthorize(ORGANISERS)
    public byte[] runningOrderCsv(PracticalExamId exam) {
        Detail d = detail(exam);
        List<List<?>> rows = new ArrayList<>();
        for (Slot s : d.runningOrder()) {
            rows.add(List.of(s.round(), s.from().toLocalDate().toString(), hhmm(s.from()), hhmm(s.to()), s.stationNo(), s.station(), s.room(),
                    s.candidate().name(), String.join("; ", s.examiners().stream().map(Person::name).toList())));
        }
        return CsvExport.write(List.of("Round", "Date", "From", "To", "Station no", "Station", "Room", "Candidate", "Examiners"), rows);
    }

    /** The running order as a printable PDF in English (landscape A4, the header repeated on every page). */
    @Transactional(readOnly = true)
    @PreAuthorize(ORGANISERS)
    public byte[] runningOrderPdf(PracticalExamId exam) {
        return runningOrderPdf(exam, Locale.ENGLISH);
    }

    /** The running order as a printable PDF in the reader's language (landscape A4, the header repeated on every page). */
    @Transactional(readOnly = true)
    @PreAuthorize(ORGANISERS)
    public byte[] runningOrderPdf(PracticalExamId exam, Locale locale) {
        Detail d = detail(exam);
        Summary s = d.summary();
        List<ExamPdf.Line> lines = new ArrayList<>();
        for (Slot x : d.runningOrder()) {
            lines.add(new ExamPdf.Line(List.of(String.valueOf(x.round()), hhmm(x.from()) + "\u2013" + hhmm(x.to()), x.stationNo() + ". " + x.station(),
                    x.room(), x.candidate().name(), String.join(", ", x.examiners().stream().map(Person::name).toList()))));
        }
        return ExamPdf.table(Translations.text(locale, "exam.pdf.running-order.title", s.title()),
                Translations.text(locale, "exam.pdf.running-order.subtitle", ExamPdf.when(s.startsAt(), locale), hhmm(s.endsAt()), s.seminarTitle(),
                        s.stations(), s.slotMinutes(), s.changeoverMinutes(), s.candidates()),
                List.of(Translations.text(locale, "exam.running-order.round"), Translations.text(locale, "exam.running-order.time"),
                        Translations.text(locale, "exam.running-order.station"), Translations.text(locale, "exam.running-order.room"),
                        Translations.text(locale, "exam.running-order.candidate"), Translations.text(locale, "exam.running-order.examiners")),
                new float[] {0.9f, 1.3f, 4f, 1.4f, 2.2f, 3f}, lines);
    }

    static String hhmm(LocalDateTime t) {
        return String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }

    // ----- the examiner -----

    /** The stations the signed-in user examines at, in every exam, with whether scoring is open now. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<MyStation> myStations() {
        long me = currentUser.require().id().value();
        List<MyStation> out = new ArrayList<>();
        for (ExamRow e : store.examining(me)) {
            Map<Integer, List<Long>> examiners = store.examiners(e.id());
            List<StationRow> stations = store.stations(e.id());
            int candidates = store.candidates(e.id()).size();
            List<SheetRow> sheets = store.sheets(e.id());
            for (StationRow s : stations) {
                if (examiners.getOrDefault(s.stationNo(), List.of()).contains(me)) {
                    int submitted = (int) sheets.stream().filter(x -> x.stationNo() == s.stationNo() && x.examinerId() == me && x.submittedAt() != null)
                            .count();
                    out.add(new MyStation(new PracticalExamId(e.id()), e.title(), s.stationNo(), stationTitle(s), s.room(), e.startsAt(), end(e, stations.size(),
                            candidates), phase(e, stations.size(), candidates), candidates, submitted));
                }
            }
        }
        return out;
    }

    /** The candidates at one of the signed-in examiner's stations, in running order, with the state of each sheet. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public Queue queue(PracticalExamId exam, int stationNo) {
        MyStation station = myStation(exam, stationNo);
        ExamRow e = exam(exam);
        long me = currentUser.require().id().value();
        Map<Long, SheetRow> mine = new HashMap<>();
        store.sheets(e.id()).stream().filter(s -> s.stationNo() == stationNo && s.examinerId() == me).forEach(s -> mine.put(s.candidateId(), s));
        Map<Long, Integer> marked = new HashMap<>();
        for (SheetRow s : mine.values()) {
            marked.put(s.id(), store.marks(s.id()).size());
        }
        Detail d = detail(e, summary(e, ""));
        List<QueueEntry> out = new ArrayList<>();
        for (Slot s : d.runningOrder()) {
            if (s.stationNo() != stationNo) {
                continue;
            }
            SheetRow sheet = mine.get(s.candidate().id().value());
            SheetState state = sheet == null ? SheetState.NOT_STARTED : sheet.submittedAt() != null ? SheetState.SUBMITTED
                    : sheet.rating() == null && marked.getOrDefault(sheet.id(), 0) == 0 ? SheetState.NOT_STARTED : SheetState.IN_PROGRESS;
            out.add(new QueueEntry(s.candidate(), s.from(), state));
        }
        return new Queue(station, out);
    }

    /**
     * The signed-in examiner's sheet for a candidate at their station, made when first opened. Only the
     * station's examiners, only for its candidates, and only while scoring is open.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public SheetView openSheet(PracticalExamId exam, int stationNo, UserId candidate) {
        MyStation station = myStation(exam, stationNo);
        if (!station.open()) {
            throw station.phase() == Phase.UPCOMING ? new ExamException("exam.refusal.scoring-not-open", OPENS_MINUTES_BEFORE)
                    : new ExamException("exam.refusal.scoring-closed");
        }
        ExamRow e = exam(exam);
        if (store.candidates(e.id()).stream().noneMatch(c -> c[0] == candidate.value())) {
            throw new ExamException("exam.refusal.not-a-candidate");
        }
        long me = currentUser.require().id().value();
        Station st = station(e, stationNo);
        SheetRow row = store.sheet(e.id(), stationNo, candidate.value(), me).orElseGet(() -> {
            long id = store.insertSheet(e.id(), stationNo, candidate.value(), me, st.version(), clock.instant());
            return store.sheet(id).orElseThrow();
        });
        return view(row, e, st);
    }

    /** Saves one item's marks on the signed-in examiner's open sheet (null clears it). Idempotent: a retried tap saves the same. */
    @Transactional
    @PreAuthorize(STAFF)
    public Saved mark(SheetId sheet, String itemId, @Nullable Integer marks) {
        Editable ed = editable(sheet);
        Station.ChecklistItem item = item(ed.station(), itemId);
        if (marks != null && !OsceScoring.allowed(item, marks)) {
            throw new ExamException("exam.refusal.marks-not-allowed", item.text(), allowedText(item), marks);
        }
        store.setMark(ed.row().id(), itemId, marks, clock.instant());
        return saved(ed);
    }

    /** Saves a comment on one item of the signed-in examiner's open sheet (blank clears it). */
    @Transactional
    @PreAuthorize(STAFF)
    public Saved comment(SheetId sheet, String itemId, @Nullable String comment) {
        Editable ed = editable(sheet);
        item(ed.station(), itemId);
        store.setItemComment(ed.row().id(), itemId, text(comment), clock.instant());
        return saved(ed);
    }

    /** Saves the global rating (0 fail … 4 excellent; null clears it). */
    @Transactional
    @PreAuthorize(STAFF)
    public Saved rate(SheetId sheet, @Nullable Integer rating) {
        Editable ed = editable(sheet);
        if (rating != null && (rating < 0 || rating >= Station.RATING_LEVELS.size())) {
            throw new ExamException("exam.refusal.rating-range", Station.RATING_LEVELS.size() - 1);
        }
        store.setRating(ed.row().id(), rating, clock.instant());
        return saved(ed);
    }

    /** Saves the examiner's overall comment on the sheet. */
    @Transactional
    @PreAuthorize(STAFF)
    public Saved overallComment(SheetId sheet, @Nullable String comment) {
        Editable ed = editable(sheet);
        store.setComment(ed.row().id(), text(comment), clock.instant());
        return saved(ed);
    }

    /** Submits the sheet: refused until every item and the rating are given; afterwards only an organiser can change it. */
    @Transactional
    @PreAuthorize(STAFF)
    public SheetView submit(SheetId sheet) {
        Editable ed = editable(sheet);
        SheetScore score = OsceScoring.score(ed.station(), sheetOf(ed.row()));
        if (!score.complete()) {
            Map<String, Integer> marks = sheetOf(ed.row()).marks();
            long left = ed.station().checklist().stream().filter(i -> !marks.containsKey(i.id())).count();
            throw left > 0 ? new ExamException("exam.refusal.submit-items-left", left) : new ExamException("exam.refusal.submit-rating-missing");
        }
        store.submit(ed.row().id(), clock.instant());
        audit.record("score-sheet-submitted", "practical exam " + ed.exam().id() + " " + ed.exam().title(), "station " + ed.row().stationNo()
                + ", candidate " + ed.row().candidateId() + ": " + Numbers.upTo(score.score(), 1) + " of " + score.max());
        return view(store.sheet(ed.row().id()).orElseThrow(), ed.exam(), ed.station());
    }

    /** A sheet for the organiser: any sheet of any exam. */
    @Transactional(readOnly = true)
    @PreAuthorize(ORGANISERS)
    public SheetView sheet(SheetId sheet) {
        SheetRow row = store.sheet(sheet.value()).orElseThrow(() -> new ExamException("exam.refusal.no-such-sheet"));
        ExamRow e = exam(new PracticalExamId(row.examId()));
        return view(row, e, station(e, row.stationNo()));
    }

    /**
     * An organiser changes a submitted sheet: one item's marks ({@code itemId}) or the global rating
     * ({@code itemId} null), with the reason, recorded and audited. After release, the candidates' practical
     * figures are recorded again.
     */
    @Transactional
    @PreAuthorize(ORGANISERS)
    public SheetView correct(SheetId sheet, @Nullable String itemId, int value, CorrectionKind kind, String reason) {
        SheetRow row = store.lockSheet(sheet.value()).orElseThrow(() -> new ExamException("exam.refusal.no-such-sheet"));
        ExamRow e = store.lock(row.examId()).orElseThrow();
        Station st = station(e, row.stationNo());
        if (row.submittedAt() == null) {
            throw new ExamException("exam.refusal.correct-not-submitted");
        }
        if (reason.isBlank() || reason.strip().length() < 5) {
            throw new ExamException("exam.refusal.reason-short", 5);
        }
        if (reason.length() > MAX_COMMENT) {
            throw new ExamException("exam.refusal.reason-long", MAX_COMMENT);
        }
        Integer old;
        String what;
        if (itemId == null) {
            if (value < 0 || value >= Station.RATING_LEVELS.size()) {
                throw new ExamException("exam.refusal.rating-range", Station.RATING_LEVELS.size() - 1);
            }
            old = row.rating();
            store.setRating(row.id(), value, clock.instant());
            what = "global rating " + (old == null ? "–" : Station.RATING_LEVELS.get(old)) + " \u2192 " + Station.RATING_LEVELS.get(value);
        } else {
            Station.ChecklistItem item = item(st, itemId);
            if (!OsceScoring.allowed(item, value)) {
                throw new ExamException("exam.refusal.marks-not-allowed", item.text(), allowedText(item), value);
            }
            old = store.marks(row.id()).stream().filter(m -> m.itemId().equals(itemId)).map(MarkRow::marks).findFirst().orElse(null);
            store.setMark(row.id(), itemId, value, clock.instant());
            what = "\u201c" + item.text() + "\u201d " + (old == null ? "–" : old) + " \u2192 " + value;
        }
        long by = currentUser.require().id().value();
        store.addCorrection(row.id(), kind.name(), itemId, old, value, reason.strip(), by, clock.instant());
        audit.record(kind == CorrectionKind.APPEAL ? "score-remarked" : "score-corrected", "practical exam " + e.id() + " " + e.title(),
                "station " + row.stationNo() + ", candidate " + row.candidateId() + ", sheet " + row.id() + ": " + what + ". Reason: " + reason.strip());
        if (e.releasedAt() != null) {
            publish(e);
        }
        return view(store.sheet(row.id()).orElseThrow(), e, st);
    }

    // ----- results -----

    @Transactional(readOnly = true)
    @PreAuthorize(ORGANISERS)
    public Results results(PracticalExamId exam) {
        ExamRow e = exam(exam);
        return compute(e, summary(e, seminarTitles().getOrDefault(e.seminarId(), "")), true);
    }

    /**
     * Releases the results: refused while a sheet is started but not submitted, or before the exam has
     * started. Records each candidate with every station scored at the seminar (the practical figure
     * certification reads) and opens the candidates' feedback.
     */
    @Transactional
    @PreAuthorize(ORGANISERS)
    public Results release(PracticalExamId exam) {
        ExamRow e = store.lock(exam.value()).orElseThrow(() -> new ExamException("exam.refusal.no-such-exam"));
        if (e.releasedAt() != null) {
            throw new ExamException("exam.refusal.already-released");
        }
        if (LocalDateTime.now(clock).isBefore(e.startsAt())) {
            throw new ExamException("exam.refusal.not-started");
        }
        Results r = compute(e, summary(e, ""), false);
        if (r.openSheets() > 0) {
            throw new ExamException("exam.refusal.open-sheets", r.openSheets());
        }
        store.release(e.id(), currentUser.require().id().value(), clock.instant());
        int recorded = publish(e);
        audit.record("practical-results-released", "practical exam " + e.id() + " " + e.title(), recorded + " of " + r.rows().size()
                + " candidates recorded, " + r.passed() + " passed");
        ExamRow released = exam(exam);
        return compute(released, summary(released, seminarTitles().getOrDefault(e.seminarId(), "")), true);
    }

    /** Writes the practical figure of every candidate with every station scored to the seminar's exam results. */
    private int publish(ExamRow e) {
        Results r = compute(e, summary(e, ""), false);
        Map<UserId, Double> figures = new LinkedHashMap<>();
        for (Row row : r.rows()) {
            if (row.result().complete()) {
                figures.put(row.candidate().id(), row.result().figure());
            }
        }
        if (!figures.isEmpty()) {
            seminars.recordPracticalResults(new SeminarId(e.seminarId()), e.trackId(), figures, e.startsAt().toLocalDate(),
                    "Practical exam (OSCE): " + e.title());
        }
        return figures.size();
    }

    // ----- the candidate -----

    /** The signed-in candidate's released practical exams, station by station: items missed and the examiners' comments. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Feedback> myFeedback() {
        SignedInUser me = currentUser.require();
        List<Feedback> out = new ArrayList<>();
        for (ExamRow e : store.releasedFor(me.id().value())) {
            Results r = compute(e, summary(e, ""), false);
            Row row = r.rows().stream().filter(x -> x.candidate().id().equals(me.id())).findFirst().orElse(null);
            if (row == null) {
                continue;
            }
            List<StationFeedback> stations = new ArrayList<>();
            Map<Long, List<MarkRow>> marks = marksBySheet(e.id());
            List<SheetRow> sheets = store.sheets(e.id());
            for (int i = 0; i < r.stations().size(); i++) {
                Cell cell = row.cells().get(i);
                if (cell.result() == null) {
                    continue;
                }
                int no = r.stations().get(i).no();
                Station st = station(e, no);
                List<SheetRow> mine = sheets.stream().filter(s -> s.stationNo() == no && s.candidateId() == me.id().value() && s.submittedAt() != null)
                        .toList();
                List<Missed> missed = new ArrayList<>();
                for (Station.ChecklistItem item : st.checklist()) {
                    double sum = 0;
                    List<String> comments = new ArrayList<>();
                    for (SheetRow s : mine) {
                        for (MarkRow m : marks.getOrDefault(s.id(), List.of())) {
                            if (m.itemId().equals(item.id())) {
                                sum += m.marks() == null ? 0 : m.marks();
                                if (m.comment() != null) {
                                    comments.add(m.comment());
                                }
                            }
                        }
                    }
                    double mean = mine.isEmpty() ? 0 : sum / mine.size();
                    if (mean + 1e-9 < item.marks() || !comments.isEmpty()) {
                        missed.add(new Missed(item.text(), mean, item.marks(), item.critical(), comments));
                    }
                }
                List<String> comments = mine.stream().map(SheetRow::comment).filter(c -> c != null && !c.isBlank()).map(c -> (String) c).toList();
                double meanRating = mine.stream().filter(s -> s.rating() != null).mapToInt(s -> s.rating()).average().orElse(Double.NaN);
                String rating = Double.isNaN(meanRating) ? "–" : Station.RATING_LEVELS.get((int) Math.round(meanRating));
                stations.add(new StationFeedback(st.title(), cell.result(), missed, comments, rating));
            }
            out.add(new Feedback(new PracticalExamId(e.id()), e.title(), r.summary().seminarTitle(), r.summary().trackTitle(), e.startsAt(),
                    row.result(), stations));
        }
        return out;
    }

    /** The signed-in candidate's feedback report for one released exam, as PDF in English. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] myFeedbackPdf(PracticalExamId exam) {
        return myFeedbackPdf(exam, Locale.ENGLISH);
    }

    /** The signed-in candidate's feedback report for one released exam, as PDF in the reader's language. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] myFeedbackPdf(PracticalExamId exam, Locale locale) {
        SignedInUser me = currentUser.require();
        Feedback f = myFeedback().stream().filter(x -> x.exam().equals(exam)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("no released results of this exam"));
        CandidateResult r = f.result();
        List<String> lead = new ArrayList<>();
        lead.add(Translations.text(locale, "exam.pdf.feedback.lead", me.displayName(), ExamPdf.when(f.date(), locale), f.trackTitle()));
        Message verdict = Message.of(r.passed() ? "exam.feedback.passed" : r.complete() ? "exam.feedback.not-passed" : "exam.feedback.incomplete");
        String outcome = r.complete() ? Translations.text(locale, "exam.pdf.feedback.outcome", verdict, Numbers.upTo(r.total(), 1, locale), r.max(),
                Numbers.upTo(r.cutScore(), 1, locale), r.stationsPassed(), r.stations(), Numbers.percent(r.figure(), 1, locale)) : verdict.in(locale);
        lead.add(r.reason() == null ? outcome : Translations.text(locale, "exam.pdf.feedback.with-reason", outcome, r.reason()));
        List<ExamPdf.Section> sections = new ArrayList<>();
        for (StationFeedback s : f.stations()) {
            List<String> bullets = new ArrayList<>();
            for (Missed m : s.missed()) {
                bullets.add(Translations.text(locale, m.critical() ? "exam.pdf.feedback.missed-critical" : "exam.pdf.feedback.missed", m.text(),
                        Numbers.upTo(m.marks(), 1, locale), m.max()));
                m.comments().forEach(c -> bullets.add(Translations.text(locale, "exam.feedback.quote", c)));
            }
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(Translations.text(locale, "exam.pdf.feedback.station", Message.of(s.result().passed() ? "exam.result.pass" : "exam.result.fail"),
                    Numbers.upTo(s.result().score(), 1, locale), s.result().max(), Numbers.upTo(s.result().cutScore(), 1, locale), rating(s.rating()))
                    + (s.result().criticalMissed().isEmpty() ? "" : " " + Translations.text(locale, "exam.feedback.critical-missed")));
            if (s.missed().isEmpty()) {
                paragraphs.add(Translations.text(locale, "exam.feedback.full-marks"));
            }
            s.comments().forEach(c -> paragraphs.add(Translations.text(locale, "exam.feedback.examiner-comment", c)));
            sections.add(new ExamPdf.Section(s.title(), paragraphs, bullets));
        }
        return ExamPdf.report(Translations.text(locale, "exam.pdf.feedback.title", f.title()), lead, sections);
    }

    /** A global rating level ("good") as words to translate; "–" or an unknown level as it is. */
    public static Object rating(String level) {
        return Station.RATING_LEVELS.contains(level) ? Message.of("exam.rating." + level) : level;
    }

    // ----- computing -----

    private Results compute(ExamRow e, Summary summary, boolean names) {
        List<StationRow> stationRows = store.stations(e.id());
        List<long[]> candidates = store.candidates(e.id());
        Map<Long, String> people = names ? names(e, candidates) : Map.of();
        List<SheetRow> sheets = store.sheets(e.id());
        Map<Long, List<MarkRow>> marks = marksBySheet(e.id());
        int track = trackPassMark(e.trackId());
        int open = 0;
        List<StationColumn> columns = new ArrayList<>();
        List<Station> stations = new ArrayList<>();
        List<Standard> standards = new ArrayList<>();
        Map<Long, SheetScore> scores = new HashMap<>();
        for (StationRow sr : stationRows) {
            Station st = station(e, sr.stationNo());
            stations.add(st);
            List<OsceStatistics.Point> points = new ArrayList<>();
            List<OsceStatistics.ExaminerScore> byExaminer = new ArrayList<>();
            Map<Long, List<SheetRow>> perCandidate = new HashMap<>();
            for (SheetRow s : sheets) {
                if (s.stationNo() != sr.stationNo()) {
                    continue;
                }
                SheetScore score = OsceScoring.score(st, sheet(s, marks.getOrDefault(s.id(), List.of())));
                scores.put(s.id(), score);
                if (s.submittedAt() == null) {
                    if (s.rating() != null || !marks.getOrDefault(s.id(), List.of()).isEmpty()) {
                        open++;
                    }
                    continue;
                }
                if (s.rating() != null) {
                    points.add(new OsceStatistics.Point(s.rating(), score.score()));
                }
                byExaminer.add(new OsceStatistics.ExaminerScore(String.valueOf(s.examinerId()), score.percent()));
                perCandidate.computeIfAbsent(s.candidateId(), k -> new ArrayList<>()).add(s);
            }
            Standard standard = OsceStatistics.standard(st, e.method(), points);
            standards.add(standard);
            List<OsceStatistics.RatingPair> pairs = new ArrayList<>();
            for (List<SheetRow> two : perCandidate.values()) {
                if (two.size() >= 2 && two.get(0).rating() != null && two.get(1).rating() != null) {
                    pairs.add(new OsceStatistics.RatingPair(two.get(0).rating(), two.get(1).rating()));
                }
            }
            List<PracticalExams.ExaminerFlag> flags = OsceStatistics.leniency(byExaminer).stream()
                    .map(f -> new PracticalExams.ExaminerFlag(person(people, Long.parseLong(f.examiner())), f.mean(), f.stationMean(),
                            f.difference(), f.n(), f.flag())).toList();
            columns.add(new StationColumn(sr.stationNo(), st.title(), st.totalMarks(), standard, flags, OsceStatistics.cohensKappa(pairs, false),
                    OsceStatistics.cohensKappa(pairs, true)));
        }
        List<Row> rows = new ArrayList<>();
        List<double[]> complete = new ArrayList<>();
        for (long[] c : candidates) {
            List<Cell> cells = new ArrayList<>();
            List<@Nullable StationResult> results = new ArrayList<>();
            List<Integer> max = new ArrayList<>();
            for (int i = 0; i < stationRows.size(); i++) {
                int no = stationRows.get(i).stationNo();
                Station st = stations.get(i);
                List<SheetRow> here = sheets.stream().filter(s -> s.stationNo() == no && s.candidateId() == c[0]).toList();
                List<SheetScore> submitted = here.stream().filter(s -> s.submittedAt() != null).map(s -> scores.get(s.id())).toList();
                StationResult r = OsceScoring.station(st, submitted, standards.get(i).cutScore());
                results.add(r);
                max.add(st.totalMarks());
                cells.add(new Cell(r, here.stream().map(s -> new SheetSummary(new SheetId(s.id()), person(people, s.examinerId()), scores.get(s.id()),
                        s.rating(), s.submittedAt() != null)).toList()));
            }
            CandidateResult result = OsceScoring.candidate(results, max, e.mustPass(), track);
            if (result.complete()) {
                complete.add(results.stream().mapToDouble(r -> r == null ? 0 : r.percent()).toArray());
            }
            rows.add(new Row(person(people, c[0]), cells, result));
        }
        Figure alpha = OsceStatistics.cronbachAlpha(complete);
        List<Correction> corrections = new ArrayList<>();
        if (names) {
            Map<Long, SheetRow> byId = new HashMap<>();
            sheets.forEach(s -> byId.put(s.id(), s));
            Map<UserId, UserSummary> by = directory.findAll(store.corrections(e.id()).stream().map(c -> new UserId(c.by())).toList());
            for (ExamStore.CorrectionRow c : store.corrections(e.id())) {
                SheetRow s = byId.get(c.sheetId());
                Station st = stations.get(indexOf(stationRows, s.stationNo()));
                @Nullable String what = c.itemId() == null ? null : st.checklist().stream().filter(i -> i.id().equals(c.itemId()))
                        .map(Station.ChecklistItem::text).findFirst().orElse(c.itemId());
                UserSummary u = by.get(new UserId(c.by()));
                corrections.add(new Correction(c.at(), u == null ? "user " + c.by() : u.displayName(), person(people, s.candidateId()).name(),
                        st.title(), what, c.oldValue(), c.newValue(), CorrectionKind.valueOf(c.kind()), c.reason()));
            }
        }
        return new Results(summary, columns, rows, alpha, open, corrections);
    }

    private static int indexOf(List<StationRow> rows, int no) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).stationNo() == no) {
                return i;
            }
        }
        throw new IllegalStateException("no station " + no);
    }

    private Map<Long, List<MarkRow>> marksBySheet(long examId) {
        Map<Long, List<MarkRow>> out = new HashMap<>();
        store.marksOfExam(examId).forEach(m -> out.computeIfAbsent(m.sheetId(), k -> new ArrayList<>()).add(m));
        return out;
    }

    private static Sheet sheet(SheetRow s, List<MarkRow> marks) {
        Map<String, Integer> m = new HashMap<>();
        marks.forEach(x -> {
            if (x.marks() != null) {
                m.put(x.itemId(), x.marks());
            }
        });
        return new Sheet(m, s.rating());
    }

    private Sheet sheetOf(SheetRow s) {
        return sheet(s, store.marks(s.id()));
    }

    private Detail detail(ExamRow e, Summary summary) {
        List<StationRow> stationRows = store.stations(e.id());
        List<long[]> candidates = store.candidates(e.id());
        Map<Integer, List<Long>> examiners = store.examiners(e.id());
        Set<UserId> ids = new HashSet<>();
        candidates.forEach(c -> ids.add(new UserId(c[0])));
        examiners.values().forEach(l -> l.forEach(u -> ids.add(new UserId(u))));
        Map<UserId, UserSummary> people = directory.findAll(ids);
        List<ExamStation> stations = new ArrayList<>();
        for (StationRow s : stationRows) {
            stations.add(new ExamStation(s.stationNo(), station(e, s.stationNo()), s.room(),
                    examiners.getOrDefault(s.stationNo(), List.of()).stream().map(u -> person(people, u)).toList()));
        }
        List<Person> cands = candidates.stream().map(c -> person(people, c[0])).toList();
        int m = stations.size();
        int step = e.slotMinutes() + e.changeoverMinutes();
        List<Slot> order = new ArrayList<>();
        for (long[] c : candidates) {
            int slot = (int) c[1];
            int group = slot / m;
            int first = slot % m;
            for (int r = 0; r < m; r++) {
                ExamStation st = stations.get((first + r) % m);
                int round = group * m + r;
                LocalDateTime from = e.startsAt().plusMinutes((long) round * step);
                order.add(new Slot(round + 1, from, from.plusMinutes(e.slotMinutes()), st.no(), st.station().title(), st.room(),
                        person(people, c[0]), st.examiners()));
            }
        }
        order.sort(Comparator.comparing(Slot::from).thenComparingInt(Slot::stationNo));
        return new Detail(summary, stations, cands, order);
    }

    private Summary summary(ExamRow e, String seminarTitle) {
        int stations = store.stations(e.id()).size();
        int candidates = store.candidates(e.id()).size();
        Track t = catalogue.curriculum().tracks().stream().filter(x -> x.id().equals(e.trackId())).findFirst().orElse(null);
        return new Summary(new PracticalExamId(e.id()), new SeminarId(e.seminarId()), seminarTitle, e.title(), e.trackId(),
                t == null ? e.trackId() : t.title(), e.startsAt(), end(e, stations, candidates), stations, candidates,
                phase(e, stations, candidates), e.method(), e.mustPass(), e.slotMinutes(), e.changeoverMinutes());
    }

    /** When the last round ends: candidates run in circuits of as many as there are stations, one round per station each. */
    static LocalDateTime end(ExamRow e, int stations, int candidates) {
        if (stations == 0) {
            return e.startsAt();
        }
        int circuits = Math.max(1, (candidates + stations - 1) / stations);
        long rounds = (long) circuits * stations;
        return e.startsAt().plusMinutes(rounds * (e.slotMinutes() + e.changeoverMinutes()) - e.changeoverMinutes());
    }

    private Phase phase(ExamRow e, int stations, int candidates) {
        if (e.releasedAt() != null) {
            return Phase.RELEASED;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (now.isBefore(e.startsAt().minusMinutes(OPENS_MINUTES_BEFORE))) {
            return Phase.UPCOMING;
        }
        if (now.isAfter(end(e, stations, candidates).plusMinutes(CLOSES_MINUTES_AFTER))) {
            return Phase.CLOSED;
        }
        return Phase.SCORING;
    }

    private record Editable(SheetRow row, ExamRow exam, Station station) {
    }

    /** The signed-in examiner's own sheet, while scoring is open and before it is submitted (the sheet row locked). */
    private Editable editable(SheetId sheet) {
        SheetRow row = store.lockSheet(sheet.value()).orElseThrow(() -> new AccessDeniedException("no such sheet"));
        long me = currentUser.require().id().value();
        if (row.examinerId() != me) {
            throw new AccessDeniedException("not your sheet");
        }
        ExamRow e = exam(new PracticalExamId(row.examId()));
        MyStation station = myStation(new PracticalExamId(row.examId()), row.stationNo());
        if (row.submittedAt() != null) {
            throw new ExamException("exam.refusal.sheet-locked");
        }
        if (!station.open()) {
            throw new ExamException("exam.refusal.scoring-closed");
        }
        return new Editable(row, e, station(e, row.stationNo()));
    }

    private MyStation myStation(PracticalExamId exam, int stationNo) {
        return myStations().stream().filter(s -> s.exam().equals(exam) && s.stationNo() == stationNo).findFirst()
                .orElseThrow(() -> new AccessDeniedException("not an examiner at this station"));
    }

    private Saved saved(Editable ed) {
        return new Saved(clock.instant(), OsceScoring.score(ed.station(), sheetOf(ed.row())));
    }

    private SheetView view(SheetRow row, ExamRow e, Station st) {
        Map<String, Integer> marks = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        for (MarkRow m : store.marks(row.id())) {
            if (m.marks() != null) {
                marks.put(m.itemId(), m.marks());
            }
            if (m.comment() != null) {
                comments.put(m.itemId(), m.comment());
            }
        }
        Map<UserId, UserSummary> people = directory.findAll(List.of(new UserId(row.candidateId()), new UserId(row.examinerId())));
        return new SheetView(new SheetId(row.id()), new PracticalExamId(e.id()), row.stationNo(), st, person(people, row.candidateId()),
                person(people, row.examinerId()), marks, comments, row.rating(), row.comment(), row.submittedAt(),
                OsceScoring.score(st, new Sheet(marks, row.rating())), e.title());
    }

    private ExamRow exam(PracticalExamId exam) {
        return store.find(exam.value()).orElseThrow(() -> new ExamException("exam.refusal.no-such-exam"));
    }

    private Station station(ExamRow e, int stationNo) {
        StationRow sr = store.stations(e.id()).stream().filter(s -> s.stationNo() == stationNo).findFirst()
                .orElseThrow(() -> new ExamException("exam.refusal.no-such-station", stationNo));
        return catalogue.module(sr.moduleId()).flatMap(m -> m.stations().stream().filter(s -> s.id().equals(sr.stationId())).findFirst())
                .orElseThrow(() -> new ExamException("exam.refusal.station-gone", sr.stationId()));
    }

    private String stationTitle(StationRow sr) {
        return catalogue.module(sr.moduleId()).flatMap(m -> m.stations().stream().filter(s -> s.id().equals(sr.stationId())).findFirst())
                .map(Station::title).orElse(sr.stationId());
    }

    private static Station.ChecklistItem item(Station st, String itemId) {
        return st.checklist().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new ExamException("exam.refusal.no-such-item", itemId));
    }

    private static String allowedText(Station.ChecklistItem item) {
        List<Integer> all = new ArrayList<>();
        all.add(0);
        all.addAll(item.partial());
        all.add(item.marks());
        return String.join(", ", all.stream().map(String::valueOf).toList());
    }

    private static @Nullable String text(@Nullable String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        if (s.length() > MAX_COMMENT) {
            throw new ExamException("exam.refusal.comment-long", MAX_COMMENT);
        }
        return s.strip();
    }

    private int trackPassMark(String trackId) {
        return catalogue.curriculum().tracks().stream().filter(t -> t.id().equals(trackId)).findFirst().map(Track::practicalPassMark)
                .map(Integer::intValue).orElse(75);
    }

    private Map<Long, String> seminarTitles() {
        Map<Long, String> out = new HashMap<>();
        seminars.list().forEach(s -> out.put(s.id().value(), s.title()));
        return out;
    }

    private Map<Long, String> names(ExamRow e, List<long[]> candidates) {
        Set<UserId> ids = new HashSet<>();
        candidates.forEach(c -> ids.add(new UserId(c[0])));
        store.examiners(e.id()).values().forEach(l -> l.forEach(u -> ids.add(new UserId(u))));
        Map<Long, String> out = new HashMap<>();
        directory.findAll(ids).forEach((k, v) -> out.put(k.value(), v.displayName()));
        return out;
    }

    private static Person person(Map<?, ?> people, long id) {
        Object v = people.get(id);
        if (v == null) {
            v = people.get(new UserId(id));
        }
        String name = v instanceof UserSummary u ? u.displayName() : v instanceof String s ? s : "Candidate " + id;
        return new Person(new UserId(id), name);
    }

    private static String name(List<Person> people, UserId id) {
        return people.stream().filter(p -> p.id().equals(id)).map(Person::name).findFirst().orElse("user " + id.value());
    }
}

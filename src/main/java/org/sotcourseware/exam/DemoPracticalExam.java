package org.sotcourseware.exam;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sotcourseware.base.DemoProperties;
import org.sotcourseware.content.Station;
import org.sotcourseware.security.DemoSignIn;
import org.sotcourseware.security.UserAdminService;
import org.sotcourseware.security.UserDirectory;
import org.sotcourseware.security.UserId;
import org.sotcourseware.seminar.SeminarService;
import org.sotcourseware.seminar.SeminarReadModel;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: the finished Proficiency seminar gets a finished practical exam, three stations with two
 * examiners each, every candidate with a recorded practical result scored at every station, results
 * released, so the organiser's grid, the standard setting, the quality figures and the candidates' feedback
 * all show real figures. Each candidate's sheets aim at the practical result the seminar demo typed in; Ivan,
 * who is short of only the practical exam, misses the consent item at two stations and fails the "two of
 * three stations" rule. At the third station one examiner marks hard and the other soft, so the hawk and
 * dove flags show. The exam lies in the past, when scoring was open, so the sheets are written through the
 * store as the examiners would have filled them; the exam is made and released through the service as the
 * organiser. Runs once, after the seminar demo, while no practical exam exists.
 */
@Component
@Order(30)
class DemoPracticalExam implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPracticalExam.class);
    static final String SEMINAR_PREFIX = "Proficiency weekend";
    static final List<String> STATIONS = List.of("c2-station-arm-fossa", "c3-station-baseline", "ex-station-ankle");
    static final List<String[]> EXAMINERS = List.of(new String[] {"demo-examiner-marco", "Dr Marco Bianchi"},
            new String[] {"demo-examiner-sofia", "Dr Sofia Lund"}, new String[] {"demo-examiner-ahmed", "Dr Ahmed Karim"},
            new String[] {"demo-examiner-claire", "Dr Claire Martin"}, new String[] {"demo-examiner-tom", "Dr Tom Okafor"});
    static final String FAILS = "demo-ivan";

    private final DemoProperties demo;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final DemoSignIn signIn;
    private final UserAdminService accounts;
    private final UserDirectory directory;
    private final SeminarService seminars;
    private final ExamService exams;
    private final ExamStore store;

    DemoPracticalExam(DemoProperties demo, PlatformTransactionManager transactionManager, JdbcClient jdbc, DemoSignIn signIn,
                      UserAdminService accounts, UserDirectory directory, SeminarService seminars, ExamService exams, ExamStore store) {
        this.demo = demo;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.signIn = signIn;
        this.accounts = accounts;
        this.directory = directory;
        this.seminars = seminars;
        this.exams = exams;
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> seed());
    }

    private void seed() {
        if (!demo.enabled() || jdbc.sql("select count(*) from practical_exam").query(Integer.class).single() > 0) {
            return;
        }
        long start = System.nanoTime();
        try {
            signIn.as("organiser");
            SeminarReadModel.Summary lyon = seminars.list().stream().filter(s -> s.title().startsWith(SEMINAR_PREFIX)).findFirst().orElse(null);
            if (lyon == null) {
                return;
            }
            PracticalExams.Options options = exams.options(lyon.id());
            if (!STATIONS.stream().allMatch(id -> options.stations().stream().anyMatch(c -> c.stationId().equals(id)))) {
                return;
            }
            SeminarReadModel.Detail detail = seminars.detail(lyon.id());
            // candidates: those with a practical result typed in by the seminar demo, and the figure to aim at
            Map<UserId, Double> targets = new LinkedHashMap<>();
            Map<UserId, String> usernames = new LinkedHashMap<>();
            for (SeminarReadModel.Participant p : detail.participants()) {
                p.exams().stream().filter(e -> e.trackId().equals("proficiency") && e.practical() != null).findFirst().ifPresent(e -> {
                    targets.put(p.person().id(), e.practical());
                    usernames.put(p.person().id(), p.person().username());
                });
            }
            if (targets.size() < 2) {
                return;
            }
            signIn.as("admin");
            for (String[] e : EXAMINERS) {
                accounts.ensureDemoInstructor(e[0], e[1]);
            }
            signIn.as("organiser");
            Map<String, UserId> staff = new LinkedHashMap<>();
            directory.staff().forEach(u -> staff.put(u.username(), u.id()));
            List<UserId> examiners = new ArrayList<>();
            examiners.add(staff.get("instructor"));
            EXAMINERS.forEach(e -> examiners.add(staff.get(e[0])));
            if (examiners.stream().anyMatch(java.util.Objects::isNull)) {
                return;
            }
            List<PracticalExams.StationSetup> setups = new ArrayList<>();
            for (int i = 0; i < STATIONS.size(); i++) {
                setups.add(new PracticalExams.StationSetup(STATIONS.get(i), "Clinic room " + (i + 1), List.of(examiners.get(2 * i), examiners.get(2 * i + 1))));
            }
            LocalDateTime startsAt = LocalDateTime.of(lyon.endsOn(), LocalTime.of(9, 0));
            List<UserId> candidates = new ArrayList<>(targets.keySet());
            PracticalExamId id = exams.create(new PracticalExams.Setup(lyon.id(), "proficiency", "Proficiency practical exam (OSCE)", startsAt, 12, 3,
                    OsceStatistics.Method.BORDERLINE_REGRESSION, 2, setups, candidates));
            PracticalExams.Detail d = exams.detail(id);
            Random random = new Random(20);
            for (PracticalExams.ExamStation st : d.stations()) {
                for (int c = 0; c < candidates.size(); c++) {
                    UserId cand = candidates.get(c);
                    LocalDateTime at = d.runningOrder().stream().filter(s -> s.stationNo() == st.no() && s.candidate().id().equals(cand))
                            .findFirst().orElseThrow().to();
                    for (int e = 0; e < st.examiners().size(); e++) {
                        // station 3: the first examiner marks hard, the second soft
                        double bias = st.no() == 3 ? (e == 0 ? -12 : 10) : (e == 0 ? -1.5 : 1.5);
                        double target = Math.max(20, Math.min(100, targets.get(cand) + bias + random.nextGaussian() * 3));
                        boolean missConsent = usernames.get(cand).equals(FAILS) && st.no() <= 2;
                        write(id, st, cand, st.examiners().get(e).id(), target, missConsent, at);
                    }
                }
            }
            signIn.as("organiser");
            exams.release(id);
            log.info("Demo mode: a released practical exam, {} stations, {} candidates, in {} ms", STATIONS.size(), candidates.size(),
                    (System.nanoTime() - start) / 1_000_000);
        } finally {
            signIn.signOut();
        }
    }

    /** One examiner's sheet aiming at {@code target} percent: critical items first, then full marks while the budget lasts. */
    private void write(PracticalExamId exam, PracticalExams.ExamStation st, UserId candidate, UserId examiner, double target, boolean missConsent,
                       LocalDateTime at) {
        Station station = st.station();
        java.time.Instant when = at.atZone(ZoneId.systemDefault()).toInstant();
        long sheet = store.insertSheet(exam.value(), st.no(), candidate.value(), examiner.value(), station.version(), when);
        double budget = target / 100 * station.totalMarks();
        List<Station.ChecklistItem> order = new ArrayList<>(station.checklist());
        order.sort(Comparator.comparing((Station.ChecklistItem i) -> !i.critical()));
        double score = 0;
        boolean missed = false;
        for (Station.ChecklistItem item : order) {
            int marks;
            if (item.critical() && missConsent && !missed) {
                marks = 0;
                missed = true;
                store.setItemComment(sheet, item.id(), "Started without asking for consent", when);
            } else if (item.critical() || budget >= item.marks() - 0.25) {
                marks = item.marks();
            } else {
                double left = budget;
                marks = item.partial().stream().filter(p -> p <= left + 0.25).max(Integer::compare).orElse(0);
                if (marks < item.marks()) {
                    store.setItemComment(sheet, item.id(), marks == 0 ? "Not done" : "Partly done: incomplete or not explained", when);
                }
            }
            budget -= marks;
            score += marks;
            store.setMark(sheet, item.id(), marks, when);
        }
        double percent = 100 * score / station.totalMarks();
        int rating = missed ? 0 : percent < 60 ? 0 : percent < 74 ? 1 : percent < 85 ? 2 : percent < 94 ? 3 : 4;
        store.setRating(sheet, rating, when);
        store.setComment(sheet, switch (rating) {
            case 0 -> "Not safe to pass today: review consent before contact.";
            case 1 -> "Safe but hesitant; practise the sequence until it is fluent.";
            case 2 -> "A safe, complete examination.";
            case 3 -> "Clear explanations and a well-ordered examination.";
            default -> "Fluent, patient-centred and efficient.";
        }, when);
        store.submit(sheet, when);
    }
}

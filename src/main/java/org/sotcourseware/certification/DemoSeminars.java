package org.sotcourseware.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sotcourseware.base.DemoProperties;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.Track;
import org.sotcourseware.progress.DemoLearner;
import org.sotcourseware.security.DemoSignIn;
import org.sotcourseware.security.UserAdminService;
import org.sotcourseware.security.UserDirectory;
import org.sotcourseware.security.UserId;
import org.sotcourseware.security.UserSummary;
import org.sotcourseware.seminar.SeminarId;
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
 * Demo mode: two finished seminars and a running one, a cohort of demo students at varied progress with
 * attendance and exam results, several eligible for SOT Proficiency, one missing only the practical exam,
 * one short of hours, and one already certified, all made through the real services as the people who
 * would do it. Runs once, after the demo learners ({@code DemoActivity}), while no seminar exists.
 */
@Component
@Order(20)
class DemoSeminars implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeminars.class);

    /** Demo students added here, most advanced first: username, name. */
    static final List<String[]> PEOPLE = List.of(
            new String[] {"demo-farah", "Farah Haddad"}, new String[] {"demo-gabriel", "Gabriel Silva"},
            new String[] {"demo-hana", "Hana Sato"}, new String[] {"demo-ivan", "Ivan Petrov"},
            new String[] {"demo-jonas", "Jonas Berg"}, new String[] {"demo-kiri", "Kiri Walker"},
            new String[] {"demo-lena", "Lena Fischer"}, new String[] {"demo-mateo", "Mateo García"},
            new String[] {"demo-nadia", "Nadia Benali"}, new String[] {"demo-oscar", "Oscar Lindqvist"},
            new String[] {"demo-priya", "Priya Nair"}, new String[] {"demo-quentin", "Quentin Dubois"},
            new String[] {"demo-rosa", "Rosa Moretti"}, new String[] {"demo-sean", "Seán Murphy"},
            new String[] {"demo-tomasz", "Tomasz Nowak"}, new String[] {"demo-uma", "Uma Reddy"},
            new String[] {"demo-viktor", "Viktor Horváth"}, new String[] {"demo-wen", "Wen Li"},
            new String[] {"demo-ximena", "Ximena Torres"}, new String[] {"demo-yusuf", "Yusuf Demir"},
            new String[] {"demo-zoe", "Zoë Clarke"}, new String[] {"demo-aiko", "Aiko Tanaka"},
            new String[] {"demo-bruno", "Bruno Costa"}, new String[] {"demo-carla", "Carla Jensen"});
    static final List<String> PROFICIENCY = List.of("foundations", "category-one", "category-two", "category-three", "extremities");

    private final DemoProperties demo;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final DemoSignIn signIn;
    private final DemoLearner learner;
    private final UserAdminService accounts;
    private final UserDirectory directory;
    private final SeminarService seminars;
    private final CertificationService certification;
    private final CatalogueService catalogue;
    private final Clock clock;

    DemoSeminars(DemoProperties demo, PlatformTransactionManager transactionManager, JdbcClient jdbc, DemoSignIn signIn, DemoLearner learner, UserAdminService accounts, UserDirectory directory, SeminarService seminars,
                 CertificationService certification, CatalogueService catalogue, Clock clock) {
        this.demo = demo;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.signIn = signIn;
        this.learner = learner;
        this.accounts = accounts;
        this.directory = directory;
        this.seminars = seminars;
        this.certification = certification;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!Boolean.TRUE.equals(transactions.execute(status -> wanted()))) {
            return;
        }
        long start = System.nanoTime();
        int n = Math.max(2, Math.min(PEOPLE.size(), demo.seminarStudents()));
        List<String[]> people = PEOPLE.subList(0, n);
        transactions.executeWithoutResult(status -> asUser("admin", () -> people.forEach(p -> accounts.ensureDemoStudent(p[0], p[1]))));
        learn(people);
        // the seminars in one transaction: one commit, and a crash before it leaves no seminar, so the next start does it again
        Integer enrolled = transactions.execute(status -> seminars(people));
        log.info("Demo mode: 3 seminars, {} demo students enrolled, one certificate, in {} ms", enrolled,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Demo mode, the curriculum these seminars are about, no seminar yet, and the first demo learners there. */
    private boolean wanted() {
        boolean curriculum = PROFICIENCY.stream().allMatch(id -> catalogue.module(id).isPresent())
                && catalogue.curriculum().tracks().stream().anyMatch(t -> t.id().equals("proficiency"));
        return demo.enabled() && curriculum && jdbc.sql("select count(*) from seminar").query(Integer.class).single() == 0
                && jdbc.sql("select count(*) from app_user where username = 'demo-amara'").query(Integer.class).single() > 0;
    }

    /**
     * The students' learning, each as themselves in a transaction of their own, on two threads (the start-up waits for
     * it; on two cores this halves its time). The first five complete the Proficiency modules, the rest spread out. A
     * student who has learning already (a start-up stopped halfway) is left as they are.
     */
    private void learn(List<String[]> people) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())),
                Thread.ofPlatform().name("demo-learner-", 1).factory());
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                int index = i;
                String username = people.get(i)[0];
                work.add(pool.submit(() -> transactions.executeWithoutResult(status -> asUser(username, () -> {
                    if (!learner.hasLearning()) {
                        learnAs(index);
                    }
                }))));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Demo seeding was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void learnAs(int i) {
        int modules = i < 5 ? 5 : i % 4;
        for (int m = 0; m < modules; m++) {
            learner.completeModule(PROFICIENCY.get(m));
        }
        if (i >= 5 && modules < 5) {
            learner.read(PROFICIENCY.get(modules), 1 + i % 3);
        }
    }

    private void asUser(String username, Runnable work) {
        signIn.as(username);
        try {
            work.run();
        } finally {
            signIn.signOut();
        }
    }

    /** The seminars, enrolments, attendance and exam results, and one certificate; returns how many are enrolled. */
    private int seminars(List<String[]> people) {
        try {
            signIn.as("organiser");
            LocalDate today = LocalDate.now(clock);
            UserId instructor = directory.instructors().stream().filter(u -> u.username().equals("instructor")).map(UserSummary::id)
                    .findFirst().orElseThrow();
            SeminarId london = seminars.create(new SeminarReadModel.Form("Foundations and Category One", "SOTO Europe training centre, London", false,
                    today.minusMonths(7), today.minusMonths(7).plusDays(1), 8, 40, SeminarReadModel.Status.FINISHED,
                    Set.of("foundations", "category-one"), Set.of(instructor), null));
            SeminarId lyon = seminars.create(new SeminarReadModel.Form("Proficiency weekend: Categories Two and Three, Extremities", "Hôtel-Dieu conference rooms, Lyon",
                    false, today.minusMonths(2), today.minusMonths(2).plusDays(2), 8, 40, SeminarReadModel.Status.FINISHED,
                    Set.of("category-two", "category-three", "extremities"), Set.of(instructor), "Written and practical Proficiency exams on the last day."));
            SeminarId online = seminars.create(new SeminarReadModel.Form("Introduction to Cranial (live online)", "Online", true, today.minusDays(1),
                    today.plusDays(1), 6, 30, SeminarReadModel.Status.RUNNING, Set.of("cranial", "cmrt", "tmj"), Set.of(instructor),
                    "Three mornings online; bring a partner for the practical sessions."));
            Map<String, UserId> byUsername = new HashMap<>();
            directory.students().forEach(u -> byUsername.put(u.username(), u.id()));
            List<UserId> ids = new ArrayList<>();
            for (String[] p : people) {
                ids.add(Objects.requireNonNull(byUsername.get(p[0]), p[0]));
            }
            for (String existing : List.of("demo-amara", "demo-ben", "demo-chloe", "student")) {
                Optional.ofNullable(byUsername.get(existing)).ifPresent(ids::add);
            }
            List<LocalDate> londonDays = seminars.detail(london).days();
            List<LocalDate> lyonDays = seminars.detail(lyon).days();
            for (int i = 0; i < ids.size(); i++) {
                UserId u = ids.get(i);
                seminars.enrol(london, u);
                for (LocalDate d : londonDays) {
                    seminars.recordAttendance(london, u, d, i % 9 == 8 ? SeminarReadModel.Presence.ABSENT : SeminarReadModel.Presence.PRESENT, null);
                }
                if (i < ids.size() - 3) {
                    seminars.enrol(lyon, u);
                    for (LocalDate d : lyonDays) {
                        boolean shortOfHours = i == 4 && d.equals(lyonDays.getLast()); // Jonas leaves early on the last day
                        seminars.recordAttendance(lyon, u, d, shortOfHours ? SeminarReadModel.Presence.PARTIAL : i % 7 == 6 && d.equals(lyonDays.getFirst())
                                ? SeminarReadModel.Presence.ABSENT : SeminarReadModel.Presence.PRESENT, shortOfHours ? 3.0 : null);
                    }
                    if (i < 5 || i % 3 == 0) {
                        double written = i < 5 ? 78 + i * 3 : 64 + (i * 7) % 30;
                        double practical = i == 3 ? 70 : i < 5 ? 80 + i * 2 : 60 + (i * 11) % 35;
                        seminars.recordExam(lyon, u, "proficiency", written, practical, lyonDays.getLast(), "Dr Iris Instructor");
                    }
                }
            }
            for (int i = 0; i < Math.min(ids.size(), 10); i++) {
                if (i < 2 || i >= 5) {
                    seminars.enrol(online, ids.get(i));
                    seminars.recordAttendance(online, ids.get(i), today.minusDays(1), SeminarReadModel.Presence.PRESENT, null);
                }
            }
            // the first is already certified
            Track proficiency = catalogue.curriculum().tracks().stream().filter(t -> t.id().equals("proficiency")).findFirst().orElseThrow();
            certification.award(ids.getFirst(), proficiency.id());
            return ids.size();
        } finally {
            signIn.signOut();
        }
    }

}

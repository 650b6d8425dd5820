package org.sotcourseware.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The load test: simulated students ({@link Student}) speaking Vaadin's protocol ({@link VaadinClient}) to the
 * app on 127.0.0.1, in one of three scenarios, with the server's CPU, memory and live heap per session measured
 * from outside, and a report ({@code load-report.json}, {@code load-report.html}) written at the end.
 * Run with {@code load/run.sh} (see {@code load/README.md}).
 */
public final class LoadTest {

    /** A heap reading: what it is, when, the live heap after a full GC, and how many students had a session open. */
    record HeapReading(String label, long atMillis, long bytes, int sessions) {
    }

    /** One sample every two seconds: the server's and the driver's CPU and memory, and the students at work. */
    record Sample(long atMillis, ServerProbe.Reading server, ServerProbe.Reading driver, int activeStudents) {
    }

    /** Everything a run measured. */
    record Result(Options options, Instant started, double seconds, Metrics metrics, List<Student> students, List<Sample> samples,
                  List<HeapReading> heap, double serverStartedSeconds, double serverReadySeconds, List<String> serverErrors) {

        long errors() {
            return metrics.errorCount();
        }
    }

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Result r = run(options);
        Report.write(r);
        System.out.println(Report.text(r));
        boolean graded = true;
        if (options.startServer()) { // the run's own database, now closed: check grading in its tables
            GradingAudit audit = GradingAudit.ofH2(options.out().resolve("data"), r.students());
            Files.writeString(options.out().resolve("grading-audit.txt"), audit.text() + System.lineSeparator()
                    + String.join(System.lineSeparator(), audit.problems()));
            System.out.println(audit.text());
            graded = audit.ok();
        }
        System.out.println("Report: " + options.out().resolve("load-report.html").toAbsolutePath());
        System.exit(r.errors() == 0 && graded ? 0 : 1);
    }

    /** One run: starts the server when asked, runs the scenario, measures, stops everything it started. */
    static Result run(Options o) throws IOException, InterruptedException {
        Files.createDirectories(o.out());
        ServerProcess server = null;
        try {
            long pid = o.pid();
            double started = -1;
            double ready = -1;
            if (o.startServer()) {
                log("Starting the server: " + o.jar() + ", -Xmx" + o.heap() + ", port " + o.port() + ", " + o.users() + " load-test accounts");
                server = ServerProcess.start(o);
                pid = server.pid();
                started = server.startedSeconds();
                ready = server.readySeconds();
                log("Server ready after " + Math.round(ready) + " s (Spring Boot 'Started' after " + started + " s), pid " + pid);
            }
            Result r = drive(o, pid, started, ready, server == null ? null : server.log());
            return r;
        } finally {
            if (server != null) {
                log("Stopping the server (the flight recording is written on exit)");
                server.close();
            }
        }
    }

    private static Result drive(Options o, long pid, double startedSeconds, double readySeconds, Path serverLog) throws InterruptedException {
        ServerProbe probe = pid > 0 ? new ServerProbe(pid) : null;
        ServerProbe self = new ServerProbe(ProcessHandle.current().pid());
        List<HeapReading> heap = new CopyOnWriteArrayList<>();
        int serverErrorsBefore = serverLog == null ? 0 : ServerProcess.errorLines(serverLog).size();

        if (probe != null && o.measureHeap()) {
            log("Measuring the idle heap (full GC in the server)");
            probe.heapAfterFullGc().ifPresent(b -> heap.add(new HeapReading("idle", 0, b, 0)));
        }
        final long startNanos = System.nanoTime();
        Metrics metrics = new Metrics(startNanos);
        Instant startedAt = Instant.now();
        VaadinClient.Shared shared = new VaadinClient.Shared(o.url(), metrics, Duration.ofSeconds(o.timeoutSeconds()));
        Student.Clock clock = new Student.Clock(startNanos, o.plannedSeconds());
        List<Student> students = new ArrayList<>();
        List<Student.Plan> plans = plans(o);
        for (int i = 0; i < o.users(); i++) {
            students.add(new Student(i + 1, o, shared, clock, plans.get(i)));
        }
        log("Running " + o.mode().label() + ": " + o.users() + " students, think " + o.think() + ", " + o.plannedSeconds() + " s planned, target " + o.url());

        List<Sample> samples = new CopyOnWriteArrayList<>();
        ExecutorService sampler = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("load-sampler").unstarted(r));
        sampler.submit(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long at = (System.nanoTime() - startNanos) / 1_000_000;
                ServerProbe.Reading s = null;
                ServerProbe.Reading d = null;
                try {
                    s = probe == null ? null : probe.read(at);
                    d = self.read(at);
                } catch (IOException e) {
                    // the process may be gone at the very end
                }
                samples.add(new Sample(at, s, d, (int) students.stream().filter(Student::active).count()));
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });

        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            students.forEach(pool::submit);
            long inQuizMeasurement = o.mode() == Options.Mode.EXAM_BURST
                    ? clock.at(o.rampSeconds() + o.windowSeconds() + o.answerSeconds() / 2.0) : Long.MAX_VALUE;
            long lastLog = System.nanoTime();
            while (!clock.over()) {
                Thread.sleep(500);
                long now = System.nanoTime();
                if (now >= inQuizMeasurement) {
                    inQuizMeasurement = Long.MAX_VALUE;
                    measureHeap(o, probe, heap, students, "in a quiz", (now - startNanos) / 1_000_000);
                }
                if (o.rounds() > 0 && students.stream().allMatch(s -> s.journeysDone || s.gaveUp || s.done)) {
                    log("Every student finished their rounds");
                    break;
                }
                if (now - lastLog > 30_000_000_000L) {
                    lastLog = now;
                    log(String.format("t=%ds  active %d  round trips %d  errors %d", (now - startNanos) / 1_000_000_000L,
                            students.stream().filter(Student::active).count(), metrics.count(), metrics.errorCount()));
                }
            }
            measureHeap(o, probe, heap, students, "end of run", (System.nanoTime() - startNanos) / 1_000_000);
            clock.stopped = true;
            pool.shutdown();
            if (!pool.awaitTermination(o.timeoutSeconds() + 30L, TimeUnit.SECONDS)) {
                log("Some students were still waiting for an answer; stopping them");
                pool.shutdownNow();
            }
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        sampler.shutdownNow();
        List<String> serverErrors = serverLog == null ? List.of() : ServerProcess.errorLines(serverLog);
        serverErrors = serverErrors.subList(Math.min(serverErrorsBefore, serverErrors.size()), serverErrors.size());
        return new Result(o, startedAt, seconds, metrics, students, List.copyOf(samples), List.copyOf(heap), startedSeconds,
                readySeconds, serverErrors);
    }

    private static void measureHeap(Options o, ServerProbe probe, List<HeapReading> heap, List<Student> students, String label, long at) {
        if (probe == null || !o.measureHeap()) {
            return;
        }
        int sessions = (int) students.stream().filter(Student::active).count();
        log("Measuring the heap " + label + " with " + sessions + " sessions open (full GC in the server)");
        OptionalLong bytes = probe.heapAfterFullGc();
        bytes.ifPresent(b -> heap.add(new HeapReading(label, at, b, sessions)));
    }

    /** When each student arrives and, in an exam, starts and submits. */
    static List<Student.Plan> plans(Options o) {
        Random r = new Random(o.seed());
        List<Student.Plan> plans = new ArrayList<>();
        int n = o.users();
        switch (o.mode()) {
            case STEADY -> {
                for (int i = 0; i < n; i++) {
                    plans.add(new Student.Plan(o.rampSeconds() * (double) i / n, 0, 0));
                }
            }
            case SIGNIN_STORM -> {
                for (int i = 0; i < n; i++) {
                    plans.add(new Student.Plan(o.windowSeconds() * r.nextDouble(), 0, 0));
                }
                plans.sort((a, b) -> Double.compare(a.arriveAt(), b.arriveAt()));
            }
            case EXAM_BURST -> {
                // sign in during the first 70 % of the ramp, so everyone is on the quiz page when the exam opens
                double start = o.rampSeconds();
                for (int i = 0; i < n; i++) {
                    plans.add(new Student.Plan(0.7 * o.rampSeconds() * i / n, start + o.windowSeconds() * r.nextDouble(),
                            start + o.windowSeconds() + o.answerSeconds() + o.windowSeconds() * r.nextDouble()));
                }
            }
        }
        return Collections.unmodifiableList(plans);
    }

    static void log(String message) {
        System.out.println("[load " + java.time.LocalTime.now().withNano(0) + "] " + message);
    }
}

package org.sotcourseware.load;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The load test's parameters, from the command line ({@code --users 500 --mode steady ...}). Bounded: at most
 * {@link #MAX_USERS} students and {@link #MAX_MINUTES} minutes, and only 127.0.0.1 as the target.
 */
record Options(Mode mode, int users, int rampSeconds, int holdSeconds, Range think, Range gap, int windowSeconds,
               int answerSeconds, int rounds, URI url, boolean startServer, Path jar, String heap, int port, long pid,
               Path out, long seed, boolean measureHeap, int timeoutSeconds, String password, List<String> serverArgs,
               List<String> jvmArgs) {

    static final int MAX_USERS = 5000;
    static final int MAX_MINUTES = 240;

    enum Mode {
        /** N students arrive evenly over the ramp, then all keep studying for the hold. */
        STEADY,
        /** N students sign in at random moments within the window, then keep studying for the hold. */
        SIGNIN_STORM,
        /** N students sign in during the ramp, start the same quiz within the window, answer, and submit within a window. */
        EXAM_BURST;

        static Mode parse(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'));
        }

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A uniform range of seconds, written {@code 30-90}. */
    record Range(double min, double max) {
        static Range parse(String s) {
            String[] p = s.split("-");
            double a = Double.parseDouble(p[0]);
            double b = p.length > 1 ? Double.parseDouble(p[1]) : a;
            if (a < 0 || b < a) {
                throw new IllegalArgumentException("a range is MIN-MAX seconds with 0 <= MIN <= MAX, not " + s);
            }
            return new Range(a, b);
        }

        double pick(java.util.Random r) {
            return min + (max - min) * r.nextDouble();
        }

        @Override
        public String toString() {
            return fmt(min) + "-" + fmt(max) + " s";
        }

        private static String fmt(double d) {
            return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
        }
    }

    static final String USAGE = """
            Usage: load/run.sh [options]
              --users N            simulated students, each with an account of their own (default 10, at most %d)
              --mode M             steady | signin-storm | exam-burst (default steady)
              --ramp S             steady: students arrive evenly over S seconds; exam-burst: sign-in time before the
                                   exam (default 60)
              --hold S             steady and signin-storm: seconds everyone keeps studying after the ramp or window (default 120)
              --think MIN-MAX      think time before each action, seconds (default 30-90; exam-burst 5-20)
              --stress             think time 1-3 s and click gap 0.2-0.5 s
              --gap MIN-MAX        pause between clicks within one answer, seconds (default 0.5-2)
              --window S           signin-storm: sign-in window; exam-burst: start and submit windows (default 60)
              --answer S           exam-burst: seconds between the start window and the submit window (default 300)
              --rounds K           journeys per student, 0 = until the run ends (default 0)
              --url URL            use a server that is already running (127.0.0.1 only) instead of starting one
              --pid PID            with --url: the server's process id, for CPU, memory and heap figures
              --jar PATH           the app to start (default target/sot-courseware.jar)
              --heap SIZE          the started server's -Xmx (default 1g)
              --port P             the started server's port (default 8180)
              --server-arg ARG     one more argument for the started server (repeatable), e.g. --server-arg=--sot.demo.enabled=false
              --jvm-arg ARG        one more JVM option for the started server (repeatable), e.g. --jvm-arg=-Xms1g
              --out DIR            where the report goes (default target/load)
              --timeout S          a round trip slower than this is an error (default 60)
              --no-heap            skip the heap-per-session measurement (two full GCs in the server)
              --seed N             random seed (default 1)
            """.formatted(MAX_USERS);

    static Options parse(String... args) {
        Mode mode = Mode.STEADY;
        int users = 10;
        int ramp = 60;
        int hold = 120;
        Range think = null;
        Range gap = null;
        boolean stress = false;
        int window = 60;
        int answer = 300;
        int rounds = 0;
        URI url = null;
        Path jar = Path.of("target/sot-courseware.jar");
        String heap = "1g";
        int port = 8180;
        long pid = -1;
        Path out = Path.of("target/load");
        long seed = 1;
        boolean measureHeap = true;
        int timeout = 60;
        List<String> serverArgs = new ArrayList<>();
        List<String> jvmArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            if (a.startsWith("--") && a.contains("=")) {
                value = a.substring(a.indexOf('=') + 1);
                a = a.substring(0, a.indexOf('='));
            }
            switch (a) {
                case "--stress" -> stress = true;
                case "--no-heap" -> measureHeap = false;
                case "--help", "-h" -> throw new IllegalArgumentException(USAGE);
                default -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(a + " needs a value\n" + USAGE);
                        }
                        value = args[++i];
                    }
                    switch (a) {
                        case "--users" -> users = Integer.parseInt(value);
                        case "--mode" -> mode = Mode.parse(value);
                        case "--ramp" -> ramp = Integer.parseInt(value);
                        case "--hold" -> hold = Integer.parseInt(value);
                        case "--think" -> think = Range.parse(value);
                        case "--gap" -> gap = Range.parse(value);
                        case "--window" -> window = Integer.parseInt(value);
                        case "--answer" -> answer = Integer.parseInt(value);
                        case "--rounds" -> rounds = Integer.parseInt(value);
                        case "--url" -> url = URI.create(value);
                        case "--pid" -> pid = Long.parseLong(value);
                        case "--jar" -> jar = Path.of(value);
                        case "--heap" -> heap = value;
                        case "--port" -> port = Integer.parseInt(value);
                        case "--server-arg" -> serverArgs.add(value);
                        case "--jvm-arg" -> jvmArgs.add(value);
                        case "--out" -> out = Path.of(value);
                        case "--timeout" -> timeout = Integer.parseInt(value);
                        case "--seed" -> seed = Long.parseLong(value);
                        default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
                    }
                }
            }
        }
        if (think == null) {
            think = stress ? new Range(1, 3) : mode == Mode.EXAM_BURST ? new Range(5, 20) : new Range(30, 90);
        }
        if (gap == null) {
            gap = stress ? new Range(0.2, 0.5) : new Range(0.5, 2);
        }
        boolean start = url == null;
        if (start) {
            url = URI.create("http://127.0.0.1:" + port + "/");
        }
        Options o = new Options(mode, users, ramp, hold, think, gap, window, answer, rounds, url, start, jar, heap, port, pid, out, seed,
                measureHeap, timeout, "load-test-password", List.copyOf(serverArgs),
                List.copyOf(jvmArgs));
        o.validate();
        return o;
    }

    void validate() {
        if (users < 1 || users > MAX_USERS) {
            throw new IllegalArgumentException("--users must be 1 to " + MAX_USERS);
        }
        if (!"127.0.0.1".equals(url.getHost()) && !"localhost".equals(url.getHost())) {
            throw new IllegalArgumentException("the load test only targets 127.0.0.1, not " + url);
        }
        if (rampSeconds < 0 || holdSeconds < 0 || windowSeconds < 1 || answerSeconds < 0) {
            throw new IllegalArgumentException("times must not be negative");
        }
        if (plannedSeconds() > MAX_MINUTES * 60L) {
            throw new IllegalArgumentException("the run would last " + plannedSeconds() / 60 + " minutes; at most " + MAX_MINUTES);
        }
    }

    /** How long the students run, by mode. */
    long plannedSeconds() {
        return switch (mode) {
            case STEADY -> rampSeconds + holdSeconds;
            case SIGNIN_STORM -> windowSeconds + holdSeconds;
            case EXAM_BURST -> rampSeconds + 2L * windowSeconds + answerSeconds + 30;
        };
    }
}

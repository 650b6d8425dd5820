package org.sotcourseware.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the server process costs, read from outside: CPU time and resident memory from {@code /proc/<pid>/stat}
 * and {@code /proc/<pid>/status}, and the live heap as the total of {@code jcmd <pid> GC.class_histogram}: the objects
 * a full collection found alive, counted during that collection, so work the server does at the same moment (a
 * start-up task still allocating) does not blur the figure as a later reading of the heap's use would. Linux only;
 * the server must run as the same user.
 */
final class ServerProbe {

    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");
    private static final Pattern HEAP_USED = Pattern.compile("heap\\b.*?\\bused (\\d+)K");
    private static final Pattern GEN_USED = Pattern.compile("(?:generation|Gen)\\b.*?\\bused (\\d+)K");
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    /** A CPU and memory reading: when (ms into the run), CPU time so far (ms), resident set (bytes). */
    record Reading(long atMillis, long cpuMillis, long rssBytes) {
    }

    private final long pid;
    private final long ticksPerSecond;

    ServerProbe(long pid) {
        this.pid = pid;
        this.ticksPerSecond = clockTicks();
    }

    long pid() {
        return pid;
    }

    Reading read(long atMillis) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String status = Files.readString(Path.of("/proc", String.valueOf(pid), "status"));
        return new Reading(atMillis, cpuTicks(stat) * 1000 / ticksPerSecond, rssKb(status) * 1024);
    }

    /** utime + stime of a {@code /proc/<pid>/stat} line (fields 14 and 15; the command name may hold spaces). */
    static long cpuTicks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // f[0] is field 3 (state), so field n is f[n - 3]
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    static long rssKb(String status) {
        Matcher m = RSS.matcher(status);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** Runs a full GC in the server and returns the bytes it found alive; failing that, the heap in use after a full GC. */
    OptionalLong heapAfterFullGc() {
        try {
            OptionalLong live = histogramTotal(jcmd("GC.class_histogram"));
            if (live.isPresent()) {
                return live;
            }
            jcmd("GC.run");
            OptionalLong kb = heapUsedKb(jcmd("GC.heap_info"));
            return kb.isPresent() ? OptionalLong.of(kb.getAsLong() * 1024) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    /** The bytes in the last line of a class histogram ({@code Total  <instances>  <bytes>}). */
    static OptionalLong histogramTotal(String histogram) {
        Matcher m = HISTOGRAM_TOTAL.matcher(histogram);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** The heap in use in {@code GC.heap_info} output, in KB: G1's "garbage-first heap ... used NK", or the generations summed. */
    static OptionalLong heapUsedKb(String heapInfo) {
        for (String line : heapInfo.split("\n")) {
            Matcher m = HEAP_USED.matcher(line);
            if (m.find()) {
                return OptionalLong.of(Long.parseLong(m.group(1)));
            }
        }
        long sum = 0;
        boolean any = false;
        for (String line : heapInfo.split("\n")) {
            if (line.contains("Metaspace") || line.contains("class space")) {
                continue;
            }
            Matcher m = GEN_USED.matcher(line);
            if (m.find()) {
                sum += Long.parseLong(m.group(1));
                any = true;
            }
        }
        return any ? OptionalLong.of(sum) : OptionalLong.empty();
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(List.of(jcmd.toString(), String.valueOf(pid), command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("jcmd " + command + " did not finish");
        }
        if (p.exitValue() != 0) {
            throw new IOException("jcmd " + command + " failed: " + out);
        }
        return out;
    }

    private static long clockTicks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor(5, TimeUnit.SECONDS);
            return Long.parseLong(out);
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }

    /** CPU use between consecutive readings, in percent of one core. */
    static List<double[]> cpuPercent(List<Reading> readings) {
        List<double[]> out = new ArrayList<>();
        for (int i = 1; i < readings.size(); i++) {
            Reading a = readings.get(i - 1);
            Reading b = readings.get(i);
            long dt = b.atMillis() - a.atMillis();
            if (dt > 0) {
                out.add(new double[] {b.atMillis(), 100.0 * (b.cpuMillis() - a.cpuMillis()) / dt});
            }
        }
        return out;
    }
}

package org.sotcourseware.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every round trip the simulated students make, by step: when it started, how long it took, how many bytes
 * came back, and the errors with a few sample messages. Thread-safe; percentiles are computed at the end.
 */
final class Metrics {

    /** Steps whose round trips are not the app's own work (static files, heartbeats) and stay out of the "app" figures. */
    static final java.util.Set<String> NOT_APP = java.util.Set.of(Steps.STATIC, Steps.HEARTBEAT, Steps.UNLOAD);

    static final int MAX_ERROR_SAMPLES = 5;

    private final long startNanos;
    private final Map<String, Step> steps = new ConcurrentHashMap<>();

    Metrics(long startNanos) {
        this.startNanos = startNanos;
    }

    long startNanos() {
        return startNanos;
    }

    /** One round trip of {@code step} that ran from {@code start} to {@code end} (System.nanoTime) and returned {@code bytes}. */
    void record(String step, long start, long end, long bytes) {
        step(step).add((start - startNanos) / 1_000_000, (end - start) / 1_000, bytes);
    }

    /** A failure in {@code step}; the first few messages are kept as samples. */
    void error(String step, String message) {
        step(step).error((System.nanoTime() - startNanos) / 1_000_000, message);
    }

    private Step step(String name) {
        return steps.computeIfAbsent(name, Step::new);
    }

    Map<String, Step> steps() {
        return new TreeMap<>(steps);
    }

    long errorCount() {
        return steps.values().stream().mapToLong(Step::errors).sum();
    }

    long count() {
        return steps.values().stream().mapToLong(Step::count).sum();
    }

    /** All samples of the app's round trips (everything but {@link #NOT_APP}), as one step. */
    Step app() {
        Step all = new Step("app round trips");
        steps.values().stream().filter(s -> !NOT_APP.contains(s.name)).forEach(all::addAll);
        return all;
    }

    /** Samples of one step. */
    static final class Step {
        final String name;
        private long[] at = new long[64];
        private long[] micros = new long[64];
        private long[] bytes = new long[64];
        private int size;
        private final List<Long> errorAt = new ArrayList<>();
        private final Map<String, Integer> errorSamples = new LinkedHashMap<>();

        Step(String name) {
            this.name = name;
        }

        synchronized void add(long atMillis, long durationMicros, long byteCount) {
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
                micros = Arrays.copyOf(micros, size * 2);
                bytes = Arrays.copyOf(bytes, size * 2);
            }
            at[size] = atMillis;
            micros[size] = durationMicros;
            bytes[size] = byteCount;
            size++;
        }

        synchronized void error(long atMillis, String message) {
            errorAt.add(atMillis);
            String m = message == null ? "(no message)" : message.length() > 300 ? message.substring(0, 300) + "…" : message;
            if (errorSamples.containsKey(m) || errorSamples.size() < MAX_ERROR_SAMPLES) {
                errorSamples.merge(m, 1, Integer::sum);
            }
        }

        synchronized void addAll(Step other) {
            synchronized (other) {
                for (int i = 0; i < other.size; i++) {
                    add(other.at[i], other.micros[i], other.bytes[i]);
                }
                errorAt.addAll(other.errorAt);
            }
        }

        synchronized int count() {
            return size;
        }

        synchronized int errors() {
            return errorAt.size();
        }

        synchronized Map<String, Integer> errorSamples() {
            return new LinkedHashMap<>(errorSamples);
        }

        synchronized long[] errorTimes() {
            return errorAt.stream().mapToLong(Long::longValue).toArray();
        }

        /** Durations in microseconds, sorted. */
        synchronized long[] sortedMicros() {
            long[] d = Arrays.copyOf(micros, size);
            Arrays.sort(d);
            return d;
        }

        synchronized long totalBytes() {
            long t = 0;
            for (int i = 0; i < size; i++) {
                t += bytes[i];
            }
            return t;
        }

        /** Start times (ms since the run began) and durations (µs), in recording order. */
        synchronized long[][] series() {
            return new long[][] {Arrays.copyOf(at, size), Arrays.copyOf(micros, size)};
        }

        Summary summary() {
            long[] d = sortedMicros();
            long sum = 0;
            for (long v : d) {
                sum += v;
            }
            return new Summary(name, d.length, errors(), ms(percentile(d, 50)), ms(percentile(d, 95)), ms(percentile(d, 99)),
                    ms(d.length == 0 ? 0 : d[d.length - 1]), d.length == 0 ? 0 : ms(sum / d.length),
                    d.length == 0 ? 0 : totalBytes() / d.length);
        }
    }

    /** A step's figures, in milliseconds. */
    record Summary(String step, int count, int errors, double p50, double p95, double p99, double max, double mean, long meanBytes) {
    }

    private static double ms(long micros) {
        return Math.round(micros / 100.0) / 10.0;
    }

    /**
     * The nearest-rank percentile of sorted values: the smallest value that at least {@code p} percent of the
     * values are less than or equal to. 0 for no values.
     */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        if (p <= 0) {
            return sorted[0];
        }
        int rank = (int) Math.ceil(p * sorted.length / 100.0);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }
}

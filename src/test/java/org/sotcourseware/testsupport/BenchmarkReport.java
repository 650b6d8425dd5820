package org.sotcourseware.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** Where {@link Benchmark} tests put their figures: the console and {@code target/benchmarks/results.txt}. */
public final class BenchmarkReport {

    /** Where the figures go. */
    public static final Path RESULTS = Path.of("target", "benchmarks", "results.txt");

    /** Reports one measurement, e.g. {@code report("matrix of 5000 students", "fastest of 5 runs 154 ms")}. */
    public static void report(String what, String figures) {
        String line = Instant.now() + "  " + what + ": " + figures;
        System.out.println("Benchmark " + line);
        try {
            Files.createDirectories(RESULTS.getParent());
            Files.writeString(RESULTS, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BenchmarkReport() {
    }
}

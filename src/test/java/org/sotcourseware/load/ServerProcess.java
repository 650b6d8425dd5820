package org.sotcourseware.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The app under test, started from its jar for one load run: on 127.0.0.1, an empty H2 data folder under the
 * output folder, {@code sot.load-test.students=N}, the given heap, Java Flight Recorder ({@code settings=profile},
 * written on exit to {@code server.jfr}) and a GC log. Ready when the load-test accounts are (their start-up task
 * runs after the others).
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Started Application in ([\\d.]+) seconds");
    private static final Pattern READY = Pattern.compile("Load test: \\d+ student accounts ready");

    private final Process process;
    private final Path log;
    private final long launchedNanos;
    private double startedSeconds = -1;
    private double readySeconds = -1;

    private ServerProcess(Process process, Path log, long launchedNanos) {
        this.process = process;
        this.log = log;
        this.launchedNanos = launchedNanos;
    }

    static ServerProcess start(Options o) throws IOException {
        Path out = o.out().toAbsolutePath();
        Path data = out.resolve("data");
        deleteTree(data);
        Files.createDirectories(data);
        Path jar = o.jar().toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IOException("No app jar at " + jar + ": build it with ./mvnw -DskipTests package");
        }
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + o.heap(),
                "-XX:StartFlightRecording=filename=" + out.resolve("server.jfr") + ",settings=profile,dumponexit=true",
                "-Xlog:gc:file=" + out.resolve("gc.log") + ":uptime"));
        cmd.addAll(o.jvmArgs());
        cmd.addAll(List.of(
                "-jar", jar.toString(),
                "--server.address=127.0.0.1",
                "--server.port=" + o.port(),
                "--sot.data-dir=" + data,
                "--sot.load-test.students=" + o.users()));
        cmd.addAll(o.serverArgs());
        Path log = out.resolve("server.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServerProcess s = new ServerProcess(p, log, System.nanoTime());
        s.awaitReady();
        return s;
    }

    private void awaitReady() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("The server stopped during start-up (exit " + process.exitValue() + "); see " + log);
            }
            String text = Files.exists(log) ? Files.readString(log) : "";
            Matcher m = STARTED.matcher(text);
            if (startedSeconds < 0 && m.find()) {
                startedSeconds = Double.parseDouble(m.group(1));
            }
            if (READY.matcher(text).find()) {
                readySeconds = (System.nanoTime() - launchedNanos) / 1e9;
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the server");
            }
        }
        throw new IOException("The server was not ready within 10 minutes; see " + log);
    }

    long pid() {
        return process.pid();
    }

    /** "Started Application in N seconds" as Spring Boot logged it. */
    double startedSeconds() {
        return startedSeconds;
    }

    /** From launch until the load-test accounts were ready (the end of start-up seeding). */
    double readySeconds() {
        return readySeconds;
    }

    Path log() {
        return log;
    }

    /** The server log's ERROR lines: how many, and the first few. */
    static List<String> errorLines(Path log) {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(" ERROR ")).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    @Override
    public void close() {
        process.destroy(); // SIGTERM: Spring shuts down, the JVM writes the flight recording
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

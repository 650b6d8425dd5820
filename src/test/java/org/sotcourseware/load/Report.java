package org.sotcourseware.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The run's report: {@code load-report.json} (every figure) and {@code load-report.html} (the same, readable,
 * with inline SVG charts of latency and server load over time; no scripts, no external files), and a text
 * summary for the console.
 */
final class Report {

    static final int BUCKET_SECONDS = 10;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Report() {
    }

    /** One time bucket of the run. */
    record Bucket(long fromSecond, int count, int errors, double p50, double p95, double cpu, double rssMb, double driverCpu, int active) {
    }

    static void write(LoadTest.Result r) throws IOException {
        Files.createDirectories(r.options().out());
        Files.writeString(r.options().out().resolve("load-report.json"), VaadinClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(r)));
        Files.writeString(r.options().out().resolve("load-report.html"), html(r));
    }

    // ------------------------------------------------------------------ figures

    static List<Bucket> buckets(LoadTest.Result r) {
        Metrics.Step app = r.metrics().app();
        long[][] series = app.series();
        long last = (long) Math.ceil(r.seconds());
        int n = (int) (last / BUCKET_SECONDS) + 1;
        List<List<Long>> durations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            durations.add(new ArrayList<>());
        }
        for (int i = 0; i < series[0].length; i++) {
            int b = (int) Math.min(n - 1, series[0][i] / 1000 / BUCKET_SECONDS);
            durations.get(b).add(series[1][i]);
        }
        int[] errors = new int[n];
        for (Metrics.Step s : r.metrics().steps().values()) {
            for (long t : s.errorTimes()) {
                errors[(int) Math.min(n - 1, t / 1000 / BUCKET_SECONDS)]++;
            }
        }
        List<double[]> cpu = ServerProbe.cpuPercent(r.samples().stream().filter(s -> s.server() != null).map(LoadTest.Sample::server).toList());
        List<double[]> driverCpu = ServerProbe.cpuPercent(r.samples().stream().filter(s -> s.driver() != null).map(LoadTest.Sample::driver).toList());
        List<Bucket> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long[] d = durations.get(i).stream().mapToLong(Long::longValue).sorted().toArray();
            long from = i * 1000L * BUCKET_SECONDS;
            long to = from + 1000L * BUCKET_SECONDS;
            double c = avg(cpu.stream().filter(x -> x[0] >= from && x[0] < to).mapToDouble(x -> x[1]).average());
            double dc = avg(driverCpu.stream().filter(x -> x[0] >= from && x[0] < to).mapToDouble(x -> x[1]).average());
            double rss = avg(r.samples().stream().filter(s -> s.server() != null && s.atMillis() >= from && s.atMillis() < to)
                    .mapToDouble(s -> s.server().rssBytes() / 1048576.0).average());
            int active = r.samples().stream().filter(s -> s.atMillis() >= from && s.atMillis() < to).mapToInt(LoadTest.Sample::activeStudents).max().orElse(0);
            out.add(new Bucket(i * (long) BUCKET_SECONDS, d.length, errors[i], Metrics.percentile(d, 50) / 1000.0, Metrics.percentile(d, 95) / 1000.0,
                    c, rss, dc, active));
        }
        return out;
    }

    private static double avg(OptionalDouble d) {
        return d.isPresent() ? Math.round(d.getAsDouble() * 10) / 10.0 : -1;
    }

    /** Live heap per session: (heap after a full GC with the sessions open − idle) ÷ sessions, per loaded reading. */
    static List<double[]> heapPerSession(LoadTest.Result r) {
        List<double[]> out = new ArrayList<>();
        LoadTest.HeapReading idle = r.heap().stream().filter(h -> h.sessions() == 0).findFirst().orElse(null);
        if (idle == null) {
            return out;
        }
        for (LoadTest.HeapReading h : r.heap()) {
            if (h.sessions() > 0) {
                out.add(new double[] {(h.bytes() - idle.bytes()) / 1024.0 / h.sessions()});
            }
        }
        return out;
    }

    static double peakCpu(LoadTest.Result r) {
        return ServerProbe.cpuPercent(r.samples().stream().filter(s -> s.server() != null).map(LoadTest.Sample::server).toList())
                .stream().mapToDouble(x -> x[1]).max().orElse(-1);
    }

    static double meanCpu(LoadTest.Result r, boolean driver) {
        List<ServerProbe.Reading> rs = r.samples().stream().map(s -> driver ? s.driver() : s.server()).filter(x -> x != null).toList();
        if (rs.size() < 2) {
            return -1;
        }
        ServerProbe.Reading a = rs.getFirst();
        ServerProbe.Reading b = rs.getLast();
        return Math.round(1000.0 * (b.cpuMillis() - a.cpuMillis()) / Math.max(1, b.atMillis() - a.atMillis())) / 10.0;
    }

    static double peakRssMb(LoadTest.Result r) {
        return r.samples().stream().filter(s -> s.server() != null).mapToDouble(s -> s.server().rssBytes() / 1048576.0).max().orElse(-1);
    }

    // ------------------------------------------------------------------ JSON

    static ObjectNode json(LoadTest.Result r) {
        Options o = r.options();
        ObjectNode root = F.objectNode();
        ObjectNode run = root.putObject("run");
        run.put("mode", o.mode().label());
        run.put("users", o.users());
        run.put("rampSeconds", o.rampSeconds());
        run.put("holdSeconds", o.holdSeconds());
        run.put("windowSeconds", o.windowSeconds());
        run.put("answerSeconds", o.answerSeconds());
        run.put("think", o.think().toString());
        run.put("clickGap", o.gap().toString());
        run.put("rounds", o.rounds());
        run.put("target", o.url().toString());
        run.put("serverStartedByTest", o.startServer());
        run.put("heap", o.startServer() ? o.heap() : null);
        run.put("started", r.started().toString());
        run.put("seconds", round1(r.seconds()));
        run.put("serverStartedSeconds", r.serverStartedSeconds());
        run.put("serverReadySeconds", round1(r.serverReadySeconds()));

        Metrics.Step app = r.metrics().app();
        ObjectNode overall = root.putObject("overall");
        Metrics.Summary a = app.summary();
        overall.put("appRoundTrips", a.count());
        overall.put("allRequests", r.metrics().count());
        overall.put("errors", r.metrics().errorCount());
        overall.put("roundTripsPerSecond", round1(a.count() / Math.max(1e-9, r.seconds())));
        overall.put("p50Ms", a.p50());
        overall.put("p95Ms", a.p95());
        overall.put("p99Ms", a.p99());
        overall.put("maxMs", a.max());

        ArrayNode steps = root.putArray("steps");
        for (Metrics.Step s : r.metrics().steps().values()) {
            Metrics.Summary m = s.summary();
            ObjectNode n = steps.addObject();
            n.put("step", m.step());
            n.put("count", m.count());
            n.put("errors", m.errors());
            n.put("p50Ms", m.p50());
            n.put("p95Ms", m.p95());
            n.put("p99Ms", m.p99());
            n.put("maxMs", m.max());
            n.put("meanMs", m.mean());
            n.put("meanBytes", m.meanBytes());
            ObjectNode samples = n.putObject("errorSamples");
            s.errorSamples().forEach(samples::put);
        }

        ObjectNode st = root.putObject("students");
        st.put("total", r.students().size());
        st.put("signedIn", r.students().stream().filter(s -> s.signedIn).count());
        st.put("gaveUp", r.students().stream().filter(s -> s.gaveUp).count());
        st.put("withQuizResult", r.students().stream().filter(s -> s.quizResults > 0).count());
        st.put("withThreeCaseDecisions", r.students().stream().filter(s -> s.caseDecisions >= 3).count());
        st.put("journeys", r.students().stream().mapToInt(s -> s.rounds).sum());
        st.put("quizResults", r.students().stream().mapToInt(s -> s.quizResults).sum());
        st.put("lessonsRead", r.students().stream().mapToInt(s -> s.lessonsRead).sum());
        st.put("caseDecisions", r.students().stream().mapToInt(s -> s.caseDecisions).sum());

        ObjectNode server = root.putObject("server");
        server.put("cpuPeakPercentOfOneCore", round1(peakCpu(r)));
        server.put("cpuMeanPercentOfOneCore", meanCpu(r, false));
        server.put("rssPeakMb", round1(peakRssMb(r)));
        server.put("driverCpuMeanPercentOfOneCore", meanCpu(r, true));
        ArrayNode heap = server.putArray("heap");
        for (LoadTest.HeapReading h : r.heap()) {
            ObjectNode n = heap.addObject();
            n.put("label", h.label());
            n.put("atSecond", h.atMillis() / 1000);
            n.put("liveHeapMb", round1(h.bytes() / 1048576.0));
            n.put("sessions", h.sessions());
        }
        ArrayNode per = server.putArray("heapPerSessionKb");
        heapPerSession(r).forEach(x -> per.add(Math.round(x[0])));
        server.put("logErrorLines", r.serverErrors().size());
        ArrayNode firstErrors = server.putArray("logErrorSamples");
        r.serverErrors().stream().limit(5).forEach(l -> firstErrors.add(VaadinClient.abbreviate(l)));

        ArrayNode timeline = root.putArray("timeline");
        for (Bucket b : buckets(r)) {
            ObjectNode n = timeline.addObject();
            n.put("second", b.fromSecond());
            n.put("roundTrips", b.count());
            n.put("errors", b.errors());
            n.put("p50Ms", b.p50());
            n.put("p95Ms", b.p95());
            n.put("serverCpuPercent", b.cpu());
            n.put("serverRssMb", round1(b.rssMb()));
            n.put("driverCpuPercent", b.driverCpu());
            n.put("activeStudents", b.active());
        }
        return root;
    }

    private static double round1(double d) {
        return Math.round(d * 10) / 10.0;
    }

    // ------------------------------------------------------------------ text

    static String text(LoadTest.Result r) {
        StringBuilder sb = new StringBuilder();
        Options o = r.options();
        sb.append(String.format(Locale.ROOT, "%s, %d students, think %s, %.0f s%n", o.mode().label(), o.users(), o.think(), r.seconds()));
        sb.append(String.format(Locale.ROOT, "%-16s %7s %6s %9s %9s %9s %9s %9s%n", "step", "count", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms", "mean KB"));
        List<Metrics.Summary> rows = new ArrayList<>(r.metrics().steps().values().stream().map(Metrics.Step::summary).toList());
        rows.add(r.metrics().app().summary());
        for (Metrics.Summary m : rows) {
            sb.append(String.format(Locale.ROOT, "%-16s %7d %6d %9.1f %9.1f %9.1f %9.1f %9.1f%n", m.step().length() > 16 ? m.step().substring(0, 16) : m.step(),
                    m.count(), m.errors(), m.p50(), m.p95(), m.p99(), m.max(), m.meanBytes() / 1024.0));
        }
        sb.append(String.format(Locale.ROOT, "app round trips per second %.1f; errors %d%n", r.metrics().app().count() / Math.max(1e-9, r.seconds()),
                r.metrics().errorCount()));
        for (Metrics.Step s : r.metrics().steps().values()) {
            s.errorSamples().forEach((m, c) -> sb.append("  error in ").append(s.name).append(" (").append(c).append("x): ").append(m).append('\n'));
        }
        sb.append(String.format(Locale.ROOT, "students: %d signed in, %d with a quiz result, %d with three case decisions, %d gave up%n",
                r.students().stream().filter(s -> s.signedIn).count(), r.students().stream().filter(s -> s.quizResults > 0).count(),
                r.students().stream().filter(s -> s.caseDecisions >= 3).count(), r.students().stream().filter(s -> s.gaveUp).count()));
        if (!r.samples().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "server CPU peak %.0f%%, mean %.0f%% of one core; RSS peak %.0f MB; driver CPU mean %.0f%%%n",
                    peakCpu(r), meanCpu(r, false), peakRssMb(r), meanCpu(r, true)));
        }
        for (LoadTest.HeapReading h : r.heap()) {
            sb.append(String.format(Locale.ROOT, "live heap %s: %.1f MB with %d sessions%n", h.label(), h.bytes() / 1048576.0, h.sessions()));
        }
        heapPerSession(r).forEach(x -> sb.append(String.format(Locale.ROOT, "live heap per session: %.0f KB%n", x[0])));
        if (!r.serverErrors().isEmpty()) {
            sb.append("server log: ").append(r.serverErrors().size()).append(" ERROR lines, first: ")
                    .append(VaadinClient.abbreviate(r.serverErrors().getFirst())).append('\n');
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ HTML

    static String html(LoadTest.Result r) {
        Options o = r.options();
        List<Bucket> buckets = buckets(r);
        StringBuilder h = new StringBuilder();
        h.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Load test: ").append(esc(o.mode().label()))
                .append(", ").append(o.users()).append(" students</title><style>")
                .append("body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1b1f23}")
                .append("table{border-collapse:collapse;margin:1rem 0}td,th{padding:.25rem .6rem;border-bottom:1px solid #ddd;text-align:right}")
                .append("td:first-child,th:first-child{text-align:left}.bad{color:#b00020;font-weight:600}.muted{color:#666}")
                .append("svg{background:#fafafa;border:1px solid #ddd}code{background:#f2f2f2;padding:0 .2rem}")
                .append("</style></head><body>");
        h.append("<h1>SOT Courseware load test</h1>");
        h.append("<p>").append(esc(o.mode().label())).append(" · ").append(o.users()).append(" students · think ").append(esc(o.think().toString()))
                .append(" · ").append(Math.round(r.seconds())).append(" s from ").append(esc(r.started().toString())).append(" · target ")
                .append(esc(o.url().toString())).append(o.startServer() ? " (started by the test, -Xmx" + esc(o.heap()) + ")" : "").append("</p>");
        Metrics.Summary a = r.metrics().app().summary();
        long errors = r.metrics().errorCount();
        h.append("<p><b>").append(a.count()).append(" app round trips</b> (").append(String.format(Locale.ROOT, "%.1f", a.count() / Math.max(1e-9, r.seconds())))
                .append(" per second): p50 ").append(a.p50()).append(" ms, p95 ").append(a.p95()).append(" ms, p99 ").append(a.p99())
                .append(" ms, max ").append(a.max()).append(" ms. <span class=\"").append(errors == 0 ? "" : "bad").append("\">").append(errors)
                .append(" errors.</span></p>");

        h.append("<h2>Latency over time</h2><p class=\"muted\">p50 and p95 of the app's round trips (static files and heartbeats left out) per ")
                .append(BUCKET_SECONDS).append(" s; red marks are buckets with errors; dashed lines are heap measurements (a full GC pauses the server).</p>");
        h.append(chart(buckets, List.of(new Series("p50", "#1d5e66", b -> b.p50()), new Series("p95", "#d9822b", b -> b.p95())), "ms", r.heap(), true));
        if (buckets.stream().anyMatch(b -> b.cpu() >= 0)) {
            h.append("<h2>Server load</h2><p class=\"muted\">CPU of the server process in percent of one core (the machine's cores are shared with the "
                    + "load driver, whose CPU is the grey line); active students.</p>");
            h.append(chart(buckets, List.of(new Series("server CPU %", "#b00020", Bucket::cpu), new Series("driver CPU %", "#999999", Bucket::driverCpu),
                    new Series("active students", "#1d5e66", b -> b.active())), "", r.heap(), false));
            h.append("<h2>Server memory</h2>");
            h.append(chart(buckets, List.of(new Series("RSS MB", "#5b3f8c", Bucket::rssMb)), "MB", r.heap(), false));
        }

        h.append("<h2>Steps</h2><table><tr><th>step</th><th>count</th><th>errors</th><th>p50 ms</th><th>p95 ms</th><th>p99 ms</th><th>max ms</th><th>mean ms</th><th>mean KB</th></tr>");
        List<Metrics.Summary> rows = new ArrayList<>(r.metrics().steps().values().stream().map(Metrics.Step::summary).toList());
        rows.add(a);
        for (Metrics.Summary m : rows) {
            h.append("<tr><td>").append(esc(m.step())).append("</td><td>").append(m.count()).append("</td><td")
                    .append(m.errors() > 0 ? " class=\"bad\"" : "").append(">").append(m.errors()).append("</td><td>").append(m.p50())
                    .append("</td><td>").append(m.p95()).append("</td><td>").append(m.p99()).append("</td><td>").append(m.max())
                    .append("</td><td>").append(m.mean()).append("</td><td>").append(String.format(Locale.ROOT, "%.1f", m.meanBytes() / 1024.0)).append("</td></tr>");
        }
        h.append("</table>");
        if (errors > 0) {
            h.append("<h2>Errors</h2><ul>");
            for (Metrics.Step s : r.metrics().steps().values()) {
                for (Map.Entry<String, Integer> e : s.errorSamples().entrySet()) {
                    h.append("<li><b>").append(esc(s.name)).append("</b> (").append(e.getValue()).append("×): ").append(esc(e.getKey())).append("</li>");
                }
            }
            h.append("</ul>");
        }
        h.append("<h2>Students</h2><p>").append(r.students().stream().filter(s -> s.signedIn).count()).append(" signed in; ")
                .append(r.students().stream().filter(s -> s.quizResults > 0).count()).append(" reached a quiz result; ")
                .append(r.students().stream().filter(s -> s.caseDecisions >= 3).count()).append(" made three case decisions; ")
                .append(r.students().stream().filter(s -> s.gaveUp).count()).append(" gave up. Journeys completed: ")
                .append(r.students().stream().mapToInt(s -> s.rounds).sum()).append(".</p>");
        h.append("<h2>Server</h2><ul>");
        if (r.serverReadySeconds() > 0) {
            h.append("<li>Ready ").append(round1(r.serverReadySeconds())).append(" s after launch (Spring Boot \"Started\" after ")
                    .append(r.serverStartedSeconds()).append(" s)</li>");
        }
        if (!r.samples().isEmpty() && r.samples().getFirst().server() != null) {
            h.append("<li>CPU: peak ").append(round1(peakCpu(r))).append(" %, mean ").append(meanCpu(r, false))
                    .append(" % of one core; RSS peak ").append(round1(peakRssMb(r))).append(" MB</li>");
        }
        for (LoadTest.HeapReading hr : r.heap()) {
            h.append("<li>Live heap after a full GC, ").append(esc(hr.label())).append(": ").append(round1(hr.bytes() / 1048576.0))
                    .append(" MB with ").append(hr.sessions()).append(" sessions</li>");
        }
        for (double[] x : heapPerSession(r)) {
            h.append("<li><b>Live heap per session: ").append(Math.round(x[0])).append(" KB</b> (loaded − idle) ÷ sessions</li>");
        }
        h.append("<li>Server log ERROR lines during the run: ").append(r.serverErrors().size()).append("</li>");
        r.serverErrors().stream().limit(5).forEach(l -> h.append("<li class=\"muted\"><code>").append(esc(VaadinClient.abbreviate(l))).append("</code></li>"));
        h.append("</ul></body></html>\n");
        return h.toString();
    }

    private record Series(String name, String color, java.util.function.ToDoubleFunction<Bucket> value) {
    }

    /** A line chart as inline SVG: one line per series over the buckets, axes with a few ticks. */
    static String chart(List<Bucket> buckets, List<Series> series, String unit, List<LoadTest.HeapReading> heap, boolean markErrors) {
        int w = 1040;
        int hgt = 280;
        int left = 60;
        int right = 20;
        int top = 20;
        int bottom = 40;
        double maxX = Math.max(BUCKET_SECONDS, buckets.size() * (double) BUCKET_SECONDS);
        double maxY = 1;
        for (Series s : series) {
            for (Bucket b : buckets) {
                maxY = Math.max(maxY, s.value().applyAsDouble(b));
            }
        }
        maxY = niceCeiling(maxY);
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w).append("\" height=\"").append(hgt)
                .append("\" viewBox=\"0 0 ").append(w).append(' ').append(hgt).append("\" role=\"img\">");
        double pw = w - left - right;
        double ph = hgt - top - bottom;
        for (int i = 0; i <= 4; i++) {
            double v = maxY * i / 4;
            double y = top + ph - ph * i / 4;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e3e3e3\"/>", left, y, w - right, y));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s%s</text>", left - 6, y + 4, fmt(v),
                    i == 4 ? " " + unit : ""));
        }
        int xticks = 8;
        for (int i = 0; i <= xticks; i++) {
            double t = maxX * i / xticks;
            double x = left + pw * i / xticks;
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%ss</text>", x, hgt - bottom + 16, fmt(t)));
        }
        if (markErrors) {
            for (Bucket b : buckets) {
                if (b.errors() > 0) {
                    double x = left + pw * b.fromSecond() / maxX;
                    sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"#b00020\" opacity=\"0.15\"><title>%d errors</title></rect>",
                            x, top, pw * BUCKET_SECONDS / maxX, ph, b.errors()));
                }
            }
        }
        for (LoadTest.HeapReading hr : heap) {
            if (hr.sessions() > 0) {
                double x = left + pw * hr.atMillis() / 1000.0 / maxX;
                sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\" stroke-dasharray=\"4 3\"/>",
                        x, top, x, top + ph));
            }
        }
        int legendX = left + 10;
        for (Series s : series) {
            StringBuilder pts = new StringBuilder();
            for (Bucket b : buckets) {
                double v = s.value().applyAsDouble(b);
                if (v < 0 || (b.count() == 0 && markErrors)) {
                    continue;
                }
                double x = left + pw * (b.fromSecond() + BUCKET_SECONDS / 2.0) / maxX;
                double y = top + ph - ph * Math.min(v, maxY) / maxY;
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            sb.append("<polyline fill=\"none\" stroke=\"").append(s.color()).append("\" stroke-width=\"2\" points=\"").append(pts.toString().trim()).append("\"/>");
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"3\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>",
                    legendX, top + 4, s.color(), legendX + 16, top + 9, esc(s.name())));
            legendX += 30 + s.name().length() * 7;
        }
        sb.append("</svg>");
        return sb.toString();
    }

    static double niceCeiling(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package org.sotcourseware.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.sotcourseware.testsupport.Benchmark;
import org.sotcourseware.testsupport.BenchmarkReport;

/**
 * Query time over the whole curriculum: the index build, then 40 queries (single words, phrases, several words,
 * misspellings, a term from each module) asked 50 times each, as {@link SearchService} asks them (200 candidates,
 * the 30 shown highlighted). Figures in docs/performance.md; run with
 * {@code ./mvnw test -DskipE2E -Dtest=SearchBenchmarkTest -Dbench.rounds=50} (in {@code verify} 5 rounds, a check that it works).
 */
@Benchmark
class SearchBenchmarkTest {

    static final List<String> QUERIES = List.of("sacrum", "occiput", "arm fossa test", "cauda equina", "category one blocking",
            "\"weight-bearing\"", "red flags referral", "dural tension", "sacroilliac", "plagiocephally", "fontanelles", "tongue tie",
            "temporomandibular joint disc", "consent chaperone", "occipital fibres", "CMRT", "reflex", "sphenobasilar", "suture closure",
            "cranial rhythmic impulse", "reliability kappa", "psoas", "piriformis", "straight leg raise", "dermatome", "myotome",
            "leg length", "stair-step", "compaction", "indicator", "reassessment", "pelvis pregnancy", "latex allergy", "hygiene gloves",
            "shoulder elbow", "knee ankle foot", "infant red flags", "cranial nerve", "dentist splint", "evidence");

    @Test
    void queries_over_the_whole_curriculum() {
        long start = System.nanoTime();
        SearchFixtures f = new SearchFixtures(Path.of("content"));
        SearchIndex index = f.indexer.awaitBuilt();
        long buildMs = (System.nanoTime() - start) / 1_000_000;
        for (int warm = 0; warm < 5; warm++) {
            QUERIES.forEach(q -> ask(index, q));
        }
        int rounds = Integer.getInteger("bench.rounds", 5); // 50 for the figures in docs/performance.md
        long[] nanos = new long[QUERIES.size() * rounds];
        long[] cpuNanos = new long[nanos.length];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int n = 0;
        int empty = 0;
        for (int r = 0; r < rounds; r++) {
            for (String q : QUERIES) {
                long t = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                int found = ask(index, q);
                cpuNanos[n] = threads.getCurrentThreadCpuTime() - cpu;
                nanos[n++] = System.nanoTime() - t;
                if (found == 0) {
                    empty++;
                }
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        assertThat(empty).as("queries that found nothing").isZero();
        BenchmarkReport.report("search index of the curriculum (" + index.size() + " entries)",
                "built (catalogue load and rendering included) in " + buildMs + " ms");
        BenchmarkReport.report("search queries (" + nanos.length + ": " + QUERIES.size() + " queries x " + rounds + ", 200 candidates, 30 quoted)",
                String.format(Locale.ROOT, "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms", at(nanos, 0.50), at(nanos, 0.95),
                        at(nanos, 0.99), nanos[nanos.length - 1] / 1e6)
                        + String.format(Locale.ROOT, "; CPU time per query p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (load average %.1f)",
                        at(cpuNanos, 0.50), at(cpuNanos, 0.95), at(cpuNanos, 0.99), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    }

    /** As the service asks: the best 200 candidates, then snippets for the 30 shown. */
    private static int ask(SearchIndex index, String q) {
        SearchIndex.Candidates c = index.find(q, 200);
        List<SearchIndex.Match> shown = c.matches().subList(0, Math.min(SearchService.MAX_RESULTS, c.matches().size()));
        return index.snippets(c, shown).size();
    }

    private static double at(long[] sorted, double q) {
        return sorted[(int) Math.ceil(q * sorted.length) - 1] / 1e6;
    }
}

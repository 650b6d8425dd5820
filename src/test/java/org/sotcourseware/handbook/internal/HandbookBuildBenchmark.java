package org.sotcourseware.handbook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.testsupport.Benchmark;
import org.sotcourseware.testsupport.BenchmarkReport;

/**
 * How long building each module's handbook takes (HTML document and PDF, as a cold cache builds it), one module
 * after another as one node's single builder would, and all twelve together. Figures in docs/performance.md.
 */
@Benchmark
class HandbookBuildBenchmark {

    @Test
    void every_modules_handbook_is_built_and_timed() throws IOException {
        Curriculum c = HandbookFixture.curriculum();
        HandbookRenderer.render(HandbookFixture.handbook(c.modules().getFirst().id())); // warm the JIT, fonts and Batik once
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        long cpuTotal = 0;
        int pagesTotal = 0;
        for (CourseModule m : c.modules()) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            byte[] pdf = HandbookRenderer.render(HandbookFixture.handbook(m.id()));
            long ms = (System.nanoTime() - start) / 1_000_000;
            long cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            total += ms;
            cpuTotal += cpu;
            int pages;
            try (var doc = Loader.loadPDF(pdf)) {
                pages = doc.getNumberOfPages();
            }
            assertThat(pages).as(m.id()).isGreaterThan(m.publishedLessons().size() + 2);
            pagesTotal += pages;
            BenchmarkReport.report("handbook " + m.id(), String.format(Locale.ROOT, "%d ms (CPU %d ms), %d lessons, %d pages, %d KB", ms, cpu,
                    m.publishedLessons().size(), pages, pdf.length / 1024));
        }
        BenchmarkReport.report("handbooks of all " + c.modules().size() + " modules", total + " ms (CPU " + cpuTotal + " ms), " + pagesTotal + " pages");
    }
}

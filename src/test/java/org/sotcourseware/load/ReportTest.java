package org.sotcourseware.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ReportTest {

    private static LoadTest.Result result() {
        Metrics m = new Metrics(0);
        for (int i = 0; i < 30; i++) {
            m.record(Steps.ANSWER, i * 1_000_000_000L, i * 1_000_000_000L + (10 + i) * 1_000_000L, 2048);
        }
        m.record(Steps.STATIC, 0, 900_000_000L, 80_000);
        m.error(Steps.SUBMIT, "the result never appeared");
        List<LoadTest.Sample> samples = List.of(
                new LoadTest.Sample(0, new ServerProbe.Reading(0, 0, 500L << 20), new ServerProbe.Reading(0, 0, 0), 0),
                new LoadTest.Sample(10_000, new ServerProbe.Reading(10_000, 9_000, 600L << 20), new ServerProbe.Reading(10_000, 1_000, 0), 10),
                new LoadTest.Sample(20_000, new ServerProbe.Reading(20_000, 12_000, 700L << 20), new ServerProbe.Reading(20_000, 2_000, 0), 10));
        List<LoadTest.HeapReading> heap = List.of(new LoadTest.HeapReading("idle", 0, 50L << 20, 0),
                new LoadTest.HeapReading("end of run", 25_000, (50L << 20) + 10 * 300 * 1024, 10));
        return new LoadTest.Result(Options.parse("--users", "10", "--stress"), Instant.parse("2026-12-06T08:00:00Z"), 30, m, List.of(),
                samples, heap, 8.0, 20.0, List.of());
    }

    @Test
    void the_json_report_has_per_step_figures_errors_server_load_and_heap_per_session() {
        ObjectNode json = Report.json(result());
        assertThat(json.at("/overall/appRoundTrips").asInt()).isEqualTo(30);
        assertThat(json.at("/overall/errors").asInt()).isEqualTo(1);
        assertThat(json.at("/overall/roundTripsPerSecond").asDouble()).isEqualTo(1.0);
        assertThat(json.at("/overall/p50Ms").asDouble()).isEqualTo(24.0);
        assertThat(json.at("/server/cpuPeakPercentOfOneCore").asDouble()).isEqualTo(90.0);
        assertThat(json.at("/server/rssPeakMb").asDouble()).isEqualTo(700.0);
        assertThat(json.at("/server/heapPerSessionKb/0").asInt()).isEqualTo(300);
        assertThat(json.get("steps").valueStream().filter(s -> s.get("step").asString().equals(Steps.SUBMIT)).findFirst().orElseThrow()
                .at("/errorSamples/the result never appeared").asInt()).isEqualTo(1);
        assertThat(json.get("timeline").size()).isEqualTo(4);
    }

    @Test
    void the_html_report_is_self_contained_with_svg_charts() {
        String html = Report.html(result());
        assertThat(html).contains("<svg", "polyline", "Live heap per session: 300 KB", "the result never appeared")
                .doesNotContain("<script", "src=", "<link");
    }

    @Test
    void chart_scales_round_up_to_a_readable_number() {
        assertThat(Report.niceCeiling(173)).isEqualTo(200);
        assertThat(Report.niceCeiling(2.3)).isEqualTo(2.5);
        assertThat(Report.niceCeiling(1000)).isEqualTo(1000);
    }
}

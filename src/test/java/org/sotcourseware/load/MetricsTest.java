package org.sotcourseware.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void percentiles_are_nearest_rank() {
        long[] ten = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(Metrics.percentile(ten, 50)).isEqualTo(5);
        assertThat(Metrics.percentile(ten, 95)).isEqualTo(10);
        assertThat(Metrics.percentile(ten, 90)).isEqualTo(9);
        assertThat(Metrics.percentile(ten, 10)).isEqualTo(1);
        assertThat(Metrics.percentile(ten, 0)).isEqualTo(1);
        assertThat(Metrics.percentile(ten, 100)).isEqualTo(10);
        long[] hundred = new long[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = i + 1;
        }
        assertThat(Metrics.percentile(hundred, 95)).isEqualTo(95);
        assertThat(Metrics.percentile(hundred, 99)).isEqualTo(99);
        assertThat(Metrics.percentile(hundred, 99.9)).isEqualTo(100);
        assertThat(Metrics.percentile(new long[] {7}, 99)).isEqualTo(7);
        assertThat(Metrics.percentile(new long[0], 50)).isZero();
    }

    @Test
    void a_step_summary_gives_milliseconds_errors_and_bytes() {
        Metrics m = new Metrics(0);
        for (int i = 1; i <= 20; i++) {
            m.record("answer", 1_000_000_000L * i, 1_000_000_000L * i + i * 1_000_000L, 1000);
        }
        m.error("answer", "HTTP 500");
        m.error("answer", "HTTP 500");
        Metrics.Summary s = m.steps().get("answer").summary();
        assertThat(s.count()).isEqualTo(20);
        assertThat(s.errors()).isEqualTo(2);
        assertThat(s.p50()).isEqualTo(10.0);
        assertThat(s.p95()).isEqualTo(19.0);
        assertThat(s.max()).isEqualTo(20.0);
        assertThat(s.mean()).isEqualTo(10.5);
        assertThat(s.meanBytes()).isEqualTo(1000);
        assertThat(m.steps().get("answer").errorSamples()).containsEntry("HTTP 500", 2);
    }

    @Test
    void static_files_and_heartbeats_are_not_app_round_trips() {
        Metrics m = new Metrics(0);
        m.record(Steps.STATIC, 0, 5_000_000, 1);
        m.record(Steps.HEARTBEAT, 0, 5_000_000, 1);
        m.record(Steps.DASHBOARD, 0, 7_000_000, 1);
        assertThat(m.app().count()).isEqualTo(1);
        assertThat(m.count()).isEqualTo(3);
    }
}

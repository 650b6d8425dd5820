package org.sotcourseware.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void up_to_drops_trailing_zeros_and_rounds_half_even() {
        assertThat(Numbers.upTo(12.0, 1)).isEqualTo("12");
        assertThat(Numbers.upTo(7.5, 1)).isEqualTo("7.5");
        assertThat(Numbers.upTo(7.25, 1)).isEqualTo("7.2");
        assertThat(Numbers.upTo(7.35, 1)).isEqualTo("7.4");
        assertThat(Numbers.upTo(66.666, 1)).isEqualTo("66.7");
        assertThat(Numbers.upTo(0.125, 2)).isEqualTo("0.12");
        assertThat(Numbers.upTo(100, 1)).isEqualTo("100");
        assertThat(Numbers.upTo(-0.0, 1)).isEqualTo("0");
        assertThat(Numbers.upTo(0.04, 1)).isEqualTo("0");
        assertThat(Numbers.upTo(-2.5, 1)).isEqualTo("-2.5");
        assertThat(Numbers.upTo(Double.NaN, 1)).isEqualTo("–");
    }

    @Test
    void fixed_keeps_the_decimals() {
        assertThat(Numbers.fixed(0.5, 2)).isEqualTo("0.50");
        assertThat(Numbers.fixed(72, 1)).isEqualTo("72.0");
        assertThat(Numbers.fixed(-0.001, 2)).isEqualTo("0.00");
        assertThat(Numbers.fixed(0.4349, 2)).isEqualTo("0.43");
        assertThat(Numbers.fixed(Double.POSITIVE_INFINITY, 2)).isEqualTo("–");
    }

    @Test
    void the_separator_is_a_full_stop_whatever_the_default_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Numbers.upTo(7.5, 1)).isEqualTo("7.5");
            assertThat(Numbers.fixed(0.5, 2)).isEqualTo("0.50");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void many_threads_at_once_each_get_their_own_figure() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int seed = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        double v = seed * 1000 + i / 10.0;
                        String expected = (i % 10 == 0) ? String.valueOf(seed * 1000 + i / 10) : String.valueOf(v);
                        if (!Numbers.upTo(v, 1).equals(expected)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

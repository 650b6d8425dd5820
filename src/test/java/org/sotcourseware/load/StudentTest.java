package org.sotcourseware.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class StudentTest {

    @Test
    void each_students_first_think_time_is_their_own_and_repeatable() {
        double[] first = IntStream.rangeClosed(1, 500).mapToDouble(n -> Student.randomFor(1, n).nextDouble()).toArray();
        // spread over the whole range, as 500 independent draws are (java.util.Random with neighbouring seeds gave 0.374 for all)
        assertThat(IntStream.range(0, 10).filter(decile -> IntStream.range(0, first.length)
                .anyMatch(i -> first[i] >= decile / 10.0 && first[i] < (decile + 1) / 10.0)).count()).isEqualTo(10);
        assertThat(IntStream.range(0, first.length).filter(i -> first[i] < 0.5).count()).isBetween(200L, 300L);
        assertThat(Student.randomFor(1, 7).nextDouble()).isEqualTo(first[6]);
        assertThat(Student.randomFor(2, 7).nextDouble()).isNotEqualTo(first[6]);
    }
}

package org.sotcourseware.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaults_are_a_steady_run_against_a_server_the_test_starts_with_think_time_of_half_a_minute_to_a_minute_and_a_half() {
        Options o = Options.parse();
        assertThat(o.mode()).isEqualTo(Options.Mode.STEADY);
        assertThat(o.think()).isEqualTo(new Options.Range(30, 90));
        assertThat(o.startServer()).isTrue();
        assertThat(o.url().toString()).isEqualTo("http://127.0.0.1:8180/");
        assertThat(o.plannedSeconds()).isEqualTo(180);
    }

    @Test
    void stress_exam_and_explicit_values() {
        assertThat(Options.parse("--stress").think()).isEqualTo(new Options.Range(1, 3));
        Options exam = Options.parse("--mode", "exam-burst", "--users=300", "--ramp", "90", "--answer", "300", "--window", "60");
        assertThat(exam.think()).isEqualTo(new Options.Range(5, 20));
        assertThat(exam.plannedSeconds()).isEqualTo(90 + 60 + 300 + 60 + 30);
        Options storm = Options.parse("--mode", "signin-storm", "--users", "500", "--hold", "300", "--url", "http://127.0.0.1:8080", "--pid", "42");
        assertThat(storm.startServer()).isFalse();
        assertThat(storm.pid()).isEqualTo(42);
        assertThat(Options.parse("--server-arg=--sot.demo.enabled=false").serverArgs()).isEqualTo(List.of("--sot.demo.enabled=false"));
        assertThat(Options.parse("--jvm-arg=-Xms1g", "--jvm-arg=-XX:+AlwaysPreTouch").jvmArgs()).isEqualTo(List.of("-Xms1g", "-XX:+AlwaysPreTouch"));
    }

    @Test
    void the_test_is_bounded_and_local() {
        assertThatThrownBy(() -> Options.parse("--url", "http://example.org/")).hasMessageContaining("127.0.0.1");
        assertThatThrownBy(() -> Options.parse("--users", "100000")).hasMessageContaining("--users");
        assertThatThrownBy(() -> Options.parse("--hold", "100000")).hasMessageContaining("minutes");
        assertThatThrownBy(() -> Options.parse("--think", "9-3")).hasMessageContaining("MIN-MAX");
        assertThatThrownBy(() -> Options.parse("--nonsense", "1")).hasMessageContaining("unknown option");
    }

    @Test
    void students_arrive_evenly_in_a_steady_ramp_and_exam_moments_fall_in_their_windows() {
        List<Student.Plan> steady = LoadTest.plans(Options.parse("--users", "4", "--ramp", "100"));
        assertThat(steady).extracting(Student.Plan::arriveAt).containsExactly(0.0, 25.0, 50.0, 75.0);
        List<Student.Plan> exam = LoadTest.plans(Options.parse("--mode", "exam-burst", "--users", "50", "--ramp", "60"));
        assertThat(exam).allSatisfy(p -> {
            assertThat(p.arriveAt()).isBetween(0.0, 42.0);
            assertThat(p.examStartAt()).isBetween(60.0, 120.0);
            assertThat(p.submitAt()).isBetween(420.0, 480.0);
        });
    }
}

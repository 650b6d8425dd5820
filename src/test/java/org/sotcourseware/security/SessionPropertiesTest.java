package org.sotcourseware.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class SessionPropertiesTest {

    private final SessionProperties limits = new SessionProperties(Duration.ofHours(2), Duration.ofMinutes(30), Duration.ofHours(12), Duration.ofSeconds(5));

    @Test
    void students_get_the_student_limit_and_any_staff_role_the_shorter_staff_limit() {
        assertThat(limits.idleFor(List.of("ROLE_STUDENT"))).isEqualTo(Duration.ofHours(2));
        assertThat(limits.idleFor(List.of("FACTOR_PASSWORD", "ROLE_STUDENT"))).as("factor authorities are not roles").isEqualTo(Duration.ofHours(2));
        assertThat(limits.idleFor(List.of("FACTOR_PASSWORD"))).as("no role").isEqualTo(Duration.ofMinutes(30));
        assertThat(limits.idleFor(List.of("ROLE_INSTRUCTOR"))).isEqualTo(Duration.ofMinutes(30));
        assertThat(limits.idleFor(List.of("ROLE_STUDENT", "ROLE_ORGANISER"))).isEqualTo(Duration.ofMinutes(30));
        assertThat(limits.idleFor(List.of("ROLE_ADMIN"))).isEqualTo(Duration.ofMinutes(30));
        assertThat(limits.idleFor(List.of())).as("no role: the shorter limit").isEqualTo(Duration.ofMinutes(30));
    }
}

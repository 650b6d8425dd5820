package org.sotcourseware.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which PostgreSQL settings lose acknowledged commits (the server itself: {@link PostgresDurabilityTest}). */
class DatabaseDurabilityTest {

    @Test
    void the_defaults_and_every_replicated_mode_are_durable() {
        for (String mode : new String[] {"on", "local", "remote_write", "remote_apply", "ON"}) {
            assertThat(DatabaseDurability.problems(mode, "on")).as(mode).isEmpty();
        }
    }

    @Test
    void synchronous_commit_off_is_named_with_the_fix() {
        assertThat(DatabaseDurability.problems("off", "on")).singleElement().asString()
                .contains("synchronous_commit is off").contains("synchronous_commit = on");
    }

    @Test
    void fsync_off_is_named_and_both_problems_are_listed() {
        assertThat(DatabaseDurability.problems("on", "off")).singleElement().asString().contains("fsync is off");
        assertThat(DatabaseDurability.problems("off", "off")).hasSize(2);
    }
}

package org.sotcourseware;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the feature graph honest: no cycles, no reaching into another feature's internals. */
class ModularityTest {

    @Test
    void the_feature_modules_respect_their_boundaries() {
        ApplicationModules.of(Application.class).verify();
    }
}

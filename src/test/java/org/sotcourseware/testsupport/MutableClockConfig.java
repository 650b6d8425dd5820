package org.sotcourseware.testsupport;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The app's clock replaced by a {@link MutableClock} starting now; import it ({@code @Import}) to move time in a
 * test. Test classes that import it with the same properties share one context.
 */
@TestConfiguration
public class MutableClockConfig {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Instant.now());
    }
}

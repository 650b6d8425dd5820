package org.sotcourseware.testsupport;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * In the PostgreSQL pass of the suite ({@link TestDatabase#postgres()}), gives every Spring test context its own
 * fresh PostgreSQL database instead of the in-memory H2 one of src/test/resources/config/application.properties,
 * so contexts stay as independent as on H2. A context whose test chose another database URL keeps it. Flyway then
 * migrates the new database exactly as the app does. Registered in META-INF/spring.factories.
 */
public class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return TestDatabase.postgres() ? new FreshDatabase() : null;
    }

    /** All instances are equal, so the context cache works as it does without this customizer. */
    static final class FreshDatabase implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            ConfigurableEnvironment env = context.getEnvironment();
            String url = env.getProperty("spring.datasource.url", "");
            if (!url.startsWith("jdbc:h2:mem:sot-test-")) {
                return; // the test chose its own database
            }
            TestDatabase.Server server = TestDatabase.server();
            env.getPropertySources().addFirst(new MapPropertySource("sot-test-postgres", Map.of(
                    "spring.datasource.url", TestDatabase.createPostgresDatabase(),
                    "spring.datasource.username", server.user(),
                    "spring.datasource.password", server.password(),
                    // many contexts stay cached in one JVM: keep each one's idle connections few
                    "spring.datasource.hikari.minimum-idle", "1",
                    "spring.datasource.hikari.idle-timeout", "10000")));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FreshDatabase;
        }

        @Override
        public int hashCode() {
            return FreshDatabase.class.hashCode();
        }
    }
}

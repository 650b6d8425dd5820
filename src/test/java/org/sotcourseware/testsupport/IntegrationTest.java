package org.sotcourseware.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;

/**
 * The one annotation for tests that start the Spring application: the whole app on the test configuration
 * ({@code src/test/resources/config/application.properties}: an in-memory database per context, the real
 * content folder, demo mode on), tagged {@code integration} so such tests can be run or left out together
 * ({@code -Dgroups=integration}, {@code -DexcludedGroups=integration}).
 *
 * <p>Tests that need other settings name them in {@link #properties()}; tests with the same properties share
 * one cached context. Browserless UI tests add {@code extends SpringBrowserlessTest}; the end-to-end tests
 * have their own base class ({@code e2e.BrowserTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@Tag("integration")
public @interface IntegrationTest {

    /** Extra properties ({@code key=value}) for this test's context, as in {@link SpringBootTest#properties()}. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};

    /** {@code MOCK} (no server) unless the test talks HTTP to the app. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}

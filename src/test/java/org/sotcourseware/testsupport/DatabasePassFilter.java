package org.sotcourseware.testsupport;

import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.MergedAnnotations;

/**
 * Chooses the tests of the PostgreSQL pass: every test class with a Spring Boot context (the integration suite,
 * the browserless UI tests and the browser tests) and the tests tagged {@value TestDatabase#POSTGRES_TAG}. Plain unit
 * tests touch no database and run in the H2 pass only. Does nothing in the H2 pass. Registered through
 * META-INF/services, so Surefire and Failsafe apply it without configuration.
 */
public class DatabasePassFilter implements PostDiscoveryFilter {

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (!TestDatabase.postgres()) {
            return FilterResult.included("H2 pass");
        }
        Optional<Class<?>> testClass = topLevelClass(descriptor.getSource().orElse(null));
        if (testClass.isEmpty()) {
            return FilterResult.included("not a class");
        }
        return usesDatabase(testClass.get()) ? FilterResult.included("uses the database")
                : FilterResult.excluded("a unit test: runs in the H2 pass only");
    }

    static boolean usesDatabase(Class<?> c) {
        if (MergedAnnotations.from(c, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY).isPresent(SpringBootTest.class)) {
            return true;
        }
        return AnnotationSupport.findRepeatableAnnotations(c, Tag.class).stream().anyMatch(t -> t.value().equals(TestDatabase.POSTGRES_TAG));
    }

    private static Optional<Class<?>> topLevelClass(TestSource source) {
        Class<?> c = source instanceof ClassSource cs ? cs.getJavaClass() : source instanceof MethodSource ms ? ms.getJavaClass() : null;
        if (c == null) {
            return Optional.empty();
        }
        while (c.getEnclosingClass() != null) {
            c = c.getEnclosingClass();
        }
        return Optional.of(c);
    }
}

package org.sotcourseware.testsupport;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several Spring contexts live in one test JVM, and each registers its own (Vaadin session-aware)
 * {@link SecurityContextHolderStrategy} globally when it starts. Before Spring Security's test annotations
 * set the user, this points the global holder back at the strategy of the context the test runs in, so
 * {@code @WithUserDetails} and the app read the same place whatever order test classes run in.
 */
public class AlignSecurityContextStrategy implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 9_000; // before WithSecurityContextTestExecutionListener (10 000)
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        align(testContext);
    }

    @Override
    public void beforeTestExecution(TestContext testContext) {
        align(testContext);
    }

    private static void align(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(strategy -> {
                    if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                        SecurityContextHolder.setContextHolderStrategy(strategy);
                    }
                });
    }
}

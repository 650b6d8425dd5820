package org.sotcourseware.testsupport;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names no other test uses ("Audited-12"): a test that creates a seminar, an account or an email address
 * finds its own data by name, whatever other tests in the same database have made, and without the
 * clock. The number counts up through the test run (each Spring context has its own in-memory database).
 */
public final class Unique {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private Unique() {
    }

    public static String name(String prefix) {
        return prefix + "-" + SERIAL.incrementAndGet();
    }
}

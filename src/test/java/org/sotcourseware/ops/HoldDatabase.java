package org.sotcourseware.ops;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Child-JVM program for {@link DatabaseFaultsTest}: opens an H2 database as a running app would, prints
 * {@code open}, and holds it until its standard input closes (the test ends it).
 */
public final class HoldDatabase {

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
            c.createStatement().execute("select 1");
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the test closes our input
            }
        }
    }
}

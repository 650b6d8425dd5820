package org.sotcourseware.base;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Child-JVM program for {@link KillDashNineDurabilityTest}: writes rows one committed transaction at a
 * time and prints "committed N" only after each commit returned, as the app tells a user "saved" only
 * after its transaction committed. Runs until it is killed.
 */
public final class DurabilityWriter {

    public static void main(String[] args) throws Exception {
        // URL, then user and password (H2's "sa" and no password when not given)
        try (Connection c = DriverManager.getConnection(args[0], args.length > 1 ? args[1] : "sa", args.length > 2 ? args[2] : "")) {
            try (Statement s = c.createStatement()) {
                s.execute("create table if not exists saved_answer (id int primary key, answer varchar(100))");
            }
            int next;
            try (Statement s = c.createStatement(); var rs = s.executeQuery("select coalesce(max(id), 0) + 1 from saved_answer")) {
                rs.next();
                next = rs.getInt(1);
            }
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into saved_answer values (?, ?)")) {
                for (int i = next; ; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "answer " + i);
                    insert.executeUpdate();
                    c.commit();
                    System.out.println("committed " + i);
                    System.out.flush();
                }
            }
        }
    }
}

package org.sotcourseware.security;

import java.util.List;

/** The demo accounts shown on the login page in demo mode. Public knowledge by design. */
public final class DemoAccounts {

    public record Account(String username, String password, String displayName, String role) {
    }

    public static final List<Account> ALL = List.of(
            new Account("student", "demo-student", "Sam Student", Roles.STUDENT),
            new Account("instructor", "demo-instructor", "Dr Iris Instructor", Roles.INSTRUCTOR),
            new Account("organiser", "demo-organiser", "Olive Organiser", Roles.ORGANISER),
            new Account("admin", "demo-admin", "Alex Admin", Roles.ADMIN));

    private DemoAccounts() {
    }
}

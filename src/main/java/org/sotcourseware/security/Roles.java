package org.sotcourseware.security;

import java.util.List;

/** Role names. Spring authorities carry the {@code ROLE_} prefix; annotations use these constants. */
public final class Roles {

    public static final String STUDENT = "STUDENT";
    public static final String INSTRUCTOR = "INSTRUCTOR";
    public static final String ORGANISER = "ORGANISER";
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(STUDENT, INSTRUCTOR, ORGANISER, ADMIN);

    private Roles() {
    }

    /** A role as people read it. */
    public static String label(String role) {
        return switch (role) {
            case STUDENT -> "Student";
            case INSTRUCTOR -> "Instructor";
            case ORGANISER -> "Seminar organiser";
            case ADMIN -> "Administrator";
            default -> role;
        };
    }
}

package org.sotcourseware.security;

import java.util.List;
import java.util.Locale;

import org.sotcourseware.base.Message;

/** Role names. Spring authorities carry the {@code ROLE_} prefix; annotations use these constants. */
public final class Roles {

    public static final String STUDENT = "STUDENT";
    public static final String INSTRUCTOR = "INSTRUCTOR";
    public static final String ORGANISER = "ORGANISER";
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(STUDENT, INSTRUCTOR, ORGANISER, ADMIN);

    private Roles() {
    }

    /** A role as people read it, in English (logs, files); screens use {@link #name(String)}. */
    public static String label(String role) {
        return name(role).english();
    }

    /** A role as people read it ("Student", "Studierende"). */
    public static Message name(String role) {
        return ALL.contains(role) ? Message.of("security.role." + role.toLowerCase(Locale.ROOT)) : Message.of("security.role.other", role);
    }
}

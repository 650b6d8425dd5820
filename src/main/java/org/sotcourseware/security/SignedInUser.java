package org.sotcourseware.security;

import java.util.Set;

/** The signed-in user: who they are and which roles they hold. */
public record SignedInUser(UserId id, String username, String displayName, Set<String> roles) {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Instructors and admins see authoring information such as broken lessons. */
    public boolean isStaff() {
        return hasRole(Roles.INSTRUCTOR) || hasRole(Roles.ADMIN);
    }

    /** The most senior role, for the user menu. */
    public String primaryRole() {
        for (String r : new String[] {Roles.ADMIN, Roles.ORGANISER, Roles.INSTRUCTOR, Roles.STUDENT}) {
            if (roles.contains(r)) {
                return r;
            }
        }
        return Roles.STUDENT;
    }
}

package org.sotcourseware.security;

import org.sotcourseware.base.Place;

/** The administrator's user management page, for links from other features (the admin start page). */
public record UsersPlace() implements Place {
}

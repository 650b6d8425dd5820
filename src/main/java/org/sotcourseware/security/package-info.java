/**
 * Who may do what. Users and their roles live in the database; passwords are stored as
 * {@code DelegatingPasswordEncoder} hashes. Owns the Spring Security configuration, the {@link Roles}
 * constants, the signed-in {@link CurrentUser}, the demo accounts, the load-test accounts (off unless
 * {@code sot.load-test.students} is set) and the first admin of a production install, the login view and
 * the admin's user management.
 */
@NullMarked
package org.sotcourseware.security;

import org.jspecify.annotations.NullMarked;

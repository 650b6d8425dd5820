/**
 * A person's own data (GDPR articles 15, 17 and 20): everything the app holds about a student, downloaded
 * by them as JSON and as a readable page; and the administrator's erasure of a student, which removes or
 * pseudonymises their personal data, keeps their learning records for statistics without a name, and
 * keeps their certificates verifiable with the name withheld. Reads and writes the tables of the other
 * features directly ({@link org.sotcourseware.privacy.PersonalData#TABLES} names every one; a guard test
 * fails when a table that refers to an account is missing).
 */
@NullMarked
package org.sotcourseware.privacy;

import org.jspecify.annotations.NullMarked;

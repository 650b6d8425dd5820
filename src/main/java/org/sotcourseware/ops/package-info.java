/**
 * Operations: what running the app for real needs beyond its features. Today: the database it runs on (embedded
 * H2 or PostgreSQL, chosen by configuration only) and the start-up check that the database keeps every commit a
 * user was told about (docs/decisions/007-postgresql.md).
 */
@NullMarked
package org.sotcourseware.ops;

import org.jspecify.annotations.NullMarked;

/**
 * Operations: what running the app for real needs beyond its features. The database it runs on (embedded H2 or
 * PostgreSQL, chosen by configuration only) and the start-up check that it keeps every commit a user was told about
 * (decision 007); moving data between databases ({@code data export|import}); backups on a schedule and on demand
 * with retention, and {@code data restore}; plain messages for database faults at start-up; health probes, Prometheus
 * metrics and who may read them (decision 012).
 */
@NullMarked
package org.sotcourseware.ops;

import org.jspecify.annotations.NullMarked;

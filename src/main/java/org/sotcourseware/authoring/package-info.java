/**
 * Instructor authoring: content files kept as revisions in the database (seeded from, and compared at
 * start-up with, the {@code content/} folder), drafts validated by the same pipeline students get,
 * publishing that never adds a problem, history, diffs and rollbacks, optimistic locking between editors,
 * structural changes, image uploads, zip export and import, Moodle GIFT import, and item analysis of quiz
 * answers. Serves the published curriculum to the catalogue as its {@link org.sotcourseware.content.ContentSource}.
 */
@NullMarked
package org.sotcourseware.authoring;

import org.jspecify.annotations.NullMarked;

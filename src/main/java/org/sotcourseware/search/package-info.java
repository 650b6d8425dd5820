/**
 * Search and the glossary. Keeps a Lucene index of the published content (lesson sections with their heading
 * anchors, the opening of each case, quiz explanations and the glossary), built in memory per content version in
 * the background and swapped in whole when the catalogue reloads ({@link org.sotcourseware.content.CatalogueReloaded}).
 * {@link org.sotcourseware.search.SearchService} applies who may see what (locked modules show titles only,
 * explanations only after the student has had the feedback, problems only for staff);
 * {@link org.sotcourseware.search.GlossaryService} serves the glossary page and marks glossary terms in lessons.
 */
@NullMarked
package org.sotcourseware.search;

import org.jspecify.annotations.NullMarked;

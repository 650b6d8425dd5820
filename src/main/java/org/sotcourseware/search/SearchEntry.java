package org.sotcourseware.search;

import org.jspecify.annotations.Nullable;

/**
 * One searchable piece of the published content, as the index holds it.
 *
 * @param moduleId the module it belongs to; empty for glossary terms
 * @param itemId   the lesson, case or question id, or the glossary term's id
 * @param anchor   the heading id inside the lesson (null: the top of the page)
 * @param title    what a result is called: the heading, the case or the term
 * @param context  where it is: the lesson's title, "Case", "Quiz explanation"
 * @param text     plain text to search and to quote from
 * @param broken   the item has problems, so only staff may see it
 */
record SearchEntry(SearchResults.Kind kind, String moduleId, String itemId, @Nullable String anchor, String title, String context,
                   String text, boolean broken) {
}

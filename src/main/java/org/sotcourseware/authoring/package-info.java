/**
 * Authoring: the editor, revisions, the publish workflow and item analysis of quiz answers.
 */
@NullMarked
package org.sotcourseware.authoring;

import org.jspecify.annotations.NullMarked;

/** The search results page and the glossary page. */
@NullMarked
package org.sotcourseware.search.ui;

import org.jspecify.annotations.NullMarked;

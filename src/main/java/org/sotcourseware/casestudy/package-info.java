/**
 * Clinical case studies: runs of staged, branching cases held on the server (later stages are never sent
 * before they are reached), the pure {@link org.sotcourseware.casestudy.CaseEngine}, resumable runs,
 * debriefs with score bands, and the {@link org.sotcourseware.casestudy.CaseCompleted} event.
 */
@NullMarked
package org.sotcourseware.casestudy;

import org.jspecify.annotations.NullMarked;

package org.sotcourseware.security;

import org.sotcourseware.base.Place;

/**
 * The staff's page about one student: their progress, seminars, exams and certificates. The certification
 * feature shows it; declared here, beside {@link UserId}, so that features certification builds on (the
 * seminar's participant list) can link to it.
 */
public record StudentRecordPlace(UserId student) implements Place {
}

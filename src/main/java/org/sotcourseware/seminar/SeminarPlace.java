package org.sotcourseware.seminar;

import org.sotcourseware.base.Place;

/** The seminar pages, for links from other features (the progress matrix, a student's record). */
public sealed interface SeminarPlace extends Place {

    /** Every seminar. */
    record All() implements SeminarPlace {
    }

    /** One seminar: its participants, attendance and exams. */
    record One(SeminarId seminar) implements SeminarPlace {
    }
}

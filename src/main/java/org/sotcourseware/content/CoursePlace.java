package org.sotcourseware.content;

import org.sotcourseware.base.Place;

/**
 * The pages of the curriculum, for links between features: the catalogue, a module, a lesson, a module's
 * quiz, its cases and one case. The lesson, quiz and case features show them; progress names them as
 * where each requirement is done; the quiz and case pages link back to their module through them.
 */
public sealed interface CoursePlace extends Place {

    /** Every module in teaching order. */
    record Catalogue() implements CoursePlace {
    }

    record ModulePage(String moduleId) implements CoursePlace {
    }

    record LessonPage(String moduleId, String lessonId) implements CoursePlace {
    }

    record QuizPage(String moduleId) implements CoursePlace {
    }

    record CasesPage(String moduleId) implements CoursePlace {
    }

    record CasePage(String moduleId, String caseId) implements CoursePlace {
    }
}

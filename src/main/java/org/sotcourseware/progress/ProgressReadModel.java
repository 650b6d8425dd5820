package org.sotcourseware.progress;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.content.CoursePlace;
import org.sotcourseware.security.UserId;

/** The figures of progress, as every screen gets them. */
public final class ProgressReadModel {

    private ProgressReadModel() {
    }

    public enum Status {
        NOT_STARTED, IN_PROGRESS, COMPLETED
    }

    /**
     * One thing a module's completion rule asks for, met or not, with where to do it; {@code label} in the reader's
     * language with {@code label.in(locale)}.
     */
    public record Requirement(Message label, boolean met, CoursePlace place) {

        /** The requirement in English (logs, tests); screens show {@code label().in(locale)}. */
        public String text() {
            return label.english();
        }
    }

    public record ModuleRef(String id, String title) {
    }

    /**
     * A module for one student. {@code percent} is the share of required items done against the current
     * content; {@code status} COMPLETED once earned stays so.
     */
    public record Module(String moduleId, String title, int number, Status status, @Nullable Instant completedAt, int percent,
                         int done, int total, boolean locked, List<ModuleRef> missingPrerequisites, boolean overridden,
                         List<Requirement> requirements, Set<String> readLessons, @Nullable Double bestQuizPercent,
                         boolean quizPassed, int casesDone, int casesTotal) {

        public Module {
            missingPrerequisites = List.copyOf(missingPrerequisites);
            requirements = List.copyOf(requirements);
            readLessons = Set.copyOf(readLessons);
        }

        public @Nullable Requirement firstUnmet() {
            return requirements.stream().filter(r -> !r.met()).findFirst().orElse(null);
        }
    }

    public record Track(String id, String title, List<ModuleRef> modules, int completed) {
    }

    /** Something the student did; {@code label} says it in words ("Read “Posture”"), {@code detail} is as recorded. */
    public record Activity(String kind, String moduleId, String itemId, String title, @Nullable String detail, CoursePlace place, Instant at,
                           Message label) {
    }

    /** The next thing to do: in which module, what ({@code text}, to translate) and where. */
    public record NextStep(String moduleTitle, Message text, CoursePlace place) {
    }

    /** What the student's dashboard shows: their name (to greet them) and their progress. */
    public record Dashboard(String displayName, Student progress) {
    }

    /** A student's progress through the whole curriculum. */
    public record Student(UserId userId, List<Module> modules, int percent, int done, int total, int modulesCompleted,
                          List<Track> tracks, @Nullable Activity continueAt, @Nullable NextStep next, List<Activity> recent) {

        public Module module(String moduleId) {
            return find(modules, moduleId);
        }

        /** The module {@code moduleId} of {@code modules}; an unknown id is a programming error. */
        static Module find(List<Module> modules, String moduleId) {
            return modules.stream().filter(m -> m.moduleId().equals(moduleId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no module " + moduleId));
        }
    }
}

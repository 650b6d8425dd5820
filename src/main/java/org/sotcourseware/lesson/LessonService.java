package org.sotcourseware.lesson;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.NotFound;
import org.sotcourseware.casestudy.CaseService;
import org.sotcourseware.casestudy.CaseReadModel;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.content.Lesson;
import org.sotcourseware.content.RenderedDocument;
import org.sotcourseware.progress.ProgressService;
import org.sotcourseware.progress.ProgressReadModel;
import org.sotcourseware.quiz.QuizService;
import org.sotcourseware.quiz.QuizReadModel;
import org.sotcourseware.search.GlossaryService;
import org.sotcourseware.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the curriculum, with its rules in one place: who sees which lessons (students see published
 * lessons only; instructors and admins also broken ones, with their problems), what a locked module shows
 * (its overview, never its lessons, quiz or cases), and the read state a student's reading records. The
 * reading views show what these methods return and decide nothing.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class LessonService {

    private final CatalogueService catalogue;
    private final ProgressService progress;
    private final QuizService quizzes;
    private final CaseService cases;
    private final CurrentUser currentUser;
    private final GlossaryService glossary;

    LessonService(CatalogueService catalogue, ProgressService progress, QuizService quizzes, CaseService cases, CurrentUser currentUser,
                  GlossaryService glossary) {
        this.glossary = glossary;
        this.catalogue = catalogue;
        this.progress = progress;
        this.quizzes = quizzes;
        this.cases = cases;
        this.currentUser = currentUser;
    }

    /** The catalogue: every module in teaching order with the signed-in user's progress in it. */
    public record Catalogue(Curriculum curriculum, List<ModuleCard> modules) {

        public Catalogue {
            modules = List.copyOf(modules);
        }
    }

    /** A module in the catalogue. {@code requiredTitles}: the titles of its prerequisites, in curriculum order. */
    public record ModuleCard(CourseModule module, int number, ProgressReadModel.Module progress, List<String> requiredTitles) {

        public ModuleCard {
            requiredTitles = List.copyOf(requiredTitles);
        }
    }

    /**
     * A module's page as the signed-in user may see it.
     *
     * @param lessons       the lessons to list: published ones for students, every one for staff
     * @param locked        the module is locked for this user: the page shows the overview and what opens it
     * @param quiz          the quiz card, or null when the module has none or is locked
     * @param cases         the module's cases with the user's status; empty when locked
     * @param prerequisites the modules this one builds on, in curriculum order
     * @param problems      problems in the module's quiz and cases, for staff only (empty for students)
     * @param moduleProblems problems in the module's own file (module.md), for staff only
     */
    public record ModulePage(CourseModule module, int number, int moduleCount, List<Lesson> lessons, ProgressReadModel.Module progress,
                             boolean locked, QuizReadModel.@Nullable Overview quiz, List<CaseReadModel.Summary> cases,
                             List<CourseModule> prerequisites, RenderedDocument overview, List<Problems> problems,
                             List<ContentProblem> moduleProblems) {

        public ModulePage {
            lessons = List.copyOf(lessons);
            cases = List.copyOf(cases);
            prerequisites = List.copyOf(prerequisites);
            problems = List.copyOf(problems);
            moduleProblems = List.copyOf(moduleProblems);
        }
    }

    /** Problems in one content file, titled for the staff who fix them. */
    public record Problems(Message title, List<ContentProblem> problems) {

        public Problems {
            problems = List.copyOf(problems);
        }
    }

    /** What opening a lesson shows: the lesson, or why its module is not open yet. */
    public sealed interface LessonPage permits Readable, Locked {

        CourseModule module();

        Lesson lesson();
    }

    /**
     * A lesson to read. {@code lessons}: the module's lessons this user may page through (the lesson is at
     * {@code index}); {@code read}: whether the user has read it.
     */
    public record Readable(CourseModule module, Lesson lesson, List<Lesson> lessons, int index, boolean read,
                           RenderedDocument document) implements LessonPage {

        public Readable {
            lessons = List.copyOf(lessons);
        }

        /** A broken lesson (shown to staff only) has no read state. */
        public boolean tracksReading() {
            return !lesson.broken();
        }
    }

    /** A lesson of a locked module: the modules to complete first. */
    public record Locked(CourseModule module, Lesson lesson, List<ProgressReadModel.ModuleRef> missingPrerequisites) implements LessonPage {

        public Locked {
            missingPrerequisites = List.copyOf(missingPrerequisites);
        }
    }

    @Transactional(readOnly = true)
    public Catalogue catalogue() {
        Curriculum curriculum = catalogue.curriculum();
        ProgressReadModel.Student mine = progress.mine();
        List<ModuleCard> cards = new ArrayList<>();
        for (int i = 0; i < curriculum.modules().size(); i++) {
            CourseModule m = curriculum.modules().get(i);
            List<String> required = curriculum.modules().stream().filter(o -> m.requires().contains(o.id())).map(CourseModule::title).toList();
            cards.add(new ModuleCard(m, i + 1, mine.module(m.id()), required));
        }
        return new Catalogue(curriculum, cards);
    }

    /** A module's page; {@link NotFound} for a module that does not exist. */
    @Transactional
    public ModulePage module(String moduleId) {
        CourseModule m = catalogue.requireModule(moduleId);
        List<CourseModule> modules = catalogue.curriculum().modules();
        boolean staff = isStaff();
        ProgressReadModel.Module p = progress.mine().module(m.id());
        boolean locked = p.locked() && !staff;
        QuizReadModel.Overview quiz = locked ? null : quizzes.overview(m.id()).orElse(null);
        List<CaseReadModel.Summary> caseList = locked ? List.of() : cases.list(m.id());
        List<Problems> problems = new ArrayList<>();
        if (staff) {
            m.cases().stream().filter(CaseStudy::broken).forEach(c -> problems.add(new Problems(Message.of("lesson.module.problems-in", c.sourceFile()), c.problems())));
            if (m.quiz() != null && m.quiz().broken()) {
                problems.add(new Problems(Message.of("lesson.module.problems-in", "quiz.md"), m.quiz().problems()));
            }
        }
        return new ModulePage(m, modules.indexOf(m) + 1, modules.size(), staff ? m.lessons() : m.publishedLessons(), p, locked, quiz,
                caseList, catalogue.prerequisites(m.id()), catalogue.renderModuleOverview(m), problems, staff ? m.problems() : List.of());
    }

    /**
     * Opens a lesson: records the visit ("continue where you left off") and returns it to read, or, for a
     * student in a locked module, what opens it. {@link NotFound} for a lesson that does not exist, and
     * for a broken lesson asked for by a student.
     */
    @Transactional
    public LessonPage open(String moduleId, String lessonId) {
        CourseModule module = catalogue.requireModule(moduleId);
        boolean staff = isStaff();
        Lesson lesson = module.lesson(lessonId).filter(l -> staff || !l.broken())
                .orElseThrow(() -> new NotFound(Message.of("lesson.module.not-found", module.title(), lessonId)));
        ProgressReadModel.Module p = progress.mine().module(module.id());
        if (p.locked() && !staff) {
            return new Locked(module, lesson, p.missingPrerequisites());
        }
        if (!lesson.broken()) {
            progress.lessonOpened(module.id(), lesson.id());
        }
        List<Lesson> lessons = staff ? module.lessons() : module.publishedLessons();
        return new Readable(module, lesson, lessons, lessons.indexOf(lesson), p.readLessons().contains(lesson.id()),
                glossary.markTerms(catalogue.renderLesson(lesson)));
    }

    /**
     * Marks a lesson read (the reader reached its end, or pressed the button), which may complete its
     * module. Refused for a module that is locked for the student.
     */
    @Transactional
    public void markRead(String moduleId, String lessonId) {
        progress.markRead(moduleId, lessonId);
    }

    /** Marks a lesson unread again. A module completion already earned stays earned. */
    @Transactional
    public void markUnread(String moduleId, String lessonId) {
        progress.markUnread(moduleId, lessonId);
    }

    private boolean isStaff() {
        return currentUser.get().map(u -> u.isStaff()).orElse(false);
    }
}

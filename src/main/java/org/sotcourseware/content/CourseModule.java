package org.sotcourseware.content;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A module of the curriculum with its metadata and ordered lessons.
 *
 * @param requires   ids of the modules that must be completed before this one (from the curriculum file)
 * @param completion what completing this module takes (from the curriculum file; defaults: every lesson
 *                   read, the quiz passed, every case completed)
 * @param quiz     the module quiz, or null when the module has none
 * @param outcomes learning outcomes, from module.md
 * @param stations practical (OSCE) stations from the module's {@code practical/} folder, in file order
 * @param problems problems in the module's own files (module.md); lesson and quiz problems live on them
 * @param language the language its texts are written in, a BCP 47 tag ({@code language:} in module.md, default
 *                 {@code en}); screens mark the module's texts with it ({@code lang}) so a screen reader picks the
 *                 right voice inside an interface in another language
 */
public record CourseModule(
        String id,
        String title,
        String summary,
        double hours,
        String audience,
        List<Outcome> outcomes,
        List<String> requires,
        CompletionRule completion,
        String overviewMarkdown,
        String sourceFile,
        List<Lesson> lessons,
        @Nullable Quiz quiz,
        List<CaseStudy> cases,
        List<Station> stations,
        List<ContentProblem> problems,
        String language) {

    /** The language of a module whose module.md does not say. */
    public static final String DEFAULT_LANGUAGE = "en";

    public CourseModule {
        outcomes = List.copyOf(outcomes);
        requires = List.copyOf(requires);
        lessons = List.copyOf(lessons);
        cases = List.copyOf(cases);
        stations = List.copyOf(stations);
        problems = List.copyOf(problems);
    }

    /** A module without practical stations. */
    public CourseModule(String id, String title, String summary, double hours, String audience, List<Outcome> outcomes, List<String> requires,
                        CompletionRule completion, String overviewMarkdown, String sourceFile, List<Lesson> lessons, @Nullable Quiz quiz,
                        List<CaseStudy> cases, List<ContentProblem> problems) {
        this(id, title, summary, hours, audience, outcomes, requires, completion, overviewMarkdown, sourceFile, lessons, quiz, cases,
                List.of(), problems);
    }

    /** A module written in English (the default language). */
    public CourseModule(String id, String title, String summary, double hours, String audience, List<Outcome> outcomes, List<String> requires,
                        CompletionRule completion, String overviewMarkdown, String sourceFile, List<Lesson> lessons, @Nullable Quiz quiz,
                        List<CaseStudy> cases, List<Station> stations, List<ContentProblem> problems) {
        this(id, title, summary, hours, audience, outcomes, requires, completion, overviewMarkdown, sourceFile, lessons, quiz, cases,
                stations, problems, DEFAULT_LANGUAGE);
    }

    /**
     * A learning outcome of the module ({@code module.md}). Written as {@code {id, text}}; the old plain-string
     * form loads with a null id (check-content reports it).
     *
     * @param line the line of the outcome in module.md
     */
    public record Outcome(@Nullable String id, String text, int line) {
    }

    public Optional<Outcome> outcome(String outcomeId) {
        return outcomes.stream().filter(o -> outcomeId.equals(o.id())).findFirst();
    }

    /** Practical (OSCE) stations that have no problems, in file order. */
    public List<Station> publishedStations() {
        return stations.stream().filter(s -> !s.broken()).toList();
    }

    /** Lessons a student may see: every lesson that is not broken, in order. */
    public List<Lesson> publishedLessons() {
        return lessons.stream().filter(l -> !l.broken()).toList();
    }

    public Optional<Lesson> lesson(String lessonId) {
        return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
    }

    /** The quiz students may take: present and without problems. */
    public Optional<Quiz> publishedQuiz() {
        return quiz == null || quiz.broken() ? Optional.empty() : Optional.of(quiz);
    }

    /** Cases students may work: those without problems, in file order. */
    public List<CaseStudy> publishedCases() {
        return cases.stream().filter(c -> !c.broken()).toList();
    }

    public Optional<CaseStudy> caseStudy(String caseId) {
        return cases.stream().filter(c -> c.id().equals(caseId)).findFirst();
    }

    public int estimatedMinutes() {
        return publishedLessons().stream().mapToInt(Lesson::minutes).sum();
    }
}

package org.sotcourseware.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sotcourseware.content.CoursePlace;
import org.sotcourseware.content.Question;
import org.sotcourseware.progress.ProgressReadModel;
import org.sotcourseware.progress.ProgressService;
import org.sotcourseware.quiz.QuizService;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.SignedInUser;
import org.sotcourseware.security.UserId;

/**
 * Who sees what in search results, with the facts (progress, attempts, roles) set by hand: locked modules show
 * titles and what opens them, explanations wait for the feedback, problems are for staff.
 */
class SearchRulesTest {

    private static final UserId ME = new UserId(7);

    private final ProgressService progress = mock(ProgressService.class);
    private final QuizService quizzes = mock(QuizService.class);
    private final CurrentUser currentUser = mock(CurrentUser.class);

    private SearchService service(SearchFixtures f) {
        return new SearchService(f.indexer, f.catalogue, progress, quizzes, currentUser);
    }

    private void signedInAs(String role) {
        when(currentUser.require()).thenReturn(new SignedInUser(ME, "someone", "Someone", Set.of(role)));
    }

    /** A student for whom only {@code open} modules are open; the rest wait for Foundations. */
    private void studentWithOpen(SearchFixtures f, Set<String> open, Set<String> quizPassed) {
        signedInAs(Roles.STUDENT);
        List<ProgressReadModel.Module> modules = f.catalogue.curriculum().modules().stream().map(m -> {
            boolean locked = !open.contains(m.id());
            return new ProgressReadModel.Module(m.id(), m.title(), 1, ProgressReadModel.Status.NOT_STARTED, null, 0, 0, 1, locked,
                    locked ? List.of(new ProgressReadModel.ModuleRef("foundations", "Foundations"), new ProgressReadModel.ModuleRef("x", "Category One"))
                            : List.of(), false, List.of(), Set.of(), null, quizPassed.contains(m.id()), 0, 0);
        }).toList();
        when(progress.mine()).thenReturn(new ProgressReadModel.Student(ME, modules, 0, 0, 1, 0, List.of(), null, null, List.of()));
        when(quizzes.attemptScores(ME)).thenReturn(Map.of());
    }

    private void submittedAttemptIn(String moduleId) {
        when(quizzes.attemptScores(ME)).thenReturn(Map.of(moduleId, List.of(new QuizService.AttemptScore(1, 50, false, Instant.EPOCH))));
    }

    @Test
    void in_a_locked_module_a_student_gets_each_lessons_title_and_what_opens_it_never_its_text() {
        SearchFixtures f = SearchFixtures.curriculum();
        studentWithOpen(f, Set.of("foundations"), Set.of());

        SearchResults r = service(f).search("arm fossa test");

        List<SearchResults.Locked> locked = r.hits().stream().filter(SearchResults.Locked.class::isInstance).map(SearchResults.Locked.class::cast).toList();
        assertThat(locked).isNotEmpty();
        assertThat(locked).extracting(SearchResults.Locked::title).doesNotHaveDuplicates()
                .contains(f.catalogue.lesson("category-two", "arm-fossa-test").orElseThrow().title());
        assertThat(locked).allSatisfy(l -> assertThat(l.opensAfter()).containsExactly("Foundations", "Category One"));
        assertThat(r.hits()).filteredOn(SearchResults.Found.class::isInstance).map(SearchResults.Found.class::cast)
                .allSatisfy(h -> assertThat(h.kind()).isIn(SearchResults.Kind.GLOSSARY, SearchResults.Kind.LESSON))
                .allSatisfy(h -> {
                    if (h.place() instanceof CoursePlace.LessonPage p) {
                        assertThat(p.moduleId()).isEqualTo("foundations");
                    }
                });
    }

    @Test
    void once_the_module_is_open_the_same_search_shows_the_text_with_a_link_to_the_heading() {
        SearchFixtures f = SearchFixtures.curriculum();
        studentWithOpen(f, Set.of("foundations", "category-one", "category-two"), Set.of());

        SearchResults r = service(f).search("arm fossa test");

        assertThat(r.hits()).filteredOn(SearchResults.Locked.class::isInstance).map(SearchResults.Locked.class::cast)
                .extracting(SearchResults.Locked::moduleId).doesNotContain("foundations", "category-one", "category-two");
        SearchResults.Found lesson = r.hits().stream().filter(SearchResults.Found.class::isInstance).map(SearchResults.Found.class::cast)
                .filter(h -> new CoursePlace.LessonPage("category-two", "arm-fossa-test").equals(h.place()) && h.anchor() != null)
                .findFirst().orElseThrow();
        assertThat(lesson.snippetHtml()).contains("<mark>");
        assertThat(lesson.draft()).isFalse();
    }

    @Test
    void a_quiz_explanation_shows_only_after_the_student_has_had_the_quizs_feedback() {
        SearchFixtures f = SearchFixtures.curriculum();
        Question q = f.catalogue.requireModule("foundations").quiz().questions().stream().filter(x -> x.explanation() != null)
                .findFirst().orElseThrow();
        String query = "\"" + ContentEntries.plain(f.catalogue.renderFragment("foundations", "foundations/quiz.md", q.explanation()).html())
                .split("[.;:]")[0] + "\"";
        studentWithOpen(f, Set.of("foundations"), Set.of());

        assertThat(service(f).search(query).hits()).extracting(SearchResults.Hit::kind).doesNotContain(SearchResults.Kind.EXPLANATION);

        submittedAttemptIn("foundations");
        assertThat(service(f).search(query).hits()).filteredOn(h -> h.kind() == SearchResults.Kind.EXPLANATION)
                .first().isInstanceOfSatisfying(SearchResults.Found.class, h -> assertThat(h.place()).isEqualTo(new CoursePlace.QuizPage("foundations")));

        signedInAs(Roles.INSTRUCTOR);
        assertThat(service(f).search(query).hits()).extracting(SearchResults.Hit::kind).contains(SearchResults.Kind.EXPLANATION);
    }

    @Test
    void explanations_of_a_locked_module_never_show_not_even_as_titles() {
        SearchFixtures f = SearchFixtures.curriculum();
        studentWithOpen(f, Set.of("foundations"), Set.of());
        submittedAttemptIn("category-one");

        SearchResults r = service(f).search("category one indicators");

        assertThat(r.hits()).extracting(SearchResults.Hit::kind).doesNotContain(SearchResults.Kind.EXPLANATION);
    }

    @Test
    void staff_read_every_module_and_see_lessons_with_problems_marked_as_drafts_students_do_not() {
        SearchFixtures f = new SearchFixtures(Path.of("src/test/resources/fixtures/content-with-problems"));
        studentWithOpen(f, Set.of("m"), Set.of());

        assertThat(service(f).search("callout type").hits()).isEmpty();
        assertThat(service(f).search("readable text").hits()).hasSize(1);

        signedInAs(Roles.INSTRUCTOR);
        assertThat(service(f).search("callout type").hits()).singleElement()
                .isInstanceOfSatisfying(SearchResults.Found.class, h -> {
                    assertThat(h.draft()).isTrue();
                    assertThat(h.title()).isEqualTo("A broken lesson");
                });
    }

    @Test
    void a_blank_query_finds_nothing() {
        SearchFixtures f = SearchFixtures.curriculum();
        studentWithOpen(f, Set.of("foundations"), Set.of());
        assertThat(service(f).search("   ").hits()).isEmpty();
    }
}

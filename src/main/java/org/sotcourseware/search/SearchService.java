package org.sotcourseware.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.CoursePlace;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.content.QuizSettings;
import org.sotcourseware.progress.ProgressReadModel;
import org.sotcourseware.progress.ProgressService;
import org.sotcourseware.quiz.QuizService;
import org.sotcourseware.security.CurrentUser;
import org.sotcourseware.security.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over the published content, with the reading rules applied to every result: in a module
 * that is locked for the student only the title shows, with the modules that open it (never the text); a
 * quiz explanation only once the student has had the quiz's feedback (a submitted attempt, or a pass where the
 * quiz shows feedback only then); items with problems only for staff, marked as drafts. Staff see
 * everything, as in the reader.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SearchService {

    /** The search page's route ({@code search?q=...}). */
    public static final String ROUTE = "search";
    /** Longest query, in characters. */
    public static final int MAX_QUERY = SearchIndex.MAX_QUERY;
    /** Results shown at most. */
    public static final int MAX_RESULTS = 30;
    /** Matches read from the index before the rules filter them. */
    private static final int CANDIDATES = 200;

    private final SearchIndexer indexer;
    private final CatalogueService catalogue;
    private final ProgressService progress;
    private final QuizService quizzes;
    private final CurrentUser currentUser;

    SearchService(SearchIndexer indexer, CatalogueService catalogue, ProgressService progress, QuizService quizzes, CurrentUser currentUser) {
        this.indexer = indexer;
        this.catalogue = catalogue;
        this.progress = progress;
        this.quizzes = quizzes;
        this.currentUser = currentUser;
    }

    /** The results for {@code query} that the signed-in user may see, best first; none for a blank query. */
    @Transactional(readOnly = true)
    public SearchResults search(String query) {
        SearchIndex index = indexer.index();
        String q = query.strip();
        if (q.isEmpty()) {
            return new SearchResults(q, List.of(), index.version());
        }
        SignedInUser user = currentUser.require();
        boolean staff = user.isStaff();
        Curriculum curriculum = catalogue.curriculum();
        ProgressReadModel.Student mine = staff ? null : progress.mine();
        Set<String> feedbackSeen = staff ? Set.of() : feedbackSeen(curriculum, mine, user);
        Map<String, CourseModule> modules = new HashMap<>();
        curriculum.modules().forEach(m -> modules.put(m.id(), m));

        SearchIndex.Candidates candidates = index.find(q, CANDIDATES);
        // first choose what to show, then quote only those (highlighting is the costly part)
        List<Object> chosen = new ArrayList<>();
        List<SearchIndex.Match> toQuote = new ArrayList<>();
        Set<String> lockedShown = new HashSet<>();
        for (SearchIndex.Match match : candidates.matches()) {
            SearchEntry e = match.entry();
            if (e.broken() && !staff) {
                continue;
            }
            CourseModule module = modules.get(e.moduleId());
            if (e.kind() != SearchResults.Kind.GLOSSARY && module == null) {
                continue; // the module left the curriculum since the index was built
            }
            if (mine != null && module != null && mine.module(module.id()).locked()) {
                if (e.kind() == SearchResults.Kind.EXPLANATION) {
                    continue; // a question is not a title to show
                }
                // one line per lesson or case, however many of its sections matched
                if (lockedShown.add(e.kind() + "/" + e.moduleId() + "/" + e.itemId())) {
                    String title = e.kind() == SearchResults.Kind.LESSON ? e.context() : e.title();
                    chosen.add(new SearchResults.Locked(e.kind(), title, module.id(), module.title(),
                            mine.module(module.id()).missingPrerequisites().stream().map(ProgressReadModel.ModuleRef::title).toList()));
                }
            } else if (e.kind() == SearchResults.Kind.EXPLANATION && !staff && !feedbackSeen.contains(e.moduleId())) {
                continue;
            } else {
                chosen.add(match);
                toQuote.add(match);
            }
            if (chosen.size() == MAX_RESULTS) {
                break;
            }
        }
        List<String> snippets = index.snippets(candidates, toQuote);
        List<SearchResults.Hit> hits = new ArrayList<>();
        int quoted = 0;
        for (Object c : chosen) {
            if (c instanceof SearchIndex.Match m) {
                SearchEntry e = m.entry();
                CourseModule module = modules.get(e.moduleId());
                hits.add(new SearchResults.Found(e.kind(), e.title(), e.context(), module == null ? "" : module.title(), place(e), e.anchor(),
                        snippets.get(quoted++), e.broken()));
            } else {
                hits.add((SearchResults.Hit) c);
            }
        }
        return new SearchResults(q, hits, index.version());
    }

    /** The version of the content the index in use was built from. */
    public String indexedVersion() {
        return indexer.index().version();
    }

    /** Modules whose quiz feedback (explanations included) the student has been shown. */
    private Set<String> feedbackSeen(Curriculum curriculum, ProgressReadModel.Student mine, SignedInUser user) {
        Map<String, List<QuizService.AttemptScore>> submitted = quizzes.attemptScores(user.id());
        Set<String> out = new HashSet<>();
        for (CourseModule m : curriculum.modules()) {
            if (m.quiz() == null || submitted.getOrDefault(m.id(), List.of()).isEmpty()) {
                continue;
            }
            boolean afterPass = m.quiz().settings().feedback() == QuizSettings.FeedbackMode.AFTER_PASS;
            if (!afterPass || mine.module(m.id()).quizPassed()) {
                out.add(m.id());
            }
        }
        return out;
    }

    private static @Nullable CoursePlace place(SearchEntry e) {
        return switch (e.kind()) {
            case LESSON -> new CoursePlace.LessonPage(e.moduleId(), e.itemId());
            case CASE -> new CoursePlace.CasePage(e.moduleId(), e.itemId());
            case EXPLANATION -> new CoursePlace.QuizPage(e.moduleId());
            case GLOSSARY -> null; // the view links glossary results to the glossary page
        };
    }
}

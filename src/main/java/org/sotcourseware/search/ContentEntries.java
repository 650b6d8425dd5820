package org.sotcourseware.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.content.CaseStudy;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Curriculum;
import org.sotcourseware.content.Glossary;
import org.sotcourseware.content.Lesson;
import org.sotcourseware.content.Question;
import org.sotcourseware.content.Quiz;

/**
 * What the index holds, read from the published catalogue: every lesson cut into sections at its level-two
 * and level-three headings (so a result links to its heading), each case's title, objectives and patient
 * presentation (what a student sees on opening it; later stages are not searchable, since they would give
 * away where a choice leads), each question's explanation (no options, no answer key), and each glossary
 * term. Text comes from the same sanitised rendering students read.
 */
final class ContentEntries {

    private static final Set<String> SECTION_HEADINGS = Set.of("h1", "h2", "h3");

    private ContentEntries() {
    }

    static List<SearchEntry> of(CatalogueService catalogue, Curriculum curriculum, Glossary glossary) {
        List<SearchEntry> out = new ArrayList<>();
        for (CourseModule m : curriculum.modules()) {
            for (Lesson l : m.lessons()) {
                out.addAll(lessonSections(l, catalogue.renderLesson(l).html()));
            }
            for (CaseStudy c : m.cases()) {
                String presentation = plain(catalogue.renderFragment(m.id(), c.sourceFile(), c.presentation()).html());
                out.add(new SearchEntry(SearchResults.Kind.CASE, m.id(), c.id(), null, c.title(), "Case",
                        String.join(" ", c.objectives()) + " " + presentation, c.broken()));
            }
            Quiz quiz = m.quiz();
            if (quiz != null) {
                for (Question q : quiz.questions()) {
                    if (q.explanation() != null && !q.explanation().isBlank()) {
                        String prompt = plain(catalogue.renderFragment(m.id(), quiz.sourceFile(), q.prompt()).html());
                        String explanation = plain(catalogue.renderFragment(m.id(), quiz.sourceFile(), q.explanation()).html());
                        out.add(new SearchEntry(SearchResults.Kind.EXPLANATION, m.id(), q.id(), null, shorten(prompt, 120),
                                "Quiz explanation", explanation, quiz.broken()));
                    }
                }
            }
        }
        for (Glossary.Term t : glossary.terms()) {
            out.add(new SearchEntry(SearchResults.Kind.GLOSSARY, "", t.id(), t.id(), t.term(), "Glossary",
                    t.definition() + (t.aliases().isEmpty() ? "" : " Also: " + String.join(", ", t.aliases())), false));
        }
        return out;
    }

    /** A lesson's rendered HTML cut at its headings: one entry per section, titled by its heading. */
    static List<SearchEntry> lessonSections(Lesson lesson, String html) {
        List<SearchEntry> out = new ArrayList<>();
        Element root = Jsoup.parseBodyFragment(html).body();
        if (root.childrenSize() == 1 && root.child(0).tagName().equals("div")) {
            root = root.child(0);
        }
        String anchor = null;
        String title = lesson.title();
        StringBuilder text = new StringBuilder();
        for (Element child : root.children()) {
            String tag = child.tagName().toLowerCase(Locale.ROOT);
            if (SECTION_HEADINGS.contains(tag)) {
                add(out, lesson, anchor, title, text);
                text.setLength(0);
                anchor = tag.equals("h1") || child.id().isEmpty() ? null : child.id();
                title = tag.equals("h1") ? lesson.title() : child.text();
            } else {
                text.append(child.text()).append(' ');
            }
        }
        add(out, lesson, anchor, title, text);
        return out;
    }

    private static void add(List<SearchEntry> out, Lesson lesson, @Nullable String anchor, String title, StringBuilder text) {
        String body = text.toString().strip();
        if (body.isEmpty() && anchor == null) {
            return;
        }
        out.add(new SearchEntry(SearchResults.Kind.LESSON, lesson.moduleId(), lesson.id(), anchor, title, lesson.title(), body, lesson.broken()));
    }

    static String plain(String html) {
        return Jsoup.parseBodyFragment(html).body().text();
    }

    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max) + " …";
    }
}

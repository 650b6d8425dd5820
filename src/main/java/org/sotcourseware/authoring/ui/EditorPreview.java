package org.sotcourseware.authoring.ui;

import java.util.List;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.tabs.Tab;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Locales;
import org.sotcourseware.authoring.AuthoringService;
import org.sotcourseware.base.ui.PageParts;
import org.sotcourseware.base.ui.MarkdownEditor;
import org.sotcourseware.casestudy.ui.CasePreview;
import org.sotcourseware.content.ContentDraft;
import org.sotcourseware.content.ContentProblem;
import org.sotcourseware.content.CourseModule;
import org.sotcourseware.content.Station;
import org.sotcourseware.exam.ui.StationPreview;
import org.sotcourseware.quiz.ui.QuizPreview;

/**
 * The editor's right-hand side: the live preview of the text through the students' pipeline (a lesson
 * rendered, a quiz answerable, a case workable, a practical station as its examiner's form) and the list of its problems, with the editor's line markers.
 */
final class EditorPreview {

    private final Div preview = new Div();
    private final Div problems = new Div();
    private final Tab problemsTab = new Tab(Words.t("authoring.editor.tab-problems"));
    private final MarkdownEditor editor;
    private final IntConsumer goToLine;

    /** {@code goToLine} shows the source at a line (the write pane on a phone). */
    EditorPreview(MarkdownEditor editor, IntConsumer goToLine) {
        this.editor = editor;
        this.goToLine = goToLine;
        preview.addClassName("editor-preview");
        problems.addClassName("editor-problems");
    }

    Div preview() {
        return preview;
    }

    Div problems() {
        return problems;
    }

    Tab problemsTab() {
        return problemsTab;
    }

    /** The preview, the problems and the editor's markers for one parse of the text of the file at {@code path}. */
    void show(AuthoringService.Preview p, String path) {
        ContentDraft d = p.draft();
        List<ContentProblem> own = d.problems();
        editor.setDiagnostics(own.stream().filter(x -> x.line() > 0).map(x -> MarkdownEditor.Diagnostic.error(x.line(), x.text().in(Locales.current()))).toList());
        problemsTab.setLabel(own.isEmpty() ? Words.t("authoring.editor.tab-problems") : Words.t("authoring.editor.tab-problems-count", own.size()));
        problems.removeAll();
        problems.add(Problems.list(own, path, goToLine));
        if (!d.warnings().isEmpty()) {
            H2 h = new H2(Words.t("authoring.preview.warnings"));
            h.addClassName("problems-related-title");
            problems.add(h, Problems.list(d.warnings(), path, goToLine));
        }
        if (!d.related().isEmpty()) {
            H2 h = new H2(Words.t("authoring.preview.elsewhere"));
            h.addClassName("problems-related-title");
            problems.add(h, Problems.list(d.related(), path, null));
        }
        preview.removeAll();
        preview.add(previewOf(d, p));
    }

    /** A message in place of the preview (the text could not be checked at all). */
    void showMessage(String message) {
        preview.removeAll();
        preview.add(new Paragraph(message));
    }

    private Component previewOf(ContentDraft d, AuthoringService.Preview p) {
        try {
            return switch (d.kind()) {
                case LESSON -> d.lesson() == null || d.rendered() == null ? unparsed()
                        : article(d.lesson().title(), d.rendered().html());
                case MODULE -> d.module() == null || d.rendered() == null ? unparsed() : moduleOverview(d.module(), d.rendered().html());
                case QUIZ -> d.quiz() == null || d.quiz().questions().isEmpty() ? unparsed() : new QuizPreview(d.quiz(), p.render());
                case CASE -> d.caseStudy() == null || d.caseStudy().stages().isEmpty() ? unparsed()
                        : new CasePreview(d.caseStudy(), d.module() == null ? "" : d.module().title(), p.render());
                case STATION -> {
                    Station st = station(d);
                    yield st == null ? unparsed() : new StationPreview(st, p.render());
                }
                case CURRICULUM -> curriculumSummary(d);
                default -> new Paragraph(Words.t("authoring.preview.none"));
            };
        } catch (RuntimeException e) {
            return new Paragraph(Words.t("authoring.preview.failed", String.valueOf(e.getMessage())));
        }
    }

    /** The title the editor shows for a parsed file: the lesson's, case's or quiz's title, else the file name. */
    static String displayTitle(ContentDraft d) {
        if (d.lesson() != null) {
            return d.lesson().title();
        }
        if (d.caseStudy() != null) {
            return d.caseStudy().title();
        }
        if (d.quiz() != null) {
            return Words.t("authoring.preview.quiz-title", d.quiz().title());
        }
        Station st = station(d);
        if (st != null) {
            return st.title();
        }
        if (d.kind() == ContentDraft.Kind.MODULE && d.module() != null) {
            return Words.t("authoring.preview.overview-title", d.module().title());
        }
        return d.path().substring(d.path().lastIndexOf('/') + 1);
    }

    /** The title a rename starts from: the module's own title for its overview, else {@link #displayTitle}. */
    static String plainTitle(ContentDraft d) {
        return d.kind() == ContentDraft.Kind.MODULE && d.module() != null ? d.module().title() : displayTitle(d);
    }

    /** The station parsed from the draft's file, if it is a station file the module could read. */
    private static @Nullable Station station(ContentDraft d) {
        if (d.kind() != ContentDraft.Kind.STATION || d.module() == null) {
            return null;
        }
        return d.module().stations().stream().filter(s -> s.sourceFile().equals(d.path())).findFirst().orElse(null);
    }

    private static Component unparsed() {
        return PageParts.empty(Words.t("authoring.preview.unparsed"));
    }

    private static Component article(String heading, String html) {
        Div a = new Div();
        a.addClassName("preview-article");
        Span eyebrow = new Span(Words.t("authoring.preview.lesson"));
        eyebrow.addClassName("eyebrow");
        // the editor page has its own h1: the lesson's title heading is shown as it looks to students, as an h2
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html.startsWith("<div") ? html : "<div>" + html + "</div>");
        doc.select("h1").forEach(h -> h.tagName("h2").addClass("as-h1"));
        doc.outputSettings().prettyPrint(false);
        a.add(eyebrow, new Html(doc.body().child(0).outerHtml()));
        a.getElement().setAttribute("aria-label", Words.t("authoring.preview.of", heading));
        return a;
    }

    private static Component moduleOverview(CourseModule m, String html) {
        Div a = new Div();
        a.addClassName("preview-article");
        Span eyebrow = new Span(Words.t("authoring.preview.module"));
        eyebrow.addClassName("eyebrow");
        H2 h = new H2(m.title());
        Paragraph summary = PageParts.lead(m.summary());
        UnorderedList outcomes = new UnorderedList();
        m.outcomes().forEach(o -> outcomes.add(new ListItem(o.text())));
        a.add(eyebrow, h, summary, new Paragraph(Words.t("authoring.preview.module-size", m.hours(), m.lessons().size())), outcomes,
                new Html(html.startsWith("<div") ? html : "<div>" + html + "</div>"));
        return a;
    }

    private static Component curriculumSummary(ContentDraft d) {
        Div a = new Div();
        a.addClassName("preview-article");
        Span eyebrow = new Span(Words.t("authoring.preview.curriculum"));
        eyebrow.addClassName("eyebrow");
        a.add(eyebrow);
        if (d.problems().isEmpty() && d.related().isEmpty()) {
            a.add(new Paragraph(Words.t("authoring.preview.curriculum-valid")));
        } else {
            a.add(new Paragraph(Words.t("authoring.preview.curriculum-invalid")));
        }
        return a;
    }
}

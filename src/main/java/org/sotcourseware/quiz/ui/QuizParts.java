package org.sotcourseware.quiz.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Numbers;
import org.sotcourseware.content.QuizSettings;
import org.sotcourseware.quiz.QuestionResult;
import org.sotcourseware.quiz.QuizReadModel;
import org.springframework.web.util.HtmlUtils;

/** Wording and small components shared by the quiz screens. */
final class QuizParts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK).withZone(ZoneId.systemDefault());

    private QuizParts() {
    }

    static String percent(@Nullable Double p) {
        return p == null ? "–" : Numbers.upTo(p, 1) + "%";
    }

    static String points(double p) {
        return Numbers.upTo(p, 2);
    }

    static String when(@Nullable Instant i) {
        return i == null ? "" : WHEN.format(i);
    }

    static String feedbackMode(QuizSettings.FeedbackMode m) {
        return switch (m) {
            case AFTER_EACH -> "Feedback after each question";
            case AFTER_SUBMISSION -> "Feedback after you submit";
            case AFTER_PASS -> "Answers shown once you pass";
        };
    }

    static String grading(QuizSettings.GradingMethod g) {
        return switch (g) {
            case HIGHEST -> "highest attempt counts";
            case LAST -> "last attempt counts";
            case FIRST -> "first attempt counts";
            case AVERAGE -> "average of attempts counts";
        };
    }

    static Span badge(String text, String variant) {
        Span s = new Span(text);
        s.addClassName("badge");
        if (!variant.isEmpty()) {
            s.addClassName("badge-" + variant);
        }
        return s;
    }

    static Span passBadge(@Nullable Boolean passed) {
        if (passed == null) {
            return badge("In progress", "");
        }
        return passed ? badge("Passed", "success") : badge("Not passed", "error");
    }

    /** Feedback on one answer: correctness, the question's feedback, the correct answer and the explanation. */
    static Component feedbackBox(QuizReadModel.Feedback f) {
        return new Html(feedbackBoxHtml(f));
    }

    /**
     * {@link #feedbackBox} as HTML. The feedback, answer and explanation HTML come sanitised from the content
     * pipeline and the quiz service; everything this adds is escaped.
     */
    static String feedbackBoxHtml(QuizReadModel.Feedback f) {
        StringBuilder b = new StringBuilder("<div class=\"feedback-box feedback-")
                .append(f.correctness().name().toLowerCase(Locale.ROOT)).append("\">").append(correctnessHtml(f.correctness()));
        for (String html : f.feedbackHtml()) {
            b.append("<div class=\"feedback-text\">").append(html).append("</div>");
        }
        b.append(labelledHtml("Correct answer", f.correctAnswerHtml()));
        if (f.explanationHtml() != null) {
            b.append(labelledHtml("Explanation", f.explanationHtml()));
        }
        return b.append("</div>").toString();
    }

    static Component correctness(QuestionResult.Correctness c) {
        return new Html(correctnessHtml(c));
    }

    static String correctnessHtml(QuestionResult.Correctness c) {
        return switch (c) {
            case CORRECT -> badgeHtml("Correct", "success");
            case PARTIAL -> badgeHtml("Partly correct", "warning");
            case WRONG -> badgeHtml("Not correct", "error");
            case UNANSWERED -> badgeHtml("Not answered", "error");
        };
    }

    private static String badgeHtml(String text, String variant) {
        return "<span class=\"badge badge-" + variant + "\">" + HtmlUtils.htmlEscape(text) + "</span>";
    }

    static Component labelled(String label, String html) {
        return new Html(labelledHtml(label, html));
    }

    private static String labelledHtml(String label, String html) {
        return "<div class=\"labelled\"><span class=\"labelled-label\">" + HtmlUtils.htmlEscape(label) + "</span>" + html + "</div>";
    }

    /**
     * The review of a submitted attempt, every question, as one HTML block: the page holds one element for it
     * instead of some twenty components per question, which is what a session keeps in memory while a student
     * reads the result (docs/performance.md, "What a session holds").
     */
    static String reviewHtml(List<QuizReadModel.ReviewItem> items) {
        StringBuilder b = new StringBuilder("<div class=\"review-list\">");
        for (QuizReadModel.ReviewItem item : items) {
            QuizReadModel.Feedback f = item.feedback();
            b.append("<div class=\"question-card review-card\" data-question=\"").append(HtmlUtils.htmlEscape(item.question().id()))
                    .append("\"><div class=\"review-head\"><span class=\"eyebrow\">")
                    .append(HtmlUtils.htmlEscape("Question " + item.question().number() + " · " + points(item.points()) + " of "
                            + points(item.maxPoints()) + (item.maxPoints() == 1 ? " point" : " points")))
                    .append("</span>");
            if (f != null) {
                b.append(correctnessHtml(f.correctness()));
            }
            b.append("</div><div class=\"question-prompt\">").append(item.question().promptHtml()).append("</div>")
                    .append(labelledHtml("Your answer", item.answerHtml()));
            if (f != null) {
                b.append(feedbackBoxHtml(f));
            }
            b.append("</div>");
        }
        return b.append("</div>").toString();
    }

    static Div div(String cls, Component c) {
        Div d = new Div(c);
        d.addClassName(cls);
        return d;
    }
}

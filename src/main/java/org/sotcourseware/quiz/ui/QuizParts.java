package org.sotcourseware.quiz.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Dates;
import org.sotcourseware.base.Message;
import org.sotcourseware.base.Numbers;
import org.sotcourseware.base.Translations;
import org.sotcourseware.base.ui.CurriculumText;
import org.sotcourseware.content.QuestionType;
import org.sotcourseware.content.QuizSettings;
import org.sotcourseware.quiz.QuestionResult;
import org.sotcourseware.quiz.QuizReadModel;
import org.springframework.web.util.HtmlUtils;

/** Wording and small components shared by the quiz screens, in the reader's language. */
final class QuizParts {

    private QuizParts() {
    }

    /** The text for {@code key} in {@code locale}. */
    static String t(Locale locale, String key, Object... args) {
        return Translations.text(locale, key, args);
    }

    /** Marks {@code c} as holding curriculum text (stems, options, feedback), see {@link CurriculumText}. */
    static <T extends Component> T content(T c) {
        return CurriculumText.mark(c);
    }

    /** Curriculum HTML wrapped in an element that says its language. */
    static String contentHtml(String html) {
        return CurriculumText.wrap("div", html); // not UI text: an element name
    }

    /** A question type's name ("Single choice"), as words to translate. */
    static Message type(QuestionType type) {
        return Message.of("quiz.question-type." + type.key());
    }

    static String percent(@Nullable Double p, Locale locale) {
        return p == null ? "–" : Numbers.percent(p, 1, locale);
    }

    static String points(double p, Locale locale) {
        return Numbers.upTo(p, 2, locale);
    }

    static String when(@Nullable Instant i, Locale locale) {
        return i == null ? "" : Dates.moment(i, ZoneId.systemDefault(), locale);
    }

    static String feedbackMode(QuizSettings.FeedbackMode m, Locale locale) {
        return t(locale, switch (m) {
            case AFTER_EACH -> "quiz.feedback-mode.after-each";
            case AFTER_SUBMISSION -> "quiz.feedback-mode.after-submission";
            case AFTER_PASS -> "quiz.feedback-mode.after-pass";
        });
    }

    static String grading(QuizSettings.GradingMethod g, Locale locale) {
        return t(locale, switch (g) {
            case HIGHEST -> "quiz.grading.highest";
            case LAST -> "quiz.grading.last";
            case FIRST -> "quiz.grading.first";
            case AVERAGE -> "quiz.grading.average";
        });
    }

    static Span badge(String text, String variant) {
        Span s = new Span(text);
        s.addClassName("badge");
        if (!variant.isEmpty()) {
            s.addClassName("badge-" + variant);
        }
        return s;
    }

    static Span passBadge(@Nullable Boolean passed, Locale locale) {
        if (passed == null) {
            return badge(t(locale, "quiz.status.in-progress"), "");
        }
        return passed ? badge(t(locale, "quiz.status.passed"), "success") : badge(t(locale, "quiz.status.not-passed"), "error");
    }

    /** Feedback on one answer: correctness, the question's feedback, the correct answer and the explanation. */
    static Component feedbackBox(QuizReadModel.Feedback f, Locale locale) {
        return new Html(feedbackBoxHtml(f, locale));
    }

    /**
     * {@link #feedbackBox} as HTML. The feedback, answer and explanation HTML come sanitised from the content
     * pipeline and the quiz service (and carry the curriculum's language); everything this adds is escaped.
     */
    static String feedbackBoxHtml(QuizReadModel.Feedback f, Locale locale) {
        StringBuilder b = new StringBuilder("<div class=\"feedback-box feedback-") // not UI text: HTML markup
                .append(f.correctness().name().toLowerCase(Locale.ROOT)).append("\">").append(correctnessHtml(f.correctness(), locale));
        for (String html : f.feedbackHtml()) {
            b.append("<div class=\"feedback-text\" lang=\"").append(CurriculumText.DEFAULT_LANGUAGE).append("\">").append(html).append("</div>"); // not UI text: HTML markup
        }
        b.append(labelledHtml(t(locale, "quiz.feedback.correct-answer"), contentHtml(f.correctAnswerHtml())));
        if (f.explanationHtml() != null) {
            b.append(labelledHtml(t(locale, "quiz.feedback.explanation"), contentHtml(f.explanationHtml())));
        }
        return b.append("</div>").toString();
    }

    static String correctnessHtml(QuestionResult.Correctness c, Locale locale) {
        return switch (c) {
            case CORRECT -> badgeHtml(t(locale, "quiz.correctness.correct"), "success");
            case PARTIAL -> badgeHtml(t(locale, "quiz.correctness.partial"), "warning");
            case WRONG -> badgeHtml(t(locale, "quiz.correctness.wrong"), "error");
            case UNANSWERED -> badgeHtml(t(locale, "quiz.correctness.unanswered"), "error");
        };
    }

    private static String badgeHtml(String text, String variant) {
        return "<span class=\"badge badge-" + variant + "\">" + HtmlUtils.htmlEscape(text) + "</span>"; // not UI text: HTML markup
    }

    private static String labelledHtml(String label, String html) {
        return "<div class=\"labelled\"><span class=\"labelled-label\">" + HtmlUtils.htmlEscape(label) + "</span>" + html + "</div>"; // not UI text: HTML markup
    }

    /**
     * The review of a submitted attempt, every question, as one HTML block: the page holds one element for it
     * instead of some twenty components per question, which is what a session keeps in memory while a student
     * reads the result (docs/performance.md, "What a session holds").
     */
    static String reviewHtml(List<QuizReadModel.ReviewItem> items, Locale locale) {
        StringBuilder b = new StringBuilder("<div class=\"review-list\">"); // not UI text: HTML markup
        for (QuizReadModel.ReviewItem item : items) {
            QuizReadModel.Feedback f = item.feedback();
            b.append("<div class=\"question-card review-card\" data-question=\"").append(HtmlUtils.htmlEscape(item.question().id())) // not UI text: HTML markup
                    .append("\"><div class=\"review-head\"><span class=\"eyebrow\">") // not UI text: HTML markup
                    .append(HtmlUtils.htmlEscape(t(locale, "quiz.result.item-heading", item.question().number(), item.points(), item.maxPoints())))
                    .append("</span>");
            if (f != null) {
                b.append(correctnessHtml(f.correctness(), locale));
            }
            boolean none = item.answer() == null || item.answer().isEmpty();
            b.append("</div><div class=\"question-prompt\" lang=\"").append(CurriculumText.DEFAULT_LANGUAGE).append("\">").append(item.question().promptHtml()) // not UI text: HTML markup
                    .append("</div>").append(labelledHtml(t(locale, "quiz.result.your-answer"), none
                            ? "<p><em>" + HtmlUtils.htmlEscape(t(locale, "quiz.result.no-answer")) + "</em></p>" : contentHtml(item.answerHtml())));
            if (f != null) {
                b.append(feedbackBoxHtml(f, locale));
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

package org.sotcourseware.quiz.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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

    static Component feedbackBox(QuizReadModel.Feedback f) {
        Div box = new Div();
        box.addClassName("feedback-box");
        box.addClassName("feedback-" + f.correctness().name().toLowerCase(Locale.ROOT));
        box.add(correctness(f.correctness()));
        for (String html : f.feedbackHtml()) {
            box.add(div("feedback-text", new Html(html)));
        }
        box.add(labelled("Correct answer", f.correctAnswerHtml()));
        if (f.explanationHtml() != null) {
            box.add(labelled("Explanation", f.explanationHtml()));
        }
        return box;
    }

    static Component correctness(QuestionResult.Correctness c) {
        return switch (c) {
            case CORRECT -> badge("Correct", "success");
            case PARTIAL -> badge("Partly correct", "warning");
            case WRONG -> badge("Not correct", "error");
            case UNANSWERED -> badge("Not answered", "error");
        };
    }

    static Component labelled(String label, String html) {
        Div d = new Div();
        d.addClassName("labelled");
        Span l = new Span(label);
        l.addClassName("labelled-label");
        d.add(l, new Html(html));
        return d;
    }

    static Div div(String cls, Component c) {
        Div d = new Div(c);
        d.addClassName(cls);
        return d;
    }
}

package org.sotcourseware.progress;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.sotcourseware.base.Message;

/**
 * The words of progress that services and screens share, as {@link Message}s: a list of module titles ("A, B and C")
 * and what a recorded activity says ("Read “Posture”"). Pure functions, no Spring.
 */
public final class ProgressMessages {

    private static final Pattern QUIZ_RESULT = Pattern.compile("(\\d+(?:\\.\\d+)?)%(, passed)?");
    private static final Pattern CASE_POINTS = Pattern.compile("(-?\\d+) of (\\d+) points");
    private static final Pattern OPENED_BY = Pattern.compile("opened by (.+)");
    private static final String QUIZ_SUFFIX = " quiz";

    private ProgressMessages() {
    }

    /** Titles joined as a reader lists them: "A", "A and B", "A, B and C" (German "A, B und C"). */
    public static Message list(List<String> titles) {
        return switch (titles.size()) {
            case 0 -> Message.of("progress.list.one", "");
            case 1 -> Message.of("progress.list.one", titles.getFirst());
            case 2 -> Message.of("progress.list.two", titles.get(0), titles.get(1));
            default -> Message.of("progress.list.more", titles.getFirst(), list(titles.subList(1, titles.size())));
        };
    }

    /** Why a module is locked: "Category One opens after you complete Foundations of SOT." */
    public static Message locked(String moduleTitle, List<String> missing) {
        return Message.of("progress.lock.reason", moduleTitle, list(missing));
    }

    /**
     * What a recorded activity says. {@code detail} is read as the progress feature records it ("75%, passed",
     * "3 of 5 points", "opened by Dr Iris Instructor"), so activities recorded before translation read in German too;
     * a detail in another form is shown as it is.
     */
    public static Message activity(String kind, String title, @Nullable String detail) {
        return switch (kind) {
            case "lesson-opened" -> Message.of("progress.activity.lesson-opened", title);
            case "lesson-read" -> Message.of("progress.activity.lesson-read", title);
            case "quiz-started" -> Message.of("progress.activity.quiz-started", quizName(title));
            case "quiz-submitted" -> detail == null ? Message.of("progress.activity.quiz-submitted", quizName(title))
                    : Message.of("progress.activity.quiz-submitted-with", quizName(title), quizResult(detail));
            case "case-started" -> Message.of("progress.activity.case-started", title);
            case "case-completed" -> detail == null ? Message.of("progress.activity.case-completed", title)
                    : Message.of("progress.activity.case-completed-with", title, casePoints(detail));
            case "module-completed" -> Message.of("progress.activity.module-completed", title);
            case "override" -> overridden(title, detail);
            default -> detail == null ? Message.of("progress.activity.other", title) : Message.of("progress.activity.other-with", title, detail);
        };
    }

    /** The quiz's own title: activities record "Foundations quiz". */
    private static String quizName(String title) {
        return title.endsWith(QUIZ_SUFFIX) ? title.substring(0, title.length() - QUIZ_SUFFIX.length()) : title;
    }

    private static Object quizResult(String detail) {
        Matcher m = QUIZ_RESULT.matcher(detail.strip());
        if (!m.matches()) {
            return detail;
        }
        double percent = Double.parseDouble(m.group(1));
        return Message.of(m.group(2) == null ? "progress.activity.quiz-result" : "progress.activity.quiz-result-passed", percent);
    }

    private static Object casePoints(String detail) {
        Matcher m = CASE_POINTS.matcher(detail.strip());
        return m.matches() ? Message.of("progress.activity.case-points", Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : detail;
    }

    private static Message overridden(String title, @Nullable String detail) {
        if (detail == null) {
            return Message.of("progress.activity.override", title);
        }
        Matcher m = OPENED_BY.matcher(detail.strip());
        return m.matches() ? Message.of("progress.activity.override-by", title, m.group(1))
                : Message.of("progress.activity.other-with", Message.of("progress.activity.override", title), detail);
    }
}
